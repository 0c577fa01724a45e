import type { BrowserContext, Worker } from '@playwright/test';
import type { Kit } from '../../../content-kit';
import { readStore, writeStore } from './extension-store.mjs';

async function workerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Stores a kit straight into the extension's IndexedDB from its service worker (as an import would). */
export async function seedKit(context: BrowserContext, kit: Kit, record: { enabled?: boolean } = {}): Promise<void> {
  await (await workerOf(context)).evaluate(writeStore, { kits: [kit], enabled: record.enabled ?? true });
}

/** Reads one key of the extension's store (as the background sees it), for tests that wait for a write. */
export async function readStoreValue(context: BrowserContext, key: string): Promise<unknown> {
  return ((await (await workerOf(context)).evaluate(readStore, [key])) as Record<string, unknown>)[key];
}
