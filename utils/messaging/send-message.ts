import { browser } from 'wxt/browser';
import type { Envelope, MessageType, Request, Response } from './message-types';

/** Sends a typed message to the background (or, with `tabId`, to a tab's content script). */
export async function sendMessage<T extends MessageType>(type: T, payload: Request<T>, tabId?: number): Promise<Response<T>> {
  const envelope: Envelope<T> = { ck: 1, type, payload };
  const reply = tabId === undefined ? await browser.runtime.sendMessage(envelope) : await browser.tabs.sendMessage(tabId, envelope);
  return reply as Response<T>;
}
