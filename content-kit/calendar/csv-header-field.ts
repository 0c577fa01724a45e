import type { CalendarCsvField } from './calendar-csv-columns';

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
