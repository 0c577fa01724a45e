import { isRealDate } from '../schema/kit-formats';
import { formatDate } from './format-date';

// 2026-01-05, 2026/1/5 (Excel's zh-CN display), 2026.1.5, 2026年1月5日, with a midnight time Excel may add.
const PATTERN = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]0?0:00(?::00)?)?$/;

/** A date as people and spreadsheets write it, as `YYYY-MM-DD`; undefined unless it names a real date. */
export function looseDate(text: string): string | undefined {
  const m = PATTERN.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(year, month, day) ? formatDate(year, month, day) : undefined;
}
