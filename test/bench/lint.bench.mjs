// Lint of a 5,000-character Official Account article built from the labelled corpus's sentences, and the same
// lint with a hostile kit word list of 10,000 long phrases full of regular-expression characters.
import { readFileSync } from 'node:fs';
import { seeded } from './synthetic-kit.mjs';

const RUNS = 300;
const ARTICLE_LENGTH = 5_000;

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const sentences = readFileSync(new URL('../fixtures/lint/corpus.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line).text);

function article(random) {
  let text = '';
  while (text.length < ARTICLE_LENGTH) {
    text += sentences[Math.floor(random() * sentences.length)];
    if (random() < 0.2) text += '\n\n';
  }
  return text.slice(0, ARTICLE_LENGTH);
}

function hostileWords(random) {
  const alphabet = '.*+?^$()[]{}|\\读书会股票最好第一ａbc';
  return Array.from({ length: 10_000 }, (_, i) => {
    let phrase = '';
    for (let j = 0; j < 29; j++) phrase += alphabet[Math.floor(random() * alphabet.length)];
    return `${phrase}${i % 10}`;
  });
}

// Wall-clock samples, and CPU-time ones beside them: on a shared machine the gap is time spent descheduled.
function time(fn, inputs) {
  const wall = [];
  const cpu = [];
  for (const input of inputs) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    fn(input);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b) };
}

/** @param {{ core: typeof import('../../content-kit/index.ts') }} ctx */
export async function run({ core }) {
  const target = core.platformTarget('wechat-mp-body');
  const random = seeded(12);
  const articles = Array.from({ length: RUNS }, () => article(random));
  for (const a of articles.slice(0, 20)) core.lintText(a, target);
  const plain = time((a) => core.lintText(a, target), articles);

  const options = { wordLists: [{ id: 'hostile', words: hostileWords(seeded(13)), severity: 'warning' }], allow: ['第一书房'] };
  const buildStart = performance.now();
  core.prepareLintOptions(options);
  const buildMs = performance.now() - buildStart;
  const hostile = time((a) => core.lintText(a, target, undefined, options), articles);
  const findings = core.lintText(articles[0], target).length;
  const cpuNote = (samples) => `CPU time p95 ${percentile(samples.cpu, 95).toFixed(2)} ms`;
  return [
    { name: 'lint p50, 5,000-char MP article', value: percentile(plain.wall, 50), unit: 'ms', note: `${findings} findings in the first article` },
    { name: 'lint p95, 5,000-char MP article', value: percentile(plain.wall, 95), unit: 'ms', budget: 5, note: cpuNote(plain) },
    {
      name: 'lint p95, same with a 10,000-phrase hostile word list',
      value: percentile(hostile.wall, 95),
      unit: 'ms',
      budget: 5,
      note: `${cpuNote(hostile)}; prepareLintOptions (once per settings change) ${buildMs.toFixed(0)} ms`,
    },
  ];
}
