import { monthGrid, weekRange } from '../../../../../content-kit';
import type { CalendarMode } from './calendar-mode';

/**
 * The dates a view shows around the cursor date: the month view's 6 × 7 grid (Monday first, with the neighbouring
 * months' days), the week view's Monday to Sunday, and nothing for the agenda (it lists entries, not days).
 */
export function viewDays(mode: CalendarMode, cursor: string): string[] {
  if (mode === 'month') return monthGrid(Number(cursor.slice(0, 4)), Number(cursor.slice(5, 7))).flat();
  if (mode === 'week') return weekRange(cursor).days;
  return [];
}
