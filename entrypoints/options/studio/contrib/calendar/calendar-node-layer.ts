import { calendarNodes, NODE_YEARS, officialScheduleKnownThrough, type CalendarNode } from '../../../../../content-kit';

/** The 节点 of the days from `from` to `to`, by date (each list in calendarNodes' order); empty outside NODE_YEARS. */
export type NodesByDate = ReadonlyMap<string, readonly CalendarNode[]>;

const EMPTY: NodesByDate = new Map();
let memo: { from: string; to: string; days: NodesByDate } | null = null;

const FIRST_DAY = `${NODE_YEARS.first}-01-01`;
const LAST_DAY = `${NODE_YEARS.last}-12-31`;

/**
 * The nodes from one date to another grouped by date, for the calendar's layer. The last range is kept, so a re-render
 * of the same month or week costs a map lookup (calendarNodes itself computes each year once).
 */
export function nodesByDate(from: string, to: string): NodesByDate {
  if (memo && memo.from === from && memo.to === to) return memo.days;
  const start = from < FIRST_DAY ? FIRST_DAY : from;
  const end = to > LAST_DAY ? LAST_DAY : to;
  let days = EMPTY;
  if (start <= end) {
    const grouped = new Map<string, CalendarNode[]>();
    for (const node of calendarNodes(start, end)) {
      const list = grouped.get(node.date);
      if (list) list.push(node);
      else grouped.set(node.date, [node]);
    }
    days = grouped;
  }
  memo = { from, to, days };
  return days;
}

/** The agenda's node range: the year before the cursor's to the year after it (the agenda spans every entry's date). */
export function agendaNodeRange(cursor: string): { from: string; to: string } {
  const year = Number(cursor.slice(0, 4));
  return { from: `${year - 1}-01-01`, to: `${year + 1}-12-31` };
}

/**
 * The first year between two dates whose official holiday schedule is not published yet (the layer then says so
 * instead of guessing), or undefined when every year in the range is known or beyond what nodes cover.
 */
export function unpublishedYear(from: string, to: string): number | undefined {
  const known = officialScheduleKnownThrough();
  const last = Math.min(Number(to.slice(0, 4)), NODE_YEARS.last);
  const first = Math.max(Number(from.slice(0, 4)), known + 1);
  return first <= last ? first : undefined;
}
