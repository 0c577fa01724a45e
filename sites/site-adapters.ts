import type { SiteAdapter } from './site-adapter';
import { siteOfUrl } from './site-hosts';
import { douban } from './douban';
import { wechat } from './wechat';
import { weibo } from './weibo';

/** Every site the sidebar knows; adding a site is one adapter file, its hosts in site-hosts.ts and one line here. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [weibo, douban, wechat];

/** The adapter for this URL's site, or undefined. */
export function pickAdapter(url: string): SiteAdapter | undefined {
  const site = siteOfUrl(url);
  return SITE_ADAPTERS.find((adapter) => adapter.id === site);
}
