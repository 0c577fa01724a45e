// A step's offset as people who plan from a day write it: D-3 three days before, D0 the day, D+7 a week after.

const OFFSET_LABEL = /^\s*[Dd]\s*([+\-−]?)\s*(\d{1,3})\s*$/;

/** `D-3`, `D0` or `D+7` for an offset in days from the anchor day. */
export function formatStepOffset(offset: number): string {
  return offset === 0 ? 'D0' : `D${offset > 0 ? '+' : '-'}${Math.abs(offset)}`;
}

/**
 * The offset written as `D-3`, `D0`, `D+7` (also `d+7`, `D 7`, a minus sign `D−3`, or a bare whole number), or
 * undefined when the text is neither or falls outside −365…365.
 */
export function parseStepOffset(text: string): number | undefined {
  const bare = /^\s*([+\-−]?)(\d{1,3})\s*$/.exec(text);
  const match = bare ?? OFFSET_LABEL.exec(text);
  if (!match) return undefined;
  const value = Number(match[2]) * (match[1] === '-' || match[1] === '−' ? -1 : 1);
  return value >= -365 && value <= 365 ? value || 0 : undefined;
}
