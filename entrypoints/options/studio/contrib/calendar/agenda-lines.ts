import type { CalendarRow } from './calendar-row';

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

/** The agenda's lines for sorted rows: a heading before the first entry of each date, then the entries. */
export function agendaLines(rows: readonly CalendarRow[], heights: { date: number; entry: number } = AGENDA_HEIGHTS): { lines: AgendaLine[]; total: number } {
  const lines: AgendaLine[] = [];
  let top = 0;
  let date = '';
  for (const row of rows) {
    if (row.entry.date !== date) {
      date = row.entry.date;
      lines.push({ kind: 'date', date, top, height: heights.date });
      top += heights.date;
    }
    lines.push({ kind: 'entry', date, row, top, height: heights.entry });
    top += heights.entry;
  }
  return { lines, total: top };
}
