// Suggest over 10,000 and 100,000-item synthetic kits with 140-character drafts, beside a naive baseline
// (every item scanned for every query bigram) measured in the same run.
import { seeded, syntheticDraft, syntheticKit } from './synthetic-kit.mjs';

const QUERIES = 300;

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function naiveSuggest(items, text, limit = 20) {
  const grams = new Set();
  for (let i = 0; i + 1 < text.length; i++) grams.add(text.slice(i, i + 2));
  const scored = [];
  for (const item of items) {
    const haystack = `${item.title} ${item.tags?.join(' ') ?? ''} ${item.body}`;
    let score = 0;
    for (const g of grams) if (haystack.includes(g)) score++;
    if (score) scored.push([score, item]);
  }
  return scored.sort((a, b) => b[0] - a[0]).slice(0, limit);
}

function time(fn, drafts) {
  const samples = [];
  for (const draft of drafts) {
    const start = performance.now();
    fn(draft);
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b);
}

/** @param {{ core: typeof import('../../content-kit/index.ts') }} ctx */
export async function run({ core }) {
  const rows = [];
  for (const [count, budget] of [
    [10_000, 1],
    [100_000, 5],
  ]) {
    const kit = syntheticKit(count, { seed: count });
    const buildStart = performance.now();
    const suggester = core.createSuggester([kit]);
    const buildMs = performance.now() - buildStart;
    const random = seeded(7);
    const drafts = Array.from({ length: QUERIES }, () => syntheticDraft(random, 140));
    // Warm up both paths so the JIT is not what is measured.
    for (const d of drafts.slice(0, 20)) {
      suggester.suggest({ text: d, site: 'weibo' }, { limit: 20 });
      naiveSuggest(kit.items, d);
    }
    const ours = time((d) => suggester.suggest({ text: d, site: 'weibo' }, { limit: 20 }), drafts);
    const naive = time((d) => naiveSuggest(kit.items, d), drafts.slice(0, count > 10_000 ? 30 : 100));
    const label = count.toLocaleString('en');
    rows.push({ name: `suggest p50, ${label} items, 140-char draft`, value: percentile(ours, 50), unit: 'ms', note: `index built in ${buildMs.toFixed(0)} ms` });
    rows.push({
      name: `suggest p95, ${label} items, 140-char draft`,
      value: percentile(ours, 95),
      unit: 'ms',
      budget,
      note: `naive scan p95 ${percentile(naive, 95).toFixed(2)} ms (${(percentile(naive, 95) / percentile(ours, 95)).toFixed(0)}× slower)`,
    });
  }
  return rows;
}
