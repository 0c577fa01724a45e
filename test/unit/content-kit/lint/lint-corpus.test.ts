import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatScore, readCorpus, scoreCorpus } from './score-corpus';

const fixture = (name: string) => fileURLToPath(new URL(`../../../fixtures/lint/${name}`, import.meta.url));

// corpus.jsonl is what the rules were tuned on; holdout.jsonl was set aside before tuning and must score as well.
describe.each(['corpus.jsonl', 'holdout.jsonl'])('the labelled lint corpus %s', (name) => {
  const rows = readCorpus(fixture(name));
  const score = scoreCorpus(rows);

  it('prints precision and recall per category', () => {
    console.log(formatScore(name, score));
    expect(rows.length).toBeGreaterThan(100);
  });

  it('warns on at most 3% of clean sentences', () => {
    const warned = score.cleanWarned.map((r) => `${r.target}: ${r.text}`).join('\n');
    expect(score.cleanWarned.length / score.clean, warned).toBeLessThanOrEqual(0.03);
  });

  it('blocks no legitimate sentence', () => {
    expect(score.blocked.map((r) => `${r.target}: ${r.text}`)).toEqual([]);
  });

  it.each(score.categories.filter((c) => c.expected > 0).map((c) => [c.category, c] as const))('catches at least 95%% of %s', (category) => {
    const missed = score.missed.filter((m) => m.category === category);
    const tally = score.categories.find((c) => c.category === category)!;
    expect(tally.caught / tally.expected, missed.map((m) => `${m.row.target}: ${m.row.text}`).join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the corpus itself', () => {
  const rows = [...readCorpus(fixture('corpus.jsonl')), ...readCorpus(fixture('holdout.jsonl'))];

  it('has at least 400 sentences, half of them everyday text, and no duplicates', () => {
    expect(rows.length).toBeGreaterThanOrEqual(400);
    expect(rows.filter((r) => r.kind === 'everyday' || r.kind === 'tricky').length).toBeGreaterThanOrEqual(rows.length / 2);
    expect(new Set(rows.map((r) => `${r.target} ${r.text}`)).size).toBe(rows.length);
  });
});
