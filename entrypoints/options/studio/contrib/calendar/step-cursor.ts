import { addDays, addMonths } from '../../../../../content-kit';
import type { CalendarMode } from './calendar-mode';

/** The cursor date after "previous" (−1) or "next" (+1): a month in the month view and agenda, a week in the week view. */
export function stepCursor(mode: CalendarMode, cursor: string, step: number): string {
  return mode === 'week' ? addDays(cursor, 7 * step) : addMonths(cursor, step);
}
