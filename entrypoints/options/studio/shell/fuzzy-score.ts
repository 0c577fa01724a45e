/** How well a query matches a text, and which characters matched (UTF-16 indices into the text). */
export interface FuzzyMatch {
  score: number;
  matches: number[];
}

const isWordStart = (text: string, i: number) => i === 0 || /[\s\-_./:：（(【\[]/.test(text[i - 1]!) || (/[a-z]/.test(text[i - 1]!) && /[A-Z]/.test(text[i]!));

/**
 * Scores `text` against `query` as VS Code's quick pick does: every query character must appear in order
 * (case-insensitive); contiguous runs, word starts and an early first match score higher, and an exact or
 * prefix match beats everything. Spaces in the query are ignored. Returns null when it does not match.
 */
export function fuzzyScore(query: string, text: string): FuzzyMatch | null {
  const needle = query.replace(/\s+/g, '').toLowerCase();
  if (!needle) return { score: 0, matches: [] };
  const hay = text.toLowerCase();
  if (hay === query.trim().toLowerCase()) return { score: 10_000, matches: [...Array(text.length).keys()] };
  const matches: number[] = [];
  let score = 0;
  let from = 0;
  let run = 0;
  for (const ch of needle) {
    const at = hay.indexOf(ch, from);
    if (at < 0) return null;
    const contiguous = matches.length > 0 && at === matches[matches.length - 1]! + 1;
    run = contiguous ? run + 1 : 0;
    score += 1 + run * 3 + (isWordStart(text, at) ? 4 : 0) - Math.min(at - from, 10) * 0.1;
    matches.push(at);
    from = at + 1;
  }
  if (hay.startsWith(needle)) score += 50;
  else if (hay.includes(needle)) score += 25;
  return { score: score - text.length * 0.01, matches };
}
