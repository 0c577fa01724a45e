import { ENTRY_PLATFORMS, ENTRY_STATUSES, STAGES, type EntryPlatform, type EntryStatus, type Stage } from '../schema/kit-schema';
import { labelsIn, VOCABULARY_LABELS } from '../schema/vocabulary-labels';

interface CalendarWords {
  platform: Record<EntryPlatform, string>;
  status: Record<EntryStatus, string>;
  stage: Record<Stage, string>;
  /** Index 0 is Monday, 6 Sunday (ISO weekday − 1). */
  weekdays: readonly [string, string, string, string, string, string, string];
  allDay: string;
  calendar: string;
  noEntries: string;
  platformLabel: string;
  statusLabel: string;
  stageLabel: string;
  itemLabel: string;
  /** Between a label and its value: a full-width colon in Chinese. */
  colon: string;
}

/** Words for calendar fields in both UI languages, shared by the exports and the studio. */
export const CALENDAR_LABELS: { zh: CalendarWords; en: CalendarWords } = {
  zh: {
    platform: labelsIn(VOCABULARY_LABELS.platform, 'zh'),
    status: labelsIn(VOCABULARY_LABELS.status, 'zh'),
    stage: labelsIn(VOCABULARY_LABELS.stage, 'zh'),
    weekdays: ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'],
    allDay: '全天',
    calendar: '内容日历',
    noEntries: '没有日程。',
    platformLabel: '平台',
    statusLabel: '状态',
    stageLabel: '阶段',
    itemLabel: '关联条目',
    colon: '：',
  },
  en: {
    platform: labelsIn(VOCABULARY_LABELS.platform, 'en'),
    status: labelsIn(VOCABULARY_LABELS.status, 'en'),
    stage: labelsIn(VOCABULARY_LABELS.stage, 'en'),
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    allDay: 'All day',
    calendar: 'Content calendar',
    noEntries: 'No entries.',
    platformLabel: 'Platform',
    statusLabel: 'Status',
    stageLabel: 'Stage',
    itemLabel: 'Linked item',
    colon: ': ',
  },
};

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
