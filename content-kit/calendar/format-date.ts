/** `YYYY-MM-DD` from numeric parts (month and day 1-based); it does not check that the date exists. */
export function formatDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
