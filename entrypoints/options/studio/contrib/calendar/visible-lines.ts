import type { AgendaLine } from './agenda-lines';

/**
 * The index range `[start, end)` of the lines that overlap the viewport `[scrollTop, scrollTop + height)`, widened by
 * `overscan` pixels on both sides. Lines are sorted by `top`, so this is a binary search: the cost does not grow with
 * the number of entries.
 */
export function visibleLines(lines: readonly AgendaLine[], scrollTop: number, height: number, overscan = 0): [number, number] {
  const from = Math.max(0, scrollTop - overscan);
  const to = scrollTop + height + overscan;
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const line = lines[mid]!;
    if (line.top + line.height <= from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < lines.length && lines[end]!.top < to) end++;
  return [lo, end];
}
