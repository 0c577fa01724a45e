// Launches Debian's Chromium (or CHROME_PATH) headless with a fresh profile and the built extension loaded.
// Plain ESM so the Playwright tests, `npm start` and `npm run bench` share one set of flags.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the production build of the extension lives (CK_OUT_DIR lets parallel work use its own folder). */
export const EXTENSION_DIR = resolve(process.env.CK_OUT_DIR || '.output', 'chrome-mv3');

/** Debian's Chromium unless CHROME_PATH says otherwise; nothing here ever downloads a browser. */
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

// Without the networking flags Chromium keeps calling home, which this machine's closed network refuses.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** `uiLanguage` sets the browser's (and so the extension's) UI language, which `locale` alone does not. */
export async function launchExtension({ extension = true, headless = true, locale = 'zh-CN', uiLanguage, args = [] } = {}) {
  if (extension && !existsSync(resolve(EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No built extension in ${EXTENSION_DIR}: run npm run build first`);
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless,
    locale,
    viewport: { width: 1366, height: 860 },
    ...(uiLanguage && { env: { ...process.env, LANGUAGE: uiLanguage, LANG: `${uiLanguage}.UTF-8` } }),
    args: [...FLAGS, ...args, ...(extension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : [])],
  });
  if (!extension) return { context, extensionId: '' };
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(serviceWorker.url()).host, serviceWorker };
}
