import type { AgendaLine } from './agenda-lines';

/** The index of the first agenda line dated on or after `date` (the end of the list when there is none). */
export function firstLineOnOrAfter(lines: readonly AgendaLine[], date: string): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lines[mid]!.date < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
