import { defineSiteAdapter, type PagePart } from './site-adapter';
import { SITE_HOSTS } from './site-hosts';
import { readHotTopics } from './read-page';

// The hot-search table has been stable for years; elsewhere hot lists link to /weibo?q=%23topic%23.
const HOT_SEARCH: PagePart = {
  id: 'hot-list',
  hosts: ['s.weibo.com'],
  selectors: [{ selector: '#pl_top_realtimehot table tbody tr', seen: '2026-04' }],
};
const SIDE_HOT: PagePart = {
  id: 'hot-list',
  hosts: ['weibo.com', 'www.weibo.com'],
  selectors: [{ selector: '[class*="side"] a[href*="q=%23"], [class*="side"] a[href_to]', seen: '2026-04' }],
};

// SITES.md §1. Hashed CSS-module classes change without notice, so placeholders and woo-* come first.
export const weibo = defineSiteAdapter({
  id: 'weibo',
  matches: SITE_HOSTS.weibo,
  composers: [
    {
      id: 'comment',
      target: 'weibo-comment',
      insertWith: 'textarea',
      selectors: [
        { selector: '.wbpro-layer textarea', seen: '2026-04' },
        { selector: 'textarea[placeholder*="评论"]', seen: '2026-04' },
        { selector: 'textarea.Form_input_3JT2Q', seen: '2024-11' },
      ],
    },
    {
      id: 'mobile',
      target: 'weibo-post',
      insertWith: 'textarea',
      path: /^\/compose/,
      selectors: [{ selector: 'textarea[placeholder*="分享新鲜事"]', seen: '2026-01' }],
    },
    {
      id: 'home',
      target: 'weibo-post',
      insertWith: 'textarea',
      selectors: [
        { selector: 'textarea[placeholder="有什么新鲜事想分享给大家？"]', seen: '2026-05' },
        { selector: '.wbpro-form textarea', seen: '2026-04' },
        { selector: 'textarea[class*="_input_"]', seen: '2025-12' },
        { selector: 'textarea[class*="Form_input"]', seen: '2024-11' },
        { selector: 'textarea.W_input[node-type="textEl"]', seen: '2020-01' },
      ],
    },
  ],
  parts: [HOT_SEARCH, SIDE_HOT],
  readContext(doc, url) {
    const onHotSearch = url.hostname === 's.weibo.com';
    const hotTopics = onHotSearch
      ? readHotTopics(doc, HOT_SEARCH.selectors[0]!.selector, 'td.td-02 > a')
      : readHotTopics(doc, SIDE_HOT.selectors[0]!.selector);
    // A topic page is a search for `#话题#` (s.weibo.com/weibo?q=%23…%23).
    const topic = onHotSearch ? /^[#＃]([^#＃]+)[#＃]$/u.exec(url.searchParams.get('q')?.trim() ?? '')?.[1]?.trim() : undefined;
    return {
      pageKind: topic ? 'hashtag' : onHotSearch ? 'hot-search' : url.hostname === 'm.weibo.cn' ? 'compose' : 'home',
      title: doc.title.trim() || undefined,
      ...(topic && { topic }),
      hotTopics,
    };
  },
});
