// 20:00, 8:00, 20：00 (full-width colon), 20:00:00 (Excel adds seconds), 8:00 PM.
const PATTERN = /^(\d{1,2})[:：](\d{2})(?:[:：]00)?\s*([AaPp][Mm])?$/;

/** A time of day as people and spreadsheets write it, as 24-hour `HH:mm`; undefined when it is not one. */
export function looseTime(text: string): string | undefined {
  const m = PATTERN.exec(text.trim());
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
