import type { SiteAdapter } from './site-adapter';
import { douban } from './sites/douban';
import { wechat } from './sites/wechat';
import { weibo } from './sites/weibo';

/** Every site the sidebar knows; adding a site is one file in sites/ plus one line here. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [weibo, douban, wechat];
