import type { LocalizedText } from '../lint/lint-rule';
import { codePointLength } from '../schema/code-point-length';
import { ID_PATTERN } from '../schema/kit-formats';
import { ENTRY_PLATFORMS, ENTRY_STATUSES, STAGES, type CalendarEntry } from '../schema/kit-schema';
import { CALENDAR_CSV_COLUMNS, type CalendarCsvField, type CalendarCsvMapping } from './calendar-csv';
import { uniqueId } from './calendar-entries';
import { entryWord } from './calendar-labels';
import { csvHeaderField, looseDate, looseTime, suggestCsvMapping } from './csv-mapping';
import { parseCsvRecords } from './parse-csv-records';

/** Options of `parseCalendarCsv`. */
export interface ParseCalendarCsvOptions {
  /** Which column feeds which field (as the user confirmed it); absent: the suggested mapping. */
  mapping?: CalendarCsvMapping;
  /** Whether the first non-empty row is a header; absent: detected. */
  header?: boolean;
  /** The target kit's item ids: an `itemId` not among them is an error. Absent: any itemId is accepted. */
  kitItemIds?: Iterable<string>;
  /** Entry ids already in the target calendar: generated ids avoid them, and rows that name one are flagged. */
  existingIds?: Iterable<string>;
}

/** A problem with one cell (or a missing column) of one row. */
export interface CalendarCsvError {
  /** 1-based, as a spreadsheet numbers rows: the header is row 1. */
  row: number;
  /** The column's header name, its letter (A, B …) when there is no header, or the field when no column is mapped. */
  column: string;
  field?: CalendarCsvField;
  message: LocalizedText;
}

/** One data row: the entry it makes when it has no errors. */
export interface CalendarCsvRow {
  row: number;
  entry?: CalendarEntry;
  errors: CalendarCsvError[];
  /** The row names the id of an entry already in the calendar: applying it would replace that entry. */
  replacesExisting?: boolean;
}

/** What a CSV file would import, for the user to review before anything is written. */
export interface CalendarCsvImport {
  /** The header row's names, or column letters when there is no header. */
  columns: string[];
  hasHeader: boolean;
  suggestedMapping: CalendarCsvMapping;
  /** The mapping the rows were read with. */
  mapping: CalendarCsvMapping;
  rows: CalendarCsvRow[];
}

