import type { EntryPlatform, EntryStatus, ItemKind, Stage } from './kit-vocabulary';

/** A word in both UI languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

/**
 * The names of the format's vocabularies in both UI languages, one table per vocabulary. The `Record` types make
 * the compiler refuse a kind, stage, platform or status without both names.
 */
export const VOCABULARY_LABELS: {
  kind: Record<ItemKind, Bilingual>;
  stage: Record<Stage, Bilingual>;
  platform: Record<EntryPlatform, Bilingual>;
  /** Short platform badges for narrow rows; the full name goes in the tooltip. */
  platformShort: Record<EntryPlatform, Bilingual>;
  status: Record<EntryStatus, Bilingual>;
} = {
  kind: {
    topic: { zh: '话题', en: 'Topic' },
    slogan: { zh: '口号', en: 'Slogan' },
    story: { zh: '故事', en: 'Story' },
    script: { zh: '话术', en: 'Script' },
  },
  stage: {
    gather: { zh: '聚集', en: 'Gather' },
    interact: { zh: '互动', en: 'Interact' },
    operate: { zh: '运营', en: 'Operate' },
    monetize: { zh: '变现', en: 'Monetize' },
  },
  platform: {
    weibo: { zh: '微博', en: 'Weibo' },
    douban: { zh: '豆瓣', en: 'Douban' },
    wechat: { zh: '微信', en: 'WeChat' },
    offline: { zh: '线下活动', en: 'Offline event' },
  },
  platformShort: {
    weibo: { zh: '微博', en: 'WB' },
    douban: { zh: '豆瓣', en: 'DB' },
    wechat: { zh: '微信', en: 'WX' },
    offline: { zh: '线下', en: 'OFF' },
  },
  status: {
    idea: { zh: '想法', en: 'Idea' },
    draft: { zh: '草稿', en: 'Draft' },
    scheduled: { zh: '已排期', en: 'Scheduled' },
    published: { zh: '已发布', en: 'Published' },
  },
};

/** A vocabulary value's name in one language; an unknown value (from a newer kit) shows as itself, never as another's name. */
export function vocabularyLabel(vocabulary: keyof typeof VOCABULARY_LABELS, value: string, locale: keyof Bilingual): string {
  const table = VOCABULARY_LABELS[vocabulary] as Record<string, Bilingual>;
  return Object.hasOwn(table, value) ? table[value]![locale] : value;
}

/** One language's column of a vocabulary table, e.g. `{ weibo: '微博', … }`. */
export function labelsIn<V extends string>(table: Record<V, Bilingual>, locale: keyof Bilingual): Record<V, string> {
  return Object.fromEntries(Object.entries<Bilingual>(table).map(([value, label]) => [value, label[locale]])) as Record<V, string>;
}
