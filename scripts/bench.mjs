#!/usr/bin/env node
// `npm run bench`: runs every test/bench/*.bench.mjs and prints one table of figures beside the budgets of
// shared/DESIGN.md. Benchmarks that need the built extension build it first (unless --no-build).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('--'));
const run = (command, params) => {
  const result = spawnSync(command, params, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npx', ['vite', 'build', '--config', 'vite.bench.config.ts', '--logLevel', 'error']);
if (!args.includes('--no-build')) run('npm', ['run', 'build', '--silent']);
const core = await import(pathToFileURL(resolve('dist/bench/content-kit.mjs')).href);

const files = readdirSync('test/bench')
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();
const rows = [];
for (const file of files) {
  process.stderr.write(`running ${file}…\n`);
  try {
    const module = await import(pathToFileURL(resolve('test/bench', file)).href);
    rows.push(...(await module.run({ core })));
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
