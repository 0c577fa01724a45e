import type { CalendarRow } from './calendar-rows';
import { lowerBound } from '../../../../../content-kit';

/** One line of the agenda: a date heading or an entry, placed at `top` pixels. */
export interface AgendaLine {
  kind: 'date' | 'entry';
  date: string;
  row?: CalendarRow;
  top: number;
  height: number;
}

/** Pixel heights of the agenda's lines (fixed, so a scroll position maps to lines without measuring). */
export const AGENDA_HEIGHTS = { date: 32, entry: 40 } as const;

/**
 * The agenda's lines for sorted rows: a heading before the first entry of each date, then the entries. Dates in
 * `headingsAlso` (sorted: the 节点 layer's days) get a heading even when they hold no entry.
 */
export function agendaLines(
  rows: readonly CalendarRow[],
  heights: { date: number; entry: number } = AGENDA_HEIGHTS,
  headingsAlso: readonly string[] = [],
): { lines: AgendaLine[]; total: number } {
  const lines: AgendaLine[] = [];
  let top = 0;
  let date = '';
  let extra = 0;
  const heading = (at: string) => {
    date = at;
    lines.push({ kind: 'date', date, top, height: heights.date });
    top += heights.date;
  };
  const headingsBefore = (limit: string | undefined) => {
    for (; extra < headingsAlso.length && (limit === undefined || headingsAlso[extra]! < limit); extra++) if (headingsAlso[extra] !== date) heading(headingsAlso[extra]!);
  };
  for (const row of rows) {
    headingsBefore(row.entry.date);
    if (row.entry.date !== date) heading(row.entry.date);
    lines.push({ kind: 'entry', date, row, top, height: heights.entry });
    top += heights.entry;
  }
  headingsBefore(undefined);
  return { lines, total: top };
}

/** The index of the first agenda line dated on or after `date` (the end of the list when there is none). */
export function firstLineOnOrAfter(lines: readonly AgendaLine[], date: string): number {
  return lowerBound(lines.length, (i) => lines[i]!.date < date);
}

/**
 * The index range `[start, end)` of the lines that overlap the viewport `[scrollTop, scrollTop + height)`, widened by
 * `overscan` pixels on both sides. Lines are sorted by `top`, so this is a binary search: the cost does not grow with
 * the number of entries.
 */
export function visibleLines(lines: readonly AgendaLine[], scrollTop: number, height: number, overscan = 0): [number, number] {
  const from = Math.max(0, scrollTop - overscan);
  const to = scrollTop + height + overscan;
  const lo = lowerBound(lines.length, (i) => lines[i]!.top + lines[i]!.height <= from);
  let end = lo;
  while (end < lines.length && lines[end]!.top < to) end++;
  return [lo, end];
}
