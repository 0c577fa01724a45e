import { SITE_ADAPTERS } from './site-adapters';
import type { SiteAdapter } from './site-adapter';

/** The adapter whose match patterns cover this URL (patterns here are all `https://host/*`). */
export function pickAdapter(url: string): SiteAdapter | undefined {
  const origin = new URL(url).origin;
  return SITE_ADAPTERS.find((adapter) => adapter.matches.some((pattern) => new URL(pattern.replace(/\*$/, '')).origin === origin));
}
