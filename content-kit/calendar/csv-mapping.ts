import { isRealDate } from '../schema/kit-formats';
import type { CalendarCsvField, CalendarCsvMapping } from './calendar-csv';
import { entryWord } from './calendar-labels';
import { formatDate } from './date-math';

// Header names in English and Chinese, compared lowercased without spaces, `_` and `-`.
const ALIASES: Record<CalendarCsvField, string[]> = {
  id: ['id', 'entryid', 'uid', '编号', '标识', '日程id'],
  date: ['date', 'day', 'startdate', '日期', '发布日期', '排期日期'],
  time: ['time', 'starttime', '时间', '发布时间'],
  title: ['title', 'subject', 'summary', '标题', '主题', '名称', '内容标题'],
  platform: ['platform', 'channel', '平台', '渠道'],
  status: ['status', 'state', '状态'],
  stage: ['stage', '阶段'],
  itemId: ['itemid', 'item', 'linkeditem', '关联条目', '条目', '条目id', '素材', '素材id', '关联素材'],
  notes: ['notes', 'note', 'remark', 'remarks', 'description', 'comment', '备注', '说明', '描述'],
};
const FIELDS = new Map<string, CalendarCsvField>();
for (const [field, names] of Object.entries(ALIASES) as [CalendarCsvField, string[]][]) for (const name of names) FIELDS.set(name, field);

/** The entry field a CSV header names (`日期` → date, `Item ID` → itemId), or undefined. */
export function csvHeaderField(header: string): CalendarCsvField | undefined {
  return FIELDS.get(header.trim().toLowerCase().replace(/[\s_-]+/g, ''));
}

// 2026-01-05, 2026/1/5 (Excel's zh-CN display), 2026.1.5, 2026年1月5日, with a midnight time Excel may add.
const LOOSE_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]0?0:00(?::00)?)?$/;

/** A date as people and spreadsheets write it, as `YYYY-MM-DD`; undefined unless it names a real date. */
export function looseDate(text: string): string | undefined {
  const m = LOOSE_DATE.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(year, month, day) ? formatDate(year, month, day) : undefined;
}

// 20:00, 8:00, 20：00 (full-width colon), 20:00:00 (Excel adds seconds), 8:00 PM.
const LOOSE_TIME = /^(\d{1,2})[:：](\d{2})(?:[:：]00)?\s*([AaPp][Mm])?$/;

/** A time of day as people and spreadsheets write it, as 24-hour `HH:mm`; undefined when it is not one. */
export function looseTime(text: string): string | undefined {
  const m = LOOSE_TIME.exec(text.trim());
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  if (m[3]) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (m[3].toLowerCase() === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

const SNIFFERS: [CalendarCsvField, (cell: string) => boolean][] = [
  ['date', (c) => looseDate(c) !== undefined],
  ['time', (c) => looseTime(c) !== undefined],
  ['platform', (c) => entryWord('platform', c) !== undefined],
  ['status', (c) => entryWord('status', c) !== undefined],
  ['stage', (c) => entryWord('stage', c) !== undefined],
];

/**
 * A first guess at which column feeds which field, for the user to confirm: by the header names in English or
 * Chinese first; then, for fields still without a column, by the values of the first rows (dates, times, platform,
 * status and stage words); the first other column holding text becomes the title.
 */
export function suggestCsvMapping(header: readonly string[] | undefined, rows: readonly (readonly string[])[]): CalendarCsvMapping {
  const mapping: CalendarCsvMapping = {};
  const used = new Set<number>();
  header?.forEach((name, column) => {
    const field = csvHeaderField(name);
    if (field && mapping[field] === undefined) {
      mapping[field] = column;
      used.add(column);
    }
  });
  const sample = rows.slice(0, 50);
  const width = Math.max(header?.length ?? 0, ...sample.map((r) => r.length));
  for (const [field, fits] of SNIFFERS) {
    if (mapping[field] !== undefined) continue;
    for (let column = 0; column < width; column++) {
      if (used.has(column)) continue;
      const cells = sample.map((r) => (r[column] ?? '').trim()).filter(Boolean);
      if (cells.length && cells.every(fits)) {
        mapping[field] = column;
        used.add(column);
        break;
      }
    }
  }
  if (mapping.title === undefined)
    for (let column = 0; column < width; column++)
      if (!used.has(column) && sample.some((r) => (r[column] ?? '').trim())) {
        mapping.title = column;
        break;
      }
  return mapping;
}
