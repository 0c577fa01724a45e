import { ENTRY_PLATFORMS, ENTRY_STATUSES, STAGES, type EntryPlatform, type EntryStatus, type Stage } from '../schema/kit-schema';
import { CALENDAR_LABELS } from './calendar-labels';

interface Kinds {
  platform: EntryPlatform;
  status: EntryStatus;
  stage: Stage;
}

// Words people type in a sheet beyond the format's values and our own labels.
const EXTRA: { [K in keyof Kinds]: Partial<Record<Kinds[K], string[]>> } = {
  platform: { weibo: ['新浪微博'], wechat: ['weixin', '公众号', '微信群', '微信公众号'], offline: ['线下'] },
  status: { idea: ['点子', '创意'], scheduled: ['排期', '待发布'], published: ['已发'] },
  stage: {},
};
const VALUES: { [K in keyof Kinds]: readonly Kinds[K][] } = { platform: ENTRY_PLATFORMS, status: ENTRY_STATUSES, stage: STAGES };
const normal = (word: string) => word.trim().toLowerCase().replace(/\s+/g, '');

const tables = new Map<keyof Kinds, Map<string, string>>();
for (const kind of ['platform', 'status', 'stage'] as const) {
  const table = new Map<string, string>();
  for (const value of VALUES[kind]) {
    const words: Record<string, string>[] = [CALENDAR_LABELS.zh[kind], CALENDAR_LABELS.en[kind]];
    const extra = (EXTRA[kind] as Record<string, string[] | undefined>)[value] ?? [];
    for (const word of [value, ...words.map((w) => w[value]!), ...extra]) table.set(normal(word), value);
  }
  tables.set(kind, table);
}

/**
 * The format's value for a platform, status or stage written in a sheet: the value itself in any case (`WeChat`),
 * or a word for it in Chinese or English (微博 豆瓣 微信 线下, 想法 草稿 已排期 已发布, 聚集 互动 运营 变现).
 */
export function entryWord<K extends keyof Kinds>(kind: K, word: string): Kinds[K] | undefined {
  return tables.get(kind)!.get(normal(word)) as Kinds[K] | undefined;
}
