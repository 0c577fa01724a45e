import type { Platform } from '../schema/kit-schema';

/** How a topic is written on a target: `#话题#` (Weibo, Douban), `#话题` (WeChat MP tags) or as plain words. */
export type HashtagForm = 'double' | 'single' | 'none';
/** What may be put into the target's editor. */
export type TargetContent = 'plain' | 'html';
/** How length is counted: code points, or Weibo's rule where half-width characters count one half. */
export type CountingRule = 'code-points' | 'weibo';

/** One place people write, with its rules. Limits are defaults; settings may override them per target. */
export interface PlatformTarget {
  id: string;
  site: Platform;
  label: { zh: string; en: string };
  hashtag: HashtagForm;
  limit: number;
  counting: CountingRule;
  content: TargetContent;
  lineBreaks: boolean;
  /** Group chats: noise rules (red-packet floods, empty check-ins) apply. */
  groupChat: boolean;
}

const target = (t: Omit<PlatformTarget, 'counting' | 'content' | 'lineBreaks' | 'groupChat'> & Partial<PlatformTarget>) =>
  ({ counting: 'code-points', content: 'plain', lineBreaks: true, groupChat: false, ...t }) as PlatformTarget;

/**
 * Every target the product writes into. Weibo's limit is not confirmed by any public source (SITES.md):
 * 2,000 is the long-standing ordinary-post limit; MP limits are WeChat's documented 64 / 120 / 20,000.
 */
export const PLATFORM_TARGETS = [
  target({ id: 'weibo-post', site: 'weibo', label: { zh: '微博', en: 'Weibo post' }, hashtag: 'double', limit: 2000, counting: 'weibo' }),
  target({ id: 'weibo-comment', site: 'weibo', label: { zh: '微博评论', en: 'Weibo comment' }, hashtag: 'double', limit: 140, counting: 'weibo' }),
  target({ id: 'douban-broadcast', site: 'douban', label: { zh: '豆瓣广播', en: 'Douban broadcast' }, hashtag: 'double', limit: 2000 }),
  target({ id: 'douban-group-title', site: 'douban', label: { zh: '小组话题标题', en: 'Douban group topic title' }, hashtag: 'double', limit: 70, lineBreaks: false }),
  target({ id: 'douban-group-topic', site: 'douban', label: { zh: '小组话题', en: 'Douban group topic' }, hashtag: 'double', limit: 20_000, groupChat: true }),
  target({ id: 'wechat-chat', site: 'wechat', label: { zh: '微信群聊', en: 'WeChat chat' }, hashtag: 'none', limit: 2000, groupChat: true }),
  target({ id: 'wechat-mp-title', site: 'wechat', label: { zh: '公众号标题', en: 'Official Account title' }, hashtag: 'none', limit: 64, lineBreaks: false }),
  target({ id: 'wechat-mp-digest', site: 'wechat', label: { zh: '公众号摘要', en: 'Official Account digest' }, hashtag: 'none', limit: 120, lineBreaks: false }),
  target({ id: 'wechat-mp-body', site: 'wechat', label: { zh: '公众号正文', en: 'Official Account article' }, hashtag: 'single', limit: 20_000, content: 'html' }),
] as const satisfies readonly PlatformTarget[];

export type TargetId = (typeof PLATFORM_TARGETS)[number]['id'];
