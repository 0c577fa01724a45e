import { pickAdapter } from './pick-adapter';

/** True when the sidebar runs on this URL. */
export function isSiteUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return pickAdapter(url) !== undefined;
  } catch {
    return false;
  }
}
