import { defineSiteAdapter, type PagePart } from './site-adapter';
import { SITE_HOSTS } from './site-hosts';
import { readText } from './read-page';

const IN_GROUP = /^\/group\//;
const GROUP_NAME: PagePart = {
  id: 'group-name',
  path: IN_GROUP,
  selectors: [
    { selector: '#group-info h1', seen: '2026-02' },
    { selector: '.group-item .title a', seen: '2024-06' },
    { selector: '#g-side-info-member .title a', seen: '2017-01' },
  ],
};

// SITES.md §2. The group editor is the weakest area: a fallback chain from today's DRE back to the 2012 form.
// Bodies come before titles: with nothing focused, the body is where text goes.
export const douban = defineSiteAdapter({
  id: 'douban',
  matches: SITE_HOSTS.douban,
  composers: [
    {
      id: 'group-body',
      target: 'douban-group-topic',
      insertWith: 'contenteditable',
      path: IN_GROUP,
      selectors: [
        { selector: '.DRE-inputor[contenteditable="true"]', seen: '2026-05' },
        { selector: '.public-DraftEditor-content[contenteditable="true"]', seen: '2025-12' },
        { selector: 'textarea[name="rev_text"]', seen: '2021-06' },
      ],
    },
    {
      id: 'group-title',
      target: 'douban-group-title',
      insertWith: 'textarea',
      path: IN_GROUP,
      selectors: [
        { selector: 'textarea.DRE-topic-editor-title-inputor', seen: '2026-05' },
        { selector: 'textarea[placeholder*="标题"]', seen: '2026-05' },
        { selector: 'input[name="rev_title"]', seen: '2021-06' },
      ],
    },
    {
      id: 'dre',
      target: 'douban-broadcast',
      insertWith: 'contenteditable',
      selectors: [
        { selector: 'div.DRE-inputor.DRE-root[contenteditable="true"]', seen: '2026-05' },
        { selector: 'div[aria-placeholder="此刻你想要分享..."]', seen: '2026-05' },
        { selector: '.DRE-inputor[contenteditable="true"]', seen: '2026-05' },
      ],
    },
    {
      id: 'dre-title',
      target: 'douban-group-title',
      insertWith: 'textarea',
      selectors: [
        { selector: 'textarea.DRE-topic-editor-title-inputor', seen: '2026-05' },
        { selector: 'textarea[placeholder="请输入标题"]', seen: '2026-05' },
      ],
    },
    {
      id: 'isay',
      target: 'douban-broadcast',
      insertWith: 'textarea',
      selectors: [
        { selector: '#isay-cont', seen: '2025-03' },
        { selector: '#db-isay textarea[name="comment"]', seen: '2025-03' },
      ],
    },
  ],
  parts: [GROUP_NAME],
  readContext(doc, url) {
    const inGroup = IN_GROUP.test(url.pathname);
    const group = inGroup ? readText(doc, GROUP_NAME.selectors) ?? /-\s*([^-]+小组)\s*$/.exec(doc.title)?.[1]?.trim() : undefined;
    const heading = readText(doc, ['#content h1', '.topic-hd h1', 'h1']);
    const hashtag = /^#([^#]+)#$/.exec(heading ?? '')?.[1];
    return {
      pageKind: inGroup ? (url.pathname.includes('/new_topic') ? 'group-new-topic' : 'group') : url.pathname.startsWith('/gallery/topic') ? 'hashtag' : 'home',
      title: heading ?? (doc.title.trim() || undefined),
      group,
      ...(group && { community: group }),
      ...(hashtag && { topic: hashtag }),
      hotTopics: hashtag ? [hashtag] : [],
    };
  },
});