const FIELD_ZH: Record<CalendarCsvField, string> = { id: '编号', date: '日期', time: '时间', title: '标题', platform: '平台', status: '状态', stage: '阶段', itemId: '关联条目', notes: '备注' };
const letter = (column: number): string => (column >= 26 ? letter(Math.floor(column / 26) - 1) : '') + String.fromCharCode(65 + (column % 26));
// Undo our own formula escaping (`csvCell`): exactly one apostrophe comes off a cell that starts with ' and then = + - @ tab or CR.
const unescapeCell = (cell: string) => (/^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
const quote = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/**
 * Reads a calendar CSV (ours, or a sheet someone made in Excel or WPS) without writing anything: detects the header
 * and the separator, strips the byte-order mark, suggests a column mapping from header names in English or Chinese,
 * and checks each row by the kit format's rules — a real date (2026-01-05, 2026/1/5, 2026年1月5日), an HH:mm time or
 * none (all-day), a title of 1–200 characters, notes up to 5,000, platform, status and stage as the format's values or
 * their Chinese words, an id following the id rule and used once. An empty status means `idea`; a missing id is
 * generated, unique against `existingIds`. Every error names its row (1-based, header = row 1) and column. The caller
 * shows the result and adds only the rows with an `entry` once the user confirms.
 */
export function parseCalendarCsv(text: string, options: ParseCalendarCsvOptions = {}): CalendarCsvImport {
  const parsed = parseCsvRecords(text);
  const records = parsed.records.map((cells) => cells.map(unescapeCell));
  const isBlank = (cells: readonly string[]) => cells.every((c) => !c.trim());
  const first = records.findIndex((cells) => !isBlank(cells));
  const firstRecord = first < 0 ? undefined : records[first];
  const hasDate = (cells: readonly string[] | undefined) => !!cells?.some((c) => looseDate(c) !== undefined);
  const second = records.slice(first + 1).find((cells) => !isBlank(cells));
  // A header names a known field or sits above dates it does not hold itself.
  const hasHeader =
    firstRecord !== undefined &&
    (options.header ?? (!hasDate(firstRecord) && (firstRecord.some((c) => csvHeaderField(c) !== undefined) || hasDate(second))));
  const dataStart = hasHeader ? first + 1 : Math.max(first, 0);
  const width = records.reduce((max, r) => Math.max(max, r.length), 0);
  const columns = hasHeader ? firstRecord!.map((c) => c.trim()) : Array.from({ length: width }, (_, i) => letter(i));
  const data = records.slice(dataStart);
  const suggestedMapping = suggestCsvMapping(hasHeader ? columns : undefined, data);
  const mapping: CalendarCsvMapping = {};
  for (const [field, column] of Object.entries(options.mapping ?? suggestedMapping) as [CalendarCsvField, number | undefined][])
    if (CALENDAR_CSV_COLUMNS.includes(field) && Number.isInteger(column) && column! >= 0 && column! < Math.max(width, columns.length)) mapping[field] = column;

  const existing = new Set(options.existingIds ?? []);
  const itemIds = options.kitItemIds ? new Set(options.kitItemIds) : undefined;
  // Ids written in the file are reserved first, so a generated id never takes one a later row names.
  const taken = new Set(existing);
  if (mapping.id !== undefined) for (const cells of data) taken.add((cells[mapping.id] ?? '').trim());
  const firstRowOfId = new Map<string, number>();
  const rows: CalendarCsvRow[] = [];

  data.forEach((cells, index) => {
    const row = dataStart + index + 1;
    if (isBlank(cells)) return;
    const errors: CalendarCsvError[] = [];
    const nameOf = (column: number) => (hasHeader && columns[column] ? columns[column]! : letter(column));
    const fail = (field: CalendarCsvField, column: number | undefined, zh: string, en: string) => {
      if (column === undefined) {
        errors.push({ row, column: field, field, message: { zh: `第 ${row} 行：没有哪一列对应“${FIELD_ZH[field]}”，${zh}`, en: `Row ${row}: no column is mapped to ${field}; ${en}` } });
        return;
      }
      const name = nameOf(column);
      const at = name === letter(column) ? '' : letter(column);
      errors.push({
        row,
        column: name,
        field,
        message: { zh: `第 ${row} 行“${name}”列${at && `（${at}）`}：${zh}`, en: `Row ${row}, column "${name}"${at && ` (${at})`}: ${en}` },
      });
    };
    const raw = (field: CalendarCsvField) => (mapping[field] === undefined ? '' : (cells[mapping[field]!] ?? ''));

    const entry: Partial<CalendarEntry> = {};
    const id = raw('id').trim();
    if (id) {
      if (!ID_PATTERN.test(id)) fail('id', mapping.id, `编号“${quote(id)}”只能由 1–64 个字母、数字和 _ . - 组成`, `the id "${quote(id)}" must be 1–64 characters of A-Z a-z 0-9 _ . -`);
      else if (firstRowOfId.has(id)) fail('id', mapping.id, `编号“${id}”与第 ${firstRowOfId.get(id)} 行重复`, `the id "${id}" is already used on row ${firstRowOfId.get(id)}`);
      else firstRowOfId.set(id, row);
      entry.id = id;
    }

    const dateText = raw('date').trim();
    const date = looseDate(dateText);
    if (!dateText) fail('date', mapping.date, '日期不能为空', 'the date is missing');
    else if (!date) fail('date', mapping.date, `“${quote(dateText)}”不是有效日期，请写成 2026-01-05`, `"${quote(dateText)}" is not a real date; write it as 2026-01-05`);
    else entry.date = date;

    const timeText = raw('time').trim();
    if (timeText) {
      const time = looseTime(timeText);
      if (!time) fail('time', mapping.time, `“${quote(timeText)}”不是有效时间，请写成 24 小时制的 20:00，全天则留空`, `"${quote(timeText)}" is not a time; write it as 24-hour 20:00, or leave it empty for all day`);
      else entry.time = time;
    }

    const title = raw('title');
    const titleLength = codePointLength(title);
    if (!title.trim()) fail('title', mapping.title, '标题不能为空', 'the title is missing');
    else if (titleLength > 200) fail('title', mapping.title, `标题最多 200 个字符，这里有 ${titleLength} 个`, `the title has ${titleLength} characters; at most 200 are allowed`);
    else entry.title = title;

    const platformText = raw('platform').trim();
    if (platformText) {
      const platform = entryWord('platform', platformText);
      if (!platform) fail('platform', mapping.platform, `平台“${quote(platformText)}”应为 微博、豆瓣、微信 或 线下`, `the platform "${quote(platformText)}" must be one of ${ENTRY_PLATFORMS.join(', ')}`);
      else entry.platform = platform;
    }

    const statusText = raw('status').trim();
    const status = statusText ? entryWord('status', statusText) : 'idea';
    if (!status) fail('status', mapping.status, `状态“${quote(statusText)}”应为 想法、草稿、已排期 或 已发布`, `the status "${quote(statusText)}" must be one of ${ENTRY_STATUSES.join(', ')}`);
    else entry.status = status;

    const stageText = raw('stage').trim();
    if (stageText) {
      const stage = entryWord('stage', stageText);
      if (!stage) fail('stage', mapping.stage, `阶段“${quote(stageText)}”应为 聚集、互动、运营 或 变现`, `the stage "${quote(stageText)}" must be one of ${STAGES.join(', ')}`);
      else entry.stage = stage;
    }

    const itemId = raw('itemId').trim();
    if (itemId) {
      if (itemIds && !itemIds.has(itemId)) fail('itemId', mapping.itemId, `运营包里没有编号为“${quote(itemId)}”的条目`, `the kit has no item with the id "${quote(itemId)}"`);
      else entry.itemId = itemId;
    }

    const notes = raw('notes');
    const notesLength = codePointLength(notes);
    if (notesLength > 5000) fail('notes', mapping.notes, `备注最多 5000 个字符，这里有 ${notesLength} 个`, `the notes have ${notesLength} characters; at most 5,000 are allowed`);
    else if (notes) entry.notes = notes;

    if (hasHeader) {
      const extra = cells.findIndex((c, i) => i >= columns.length && c.trim());
      if (extra >= 0)
        errors.push({
          row,
          column: letter(extra),
          message: {
            zh: `第 ${row} 行“${letter(extra)}”列：表头只有 ${columns.length} 列，这一行多出了内容（是不是有未加引号的逗号？）`,
            en: `Row ${row}, column "${letter(extra)}": the header has ${columns.length} columns but this row has more (an unquoted comma?)`,
          },
        });
    }
    if (parsed.unclosedQuote && parsed.unclosedQuote.record === dataStart + index) {
      const column = parsed.unclosedQuote.cell;
      errors.push({
        row,
        column: nameOf(column),
        message: { zh: `第 ${row} 行“${nameOf(column)}”列：引号没有闭合，这一格一直读到了文件末尾`, en: `Row ${row}, column "${nameOf(column)}": a quotation mark is never closed, so the cell runs to the end of the file` },
      });
    }

    if (errors.length) {
      rows.push({ row, errors });
      return;
    }
    const complete = { ...entry, id: entry.id ?? uniqueId(`csv-${row}`, taken) } as CalendarEntry;
    // Fields in the export's column order, so an imported entry reads like the built-in calendar's.
    const ordered = Object.fromEntries(CALENDAR_CSV_COLUMNS.filter((k) => complete[k] !== undefined).map((k) => [k, complete[k]])) as CalendarEntry;
    rows.push(existing.has(ordered.id) ? { row, entry: ordered, errors, replacesExisting: true } : { row, entry: ordered, errors });
  });
  return { columns, hasHeader, suggestedMapping, mapping, rows };
}
