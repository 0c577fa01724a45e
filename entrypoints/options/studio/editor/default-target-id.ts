import type { ItemKind, Platform } from '../../../../content-kit';
import { targetsFor } from './targets-for';

// Where each kind is most often used: a topic in a post, a script in a group chat, a story in an article.
const PREFERRED: Record<ItemKind, string[]> = {
  topic: ['weibo-post', 'douban-broadcast', 'wechat-chat'],
  slogan: ['weibo-post', 'wechat-chat', 'douban-broadcast'],
  story: ['wechat-mp-body', 'douban-group-topic', 'weibo-post'],
  script: ['wechat-chat', 'douban-group-topic', 'weibo-post'],
};

/** The platform target an item is checked against unless the user picks another. */
export function defaultTargetId(kind: ItemKind, platforms: readonly Platform[] | undefined): string {
  const allowed = new Set(targetsFor(platforms).map((t) => t.id));
  return PREFERRED[kind].find((id) => allowed.has(id)) ?? [...allowed][0] ?? 'weibo-post';
}
