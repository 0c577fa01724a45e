import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinKit, exportKit, parseKit, MAX_KIT_BYTES } from '../../../content-kit';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURES = join(ROOT, 'test/fixtures/kits');
const fixture = (name: string) => join(FIXTURES, name);

/** One `path: reason` line, optionally after the file name. */
const ERROR_LINE = /^[^\s:]+(?:: [^\s:]+)?: [^\n\r]+$/;
const STACK_TRACE = /\n\s+at |node:internal|Error:|TypeError|RangeError/;

let dir = '';

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['bin/content-kit.js', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const lines = (text: string) => text.split('\n').filter((l) => l !== '');

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/cli/content-kit.mjs'))) execSync('npm run build:cli', { cwd: ROOT, stdio: 'pipe', timeout: 300_000 });
  dir = mkdtempSync(join(tmpdir(), 'content-kit-cli-'));
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('content-kit validate', () => {
  it('accepts the exported built-in kit (exit 0)', () => {
    const file = join(dir, 'builtin.kit.json');
    expect(run('export-builtin', '-o', file).status).toBe(0);
    const r = run('validate', file);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${file}: valid (${builtinKit().items.length} items, ${builtinKit().calendar!.length} calendar entries)\n`);
    expect(r.stderr).toBe('');
  });

  it('accepts a valid kit and reports dropped unknown fields on stderr', () => {
    expect(run('validate', fixture('reading-club.kit.json'))).toMatchObject({ status: 0, stderr: '' });
    const r = run('validate', fixture('merge-incoming.kit.json'));
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('unknownField: unknown field, dropped on import\n');
  });

  it.each([
    'missing-fields.kit.json',
    'bad-values.kit.json',
    'duplicate-ids.kit.json',
    'syntax-error.kit.json',
    'empty.kit.json',
    'newer-format.kit.json',
    'array-root.kit.json',
    'not-utf8.kit.json',
    'deep-nesting.kit.json',
    'control-char.kit.json',
    'terminal-escape.kit.json',
  ])('rejects %s (exit 1) with one path: reason line per error and no stack trace', (name) => {
    const expected = parseKit(readFileSync(fixture(name)));
    expect(expected.ok).toBe(false);
    const r = run('validate', fixture(name));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr).not.toContain('\u001b');
    const errorLines = lines(r.stderr);
    expect(errorLines).toEqual(expected.ok ? [] : expected.errors);
    for (const line of errorLines) expect(line).toMatch(ERROR_LINE);
  });

  it('never crashes on garbled files: exit 0 or 1, no stack trace', () => {
    const valid = readFileSync(fixture('reading-club.kit.json'));
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % n;
    for (let round = 0; round < 12; round++) {
      const bytes = Buffer.from(valid);
      for (let k = 0; k < 1 + round; k++) bytes[random(bytes.length)] = random(256);
      const file = join(dir, `garbled-${round}.kit.json`);
      writeFileSync(file, round % 3 === 0 ? bytes.subarray(0, random(bytes.length)) : bytes);
      const r = run('validate', file);
      expect([0, 1]).toContain(r.status);
      expect(r.stderr).not.toMatch(STACK_TRACE);
      if (r.status === 1) for (const line of lines(r.stderr)) expect(line).toMatch(ERROR_LINE);
    }
  });

  it('names the error line of the newer format', () => {
    expect(run('validate', fixture('newer-format.kit.json')).stderr).toBe('formatVersion: made by a newer version (formatVersion 3)\n');
  });

  it('accepts a hostile but valid file, dropping __proto__ and friends', () => {
    const r = run('validate', fixture('proto-pollution.kit.json'));
    expect(r.status).toBe(0);
    expect(lines(r.stderr)).toEqual([
      '__proto__: unknown field, dropped on import',
      'constructor: unknown field, dropped on import',
      'items[0].__proto__: unknown field, dropped on import',
      'items[1].prototype: unknown field, dropped on import',
      'items[2].x-data.__proto__: unknown field, dropped on import',
      'calendar[0].__proto__: unknown field, dropped on import',
    ]);
  });

  it('rejects a file over 20 MiB (exit 1) without reading it whole', () => {
    const file = join(dir, 'huge.kit.json');
    writeFileSync(file, Buffer.alloc(MAX_KIT_BYTES + 1, 0x20));
    const r = run('validate', file);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`$: file is ${MAX_KIT_BYTES + 1} bytes, over the 20 MiB limit\n`);
    rmSync(file);
  });

  it('exits 2 for usage errors', () => {
    for (const args of [['validate'], ['validate', 'a.json', 'b.json'], ['validate', '--bogus', fixture('reading-club.kit.json')], ['frobnicate'], []]) {
      const r = run(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).not.toMatch(STACK_TRACE);
    }
    expect(run('validate').stderr).toBe('usage: content-kit validate FILE\n');
    expect(run('frobnicate').stderr).toContain('unknown command "frobnicate"');
  });

  it('exits 2 for a missing file or a directory', () => {
    const missing = run('validate', join(dir, 'nope.kit.json'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`content-kit: cannot read ${join(dir, 'nope.kit.json')}: no such file\n`);
    const folder = run('validate', dir);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain('is a directory');
  });

  it('prints help with exit 0', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    for (const name of ['validate', 'merge', 'render', 'suggest', 'export-builtin']) expect(r.stdout).toContain(name);
    expect(run('validate', '--help')).toMatchObject({ status: 0, stdout: expect.stringContaining('usage: content-kit validate FILE') });
  });
});

describe('content-kit merge', () => {
  it('writes OUT and reports added, unchanged and conflicts', () => {
    const out = join(dir, 'merged.kit.json');
    const base = fixture('merge-base.kit.json');
    const incoming = fixture('merge-incoming.kit.json');
    const r = run('merge', base, incoming, '-o', out);
    expect(r.status).toBe(0);
    expect(lines(r.stderr)).toEqual([
      'items: 1 added, 1 unchanged, 3 conflicts',
      `  conflict items/newer-incoming: kept ${incoming} (later updatedAt)`,
      `  conflict items/newer-base: kept ${base} (later updatedAt)`,
      `  conflict items/tie: kept ${base} (same updatedAt, base kept)`,
      'calendar: 1 added, 0 unchanged, 1 conflicts',
      `  conflict calendar/c1: kept ${incoming} (later updatedAt)`,
      `${incoming}: unknownField: unknown field, dropped`,
    ]);
    const merged = parseKit(readFileSync(out));
    if (!merged.ok) expect.fail(merged.errors.join('\n'));
    expect(merged.kit.version).toBe('1.10.0');
    expect(merged.kit.items.map((i) => i.id)).toEqual(['same', 'newer-incoming', 'newer-base', 'tie', 'only-base', 'only-incoming']);
    expect(readFileSync(out, 'utf8')).toBe(exportKit(merged.kit));
    expect(run('validate', out).status).toBe(0);
  });

  it('accepts --output=FILE', () => {
    const out = join(dir, 'merged2.kit.json');
    expect(run('merge', fixture('merge-base.kit.json'), fixture('reading-club.kit.json'), `--output=${out}`).status).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('rejects an invalid input (exit 1) with its errors prefixed by the file, and writes nothing', () => {
    const out = join(dir, 'never.kit.json');
    const broken = fixture('duplicate-ids.kit.json');
    const r = run('merge', fixture('merge-base.kit.json'), broken, '-o', out);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)[0]).toBe(`${broken}: items[1].id: duplicate id "x" (first at items[0])`);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 for usage and I/O errors', () => {
    expect(run('merge', fixture('merge-base.kit.json'), fixture('merge-incoming.kit.json')).status).toBe(2);
    expect(run('merge', fixture('merge-base.kit.json'), '-o', join(dir, 'x.json')).status).toBe(2);
    expect(run('merge', fixture('merge-base.kit.json'), join(dir, 'missing.json'), '-o', join(dir, 'x.json')).status).toBe(2);
    const r = run('merge', fixture('merge-base.kit.json'), fixture('merge-incoming.kit.json'), '-o', join(dir, 'no/such/dir/out.json'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no such folder');
  });
});

describe('content-kit render', () => {
  it('writes a Markdown handbook', () => {
    const out = join(dir, 'handbook.md');
    const r = run('render', fixture('reading-club.kit.json'), '-o', out);
    expect(r.status).toBe(0);
    const md = readFileSync(out, 'utf8');
    expect(md.startsWith('# 读书会运营包\n')).toBe(true);
    for (const title of ['21天共读', '创始人起点故事', '新人欢迎', '共读开营']) expect(md).toContain(title);
    expect(md).toContain('## 社群画布');
  });

  it('renders the built-in kit, in English when asked', () => {
    const out = join(dir, 'builtin.md');
    expect(run('render', 'builtin', '-o', out, '--lang', 'en').status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('## Sequences');
  });

  it('exits 1 for a broken kit and 2 for usage errors', () => {
    expect(run('render', fixture('bad-values.kit.json'), '-o', join(dir, 'x.md')).status).toBe(1);
    expect(run('render', fixture('reading-club.kit.json')).status).toBe(2);
    expect(run('render', fixture('reading-club.kit.json'), '-o', join(dir, 'x.md'), '--lang', 'fr').status).toBe(2);
  });
});

describe('content-kit suggest', () => {
  const suggestJson = (...args: string[]) => {
    const r = run('suggest', ...args, '--json');
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as { id: string; kind: string; title: string; score: number }[];
  };

  it('prints [{id, kind, title, score}] best first', () => {
    const results = suggestJson('--kit', 'builtin', '--text', '读书会第一次线下见面会，大家带一本最近在读的书来');
    expect(results).toHaveLength(10);
    for (const r of results) {
      expect(Object.keys(r)).toEqual(['id', 'kind', 'title', 'score']);
      expect(['topic', 'slogan', 'story', 'script']).toContain(r.kind);
    }
    for (let i = 1; i < results.length; i++) expect(results[i - 1]!.score).toBeGreaterThanOrEqual(results[i]!.score);
    const kit = builtinKit();
    const reading = new Set(kit.items.filter((i) => i.tags?.[0] === '读书').map((i) => i.id));
    expect(results.slice(0, 5).some((r) => reading.has(r.id))).toBe(true);
  });

  it('honours --site, --kind and --limit', () => {
    const kit = builtinKit();
    const platforms = new Map(kit.items.map((i) => [i.id, i.platforms]));
    for (const site of ['weibo', 'douban', 'wechat']) {
      const results = suggestJson('--kit', 'builtin', '--text', '欢迎新人进群，先看群公告', '--site', site, '--limit', '50');
      for (const r of results) {
        const allowed = platforms.get(r.id);
        expect(!allowed || allowed.includes(site as 'weibo')).toBe(true);
      }
    }
    const scripts = suggestJson('--kit', 'builtin', '--text', '欢迎新人', '--kind', 'script', '--limit', '3');
    expect(scripts).toHaveLength(3);
    expect(scripts.every((r) => r.kind === 'script')).toBe(true);
    const staged = suggestJson('--kit', 'builtin', '--text', '续费', '--stage', 'monetize');
    expect(staged.every((r) => kit.items.find((i) => i.id === r.id)!.stage === 'monetize')).toBe(true);
  });

  it('excludes an item whose platforms exclude the site', () => {
    const results = suggestJson('--kit', fixture('reading-club.kit.json'), '--text', '欢迎新人加入', '--site', 'weibo');
    expect(results.map((r) => r.id)).not.toContain('sc-welcome');
    const onWechat = suggestJson('--kit', fixture('reading-club.kit.json'), '--text', '欢迎新人加入', '--site', 'wechat');
    expect(onWechat[0]!.id).toBe('sc-welcome');
  });

  it('answers --queries FILE.jsonl with one array per line, in one process', () => {
    const file = join(dir, 'queries.jsonl');
    const queries = [
      { text: '周末徒步露营' },
      { text: '欢迎新人加入', site: 'weibo' },
      { text: '欢迎新人加入', site: 'wechat', kind: 'script' },
      { text: '宝宝辅食' },
    ];
    writeFileSync(file, `${queries.map((q) => JSON.stringify(q)).join('\n')}\n\n`);
    const r = run('suggest', '--kit', 'builtin', '--kit', fixture('reading-club.kit.json'), '--queries', file, '--limit', '4');
    expect(r.status).toBe(0);
    const out = lines(r.stdout).map((l) => JSON.parse(l) as { id: string; kind: string }[]);
    expect(out).toHaveLength(4);
    for (const answer of out) expect(answer.length).toBeGreaterThan(0);
    expect(out[1]!.map((x) => x.id)).not.toContain('sc-welcome');
    expect(out[2]!.every((x) => x.kind === 'script')).toBe(true);
    const single = suggestJson('--kit', 'builtin', '--kit', fixture('reading-club.kit.json'), '--text', '周末徒步露营', '--limit', '4');
    expect(out[0]).toEqual(single);
  });

  it('answers a bad query line with [] and an error, going on with the rest (exit 1)', () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, '{"text": "读书"}\nnot json\n{"text": 5}\n{"text": "读书", "site": "tiktok"}\n{"text": "健身"}\n');
    const r = run('suggest', '--kit', 'builtin', '--queries', file);
    expect(r.status).toBe(1);
    const out = lines(r.stdout);
    expect(out).toHaveLength(5);
    expect(out.slice(1, 4)).toEqual(['[]', '[]', '[]']);
    expect(JSON.parse(out[4]!).length).toBeGreaterThan(0);
    expect(lines(r.stderr).map((l) => l.split(': ')[0])).toEqual([`${file}:2`, `${file}:3`, `${file}:4`]);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it('prints a readable table without --json', () => {
    const r = run('suggest', '--kit', 'builtin', '--text', '周末徒步', '--limit', '2');
    expect(r.status).toBe(0);
    expect(lines(r.stdout)).toHaveLength(2);
  });

  it('exits 1 for a broken kit and 2 for usage errors', () => {
    expect(run('suggest', '--kit', fixture('bad-values.kit.json'), '--text', 'x').status).toBe(1);
    for (const args of [
      ['--text', '读书'],
      ['--kit', 'builtin'],
      ['--kit', 'builtin', '--text', 'a', '--queries', 'q.jsonl'],
      ['--kit', 'builtin', '--text', 'a', '--limit', '0'],
      ['--kit', 'builtin', '--text', 'a', '--limit', 'ten'],
      ['--kit', 'builtin', '--text', 'a', '--site', 'tiktok'],
      ['--kit', 'builtin', '--text', 'a', '--kind', 'poem'],
      ['--kit', 'builtin', '--queries', join(dir, 'missing.jsonl')],
      ['--kit', join(dir, 'missing.kit.json'), '--text', 'a'],
      ['--kit', 'builtin', '--text'],
    ]) {
      const r = run('suggest', ...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).not.toMatch(STACK_TRACE);
    }
  });
});

describe('content-kit export-builtin', () => {
  it('writes the built-in kit as a file validate accepts', () => {
    const sub = join(dir, 'export');
    mkdirSync(sub);
    const file = join(sub, 'starter.kit.json');
    const r = run('export-builtin', '-o', file);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`wrote ${file}`);
    expect(readFileSync(file, 'utf8')).toBe(exportKit(builtinKit()));
    expect(run('validate', file).status).toBe(0);
  });

  it('exits 2 without -o or with extra arguments', () => {
    expect(run('export-builtin').status).toBe(2);
    expect(run('export-builtin', 'x', '-o', join(dir, 'y.json')).status).toBe(2);
  });
});
