#!/usr/bin/env node
// `npm run bench`: runs every test/bench/*.bench.mjs and prints one table of figures beside the budgets of
// shared/DESIGN.md. Benchmarks that need the built extension build it first (unless --no-build).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const only = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--child');
const run = (command, params) => {
  const result = spawnSync(command, params, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

/** Runs one benchmark file and returns its rows; in a child process so no benchmark's heap slows the next. */
async function runFile(file) {
  const core = await import(pathToFileURL(resolve('dist/bench/content-kit.mjs')).href);
  const module = await import(pathToFileURL(resolve('test/bench', file)).href);
  return module.run({ core });
}

const child = args.indexOf('--child');
if (child >= 0) {
  process.stdout.write(JSON.stringify(await runFile(args[child + 1])));
  process.exit(0);
}

run('npx', ['vite', 'build', '--config', 'vite.bench.config.ts', '--logLevel', 'error']);
if (!args.includes('--no-build')) run('npm', ['run', 'build', '--silent']);

const files = readdirSync('test/bench')
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();
const rows = [];
for (const file of files) {
  process.stderr.write(`running ${file}…\n`);
  const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
  try {
    if (result.status !== 0) throw new Error(`exited with ${result.status}`);
    rows.push(...JSON.parse(result.stdout));
  } catch (error) {
    rows.push({ name: `${file} failed`, value: NaN, unit: '', note: String(error?.message ?? error).split('\n')[0] });
  }
}

const fmt = (v, unit) => (Number.isFinite(v) ? `${v < 10 ? v.toFixed(2) : v.toFixed(0)} ${unit}` : '—');
const table = rows.map((r) => {
  const verdict = r.budget === undefined ? '' : !Number.isFinite(r.value) ? 'FALLS SHORT' : r.value <= r.budget ? 'pass' : 'FALLS SHORT';
  return [r.name, fmt(r.value, r.unit), r.budget === undefined ? '' : `≤ ${r.budget} ${r.unit}`, verdict, r.note ?? ''];
});
const head = ['what', 'measured', 'budget', 'verdict', 'note'];
const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log([line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...table.map(line)].join('\n'));
process.exitCode = table.some((r) => r[3] === 'FALLS SHORT') ? 1 : 0;
