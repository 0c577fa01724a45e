import { readFileSync } from 'node:fs';
import { lintText, platformTarget, type LintCategory, type LintFinding, type Severity } from '../../../../content-kit';

/** One labelled sentence of test/fixtures/lint/: what a community manager expects the lint to say about it. */
export interface CorpusRow {
  text: string;
  target: string;
  kind: 'everyday' | 'tricky' | 'promo' | 'scam' | 'health' | 'education' | 'platform' | 'noise';
  /** The categories it should be flagged under, each with the least severity that counts as caught. */
  expect: Partial<Record<LintCategory, Severity>>;
}

export interface CategoryScore {
  category: LintCategory;
  expected: number;
  caught: number;
  flagged: number;
  correct: number;
}

export interface CorpusScore {
  rows: number;
  clean: number;
  cleanWarned: CorpusRow[];
  blocked: CorpusRow[];
  missed: { row: CorpusRow; category: LintCategory; findings: LintFinding[] }[];
  categories: CategoryScore[];
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
export const RISKY: readonly LintCategory[] = ['fraud', 'ad-law', 'health', 'education', 'platform', 'noise'];

export function readCorpus(file: string): CorpusRow[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CorpusRow);
}

/** Lints every row for its target and counts false alarms, blocked legitimate text and, per category, hits. */
export function scoreCorpus(rows: readonly CorpusRow[]): CorpusScore {
  const score: CorpusScore = { rows: rows.length, clean: 0, cleanWarned: [], blocked: [], missed: [], categories: [] };
  const byCategory = new Map<LintCategory, CategoryScore>(RISKY.map((c) => [c, { category: c, expected: 0, caught: 0, flagged: 0, correct: 0 }]));
  for (const row of rows) {
    const findings = lintText(row.text, platformTarget(row.target));
    const expected = Object.entries(row.expect) as [LintCategory, Severity][];
    const shown = findings.filter((f) => RANK[f.severity] >= RANK.warning);
    if (!expected.some(([, s]) => RANK[s] >= RANK.warning)) {
      score.clean++;
      if (shown.length) score.cleanWarned.push(row);
    }
    if (!expected.some(([, s]) => s === 'error') && findings.some((f) => f.severity === 'error')) score.blocked.push(row);
    for (const [category, severity] of expected) {
      const tally = byCategory.get(category);
      if (!tally) continue;
      tally.expected++;
      if (findings.some((f) => f.category === category && RANK[f.severity] >= RANK[severity])) tally.caught++;
      else score.missed.push({ row, category, findings });
    }
    for (const category of new Set(shown.map((f) => f.category))) {
      const tally = byCategory.get(category);
      if (!tally) continue;
      tally.flagged++;
      if (row.expect[category]) tally.correct++;
    }
  }
  score.categories = [...byCategory.values()];
  return score;
}

/** The score as a small table for the test log. */
export function formatScore(name: string, score: CorpusScore): string {
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');
  return [
    `${name}: ${score.rows} sentences, ${score.clean} clean; clean warned ${score.cleanWarned.length} (${pct(score.cleanWarned.length, score.clean)}), legitimate blocked ${score.blocked.length}`,
    '  category    expected  recall   precision',
    ...score.categories.map(
      (c) => `  ${c.category.padEnd(10)}  ${String(c.expected).padStart(8)}  ${pct(c.caught, c.expected).padStart(6)}   ${pct(c.correct, c.flagged).padStart(6)} (of ${c.flagged} flagged)`,
    ),
  ].join('\n');
}
