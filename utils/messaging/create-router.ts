import type { Runtime } from 'webextension-polyfill';
import type { Envelope, MessageType, Request, Response } from './message-types';

export type Handlers = { [T in MessageType]?: (payload: Request<T>, sender: Runtime.MessageSender) => Promise<Response<T>> };

const isEnvelope = (message: unknown): message is Envelope =>
  typeof message === 'object' && message !== null && (message as Envelope).ck === 1 && typeof (message as Envelope).type === 'string';

/**
 * The one message listener: it answers only envelopes it has a handler for and returns undefined for
 * everything else, so other listeners (and other extensions' messages) are never answered by it.
 */
export function createRouter(handlers: Handlers) {
  return (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!isEnvelope(message)) return undefined;
    // Own keys only: a message typed `constructor` must not reach Object.prototype.
    if (!Object.hasOwn(handlers, message.type)) return undefined;
    const handler = handlers[message.type] as (payload: unknown, sender: Runtime.MessageSender) => Promise<unknown>;
    return handler(message.payload ?? {}, sender);
  };
}
