import { launchExtension, type LaunchedExtension } from './launch-extension.mjs';

export { CHROMIUM_PATH, EXTENSION_DIR } from './launch-extension.mjs';

/** Starts Chromium headless with a fresh profile, with the built extension loaded unless `extension` is false. */
export function launchBrowser(options: { extension?: boolean; locale?: string } = {}): Promise<LaunchedExtension> {
  return launchExtension(options);
}
