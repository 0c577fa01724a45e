import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the production build of the extension lives. */
export const EXTENSION_DIR = resolve(process.env.CK_OUT_DIR || '.output', 'chrome-mv3');

/** Debian's Chromium unless CHROME_PATH says otherwise; a test tool never downloads a browser here. */
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export interface LaunchedBrowser {
  context: BrowserContext;
  /** The extension's id, read from its service worker URL (empty when launched without it). */
  extensionId: string;
  serviceWorker?: Worker;
}

/** Starts Chromium headless with a fresh profile, with the built extension loaded unless `extension` is false. */
export async function launchBrowser(options: { extension?: boolean; locale?: string } = {}): Promise<LaunchedBrowser> {
  const withExtension = options.extension !== false;
  if (withExtension && !existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run npm run build first`);
  }
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args,
    locale: options.locale ?? 'zh-CN',
    viewport: { width: 1366, height: 860 },
  });
  if (!withExtension) return { context, extensionId: '' };
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, extensionId, serviceWorker };
}
