import type { BrowserContext, Worker } from '@playwright/test';

export declare const EXTENSION_DIR: string;
export declare const CHROMIUM_PATH: string;

export interface LaunchedExtension {
  context: BrowserContext;
  /** The extension's id, read from its service worker URL (empty when launched without it). */
  extensionId: string;
  serviceWorker?: Worker;
}

/** Starts Chromium with a fresh profile, with the built extension loaded unless `extension` is false. */
export declare function launchExtension(options?: {
  extension?: boolean;
  headless?: boolean;
  locale?: string;
  /** The browser's UI language (e.g. zh_CN), which extension strings follow. */
  uiLanguage?: string;
  args?: string[];
}): Promise<LaunchedExtension>;
