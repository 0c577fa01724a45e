import type { Platform } from '../content-kit';

/**
 * The hosts of each site, as match patterns: the manifest's host permissions and the content script's matches.
 * Kept apart from the adapters so the background and wxt.config.ts match URLs without bundling any adapter.
 */
export const SITE_HOSTS: Readonly<Record<Platform, readonly string[]>> = {
  weibo: ['https://weibo.com/*', 'https://www.weibo.com/*', 'https://m.weibo.cn/*', 'https://s.weibo.com/*'],
  douban: ['https://www.douban.com/*'],
  wechat: ['https://wx.qq.com/*', 'https://wx2.qq.com/*', 'https://filehelper.weixin.qq.com/*', 'https://szfilehelper.weixin.qq.com/*', 'https://mp.weixin.qq.com/*'],
};

/** Every pattern the sidebar runs on. */
export const SITE_MATCHES: string[] = Object.values(SITE_HOSTS).flat();

/** The site whose patterns (all `https://host/*`) cover this URL, or undefined (also for a malformed URL). */
export function siteOfUrl(url: string | undefined): Platform | undefined {
  if (!url) return undefined;
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return undefined;
  }
  for (const [site, patterns] of Object.entries(SITE_HOSTS) as [Platform, readonly string[]][])
    if (patterns.some((pattern) => new URL(pattern.replace(/\*$/, '')).origin === origin)) return site;
  return undefined;
}

/** True when the sidebar runs on this URL. */
export function isSiteUrl(url: string | undefined): boolean {
  return siteOfUrl(url) !== undefined;
}
