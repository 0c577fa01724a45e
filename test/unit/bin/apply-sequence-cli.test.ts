import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySequence, exportKit, parseKit, type Kit } from '../../../content-kit';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURE = join(ROOT, 'test/fixtures/kits/sequences.kit.json');
const STACK_TRACE = /\n\s+at |node:internal|Error:|TypeError|RangeError/;

let dir = '';

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['bin/content-kit.js', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function readKit(file: string): Kit {
  const result = parseKit(readFileSync(file));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.kit;
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/cli/content-kit.mjs'))) execSync('npm run build:cli', { cwd: ROOT, stdio: 'pipe', timeout: 300_000 });
  dir = mkdtempSync(join(tmpdir(), 'content-kit-sequence-'));
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('content-kit apply-sequence', () => {
  it('writes the kit with the sequence’s entries added, the same entries applySequence gives', () => {
    const out = join(dir, 'applied.kit.json');
    const r = run('apply-sequence', FIXTURE, '--sequence', 'event', '--anchor', '2026-12-19', '-o', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`wrote ${out}: 3 added, 0 already there (sequence event at 2026-12-19)\n`);
    const expected = applySequence(readKit(FIXTURE), 'event', '2026-12-19').kit;
    expect(readFileSync(out, 'utf8')).toBe(exportKit(expected));
    expect(readKit(out).calendar!.map((e) => [e.id, e.date])).toEqual([
      ['c1', '2026-12-05'],
      ['event.teaser.20261219', '2026-12-12'],
      ['event.day.20261219', '2026-12-19'],
      ['event.recap.20261219', '2026-12-21'],
    ]);
    expect(JSON.parse(readFileSync(out, 'utf8')).formatVersion).toBe(2);
  });

  it('adds nothing when applied again at the same anchor, and says so', () => {
    const once = join(dir, 'once.kit.json');
    const twice = join(dir, 'twice.kit.json');
    expect(run('apply-sequence', FIXTURE, '--sequence=newcomer', '--anchor=2027-01-04', '-o', once).status).toBe(0);
    const r = run('apply-sequence', once, '--sequence', 'newcomer', '--anchor', '2027-01-04', '--output', twice);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`wrote ${twice}: 0 added, 3 already there (sequence newcomer at 2027-01-04)\n`);
    expect(readFileSync(twice, 'utf8')).toBe(readFileSync(once, 'utf8'));
  });

  it('exits 2 for an unknown sequence, naming the ones there are, and writes nothing', () => {
    const out = join(dir, 'never.kit.json');
    const r = run('apply-sequence', FIXTURE, '--sequence', 'nope', '--anchor', '2026-12-19', '-o', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`content-kit: ${FIXTURE} has no sequence "nope" (its sequences: newcomer, event)\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 for a malformed or unreal anchor date', () => {
    for (const anchor of ['2026-13-01', '2027-02-29', '19-12-2026', 'tomorrow', '']) {
      const r = run('apply-sequence', FIXTURE, '--sequence', 'event', '--anchor', anchor, '-o', join(dir, 'never.kit.json'));
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`content-kit: --anchor must be a real date as YYYY-MM-DD, not ${JSON.stringify(anchor)}\n`);
    }
    const r = run('apply-sequence', FIXTURE, '--sequence', 'event', '--anchor', '9999-12-31', '-o', join(dir, 'never.kit.json'));
    expect(r).toMatchObject({ status: 2, stderr: 'content-kit: --anchor 9999-12-31 puts a step of event outside the years 0000–9999\n' });
  });

  it('exits 2 for usage errors', () => {
    const out = join(dir, 'never.kit.json');
    for (const args of [
      [FIXTURE, '--sequence', 'event', '--anchor', '2026-12-19'],
      [FIXTURE, '--anchor', '2026-12-19', '-o', out],
      [FIXTURE, '--sequence', 'event', '-o', out],
      ['--sequence', 'event', '--anchor', '2026-12-19', '-o', out],
      [FIXTURE, '--sequence', 'event', '--anchor', '2026-12-19', '-o', out, '--bogus'],
    ]) {
      const r = run('apply-sequence', ...args);
      expect(r.status).toBe(2);
      expect(r.stderr).not.toMatch(STACK_TRACE);
    }
    expect(run('apply-sequence', join(dir, 'missing.kit.json'), '--sequence', 'event', '--anchor', '2026-12-19', '-o', out).status).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 with path lines for an invalid input, such as a step linked to a missing item', () => {
    const broken = join(dir, 'broken.kit.json');
    const raw = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    raw.sequences[1].steps[2].itemId = 'gone';
    raw.lint.words[0].words = [];
    writeFileSync(broken, JSON.stringify(raw));
    const r = run('apply-sequence', broken, '--sequence', 'event', '--anchor', '2026-12-19', '-o', join(dir, 'never.kit.json'));
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('sequences[1].steps[2].itemId: no item with id "gone" in this kit\nlint.words[0].words: must not be empty\n');
  });

  it('is listed in --help', () => {
    expect(run('--help').stdout).toContain('content-kit apply-sequence FILE|builtin --sequence ID --anchor YYYY-MM-DD -o OUT');
  });
});

describe('content-kit with version 2 kits', () => {
  it('validates a version 2 kit and renders its sequences', () => {
    expect(run('validate', FIXTURE)).toMatchObject({ status: 0, stderr: '' });
    const out = join(dir, 'handbook.md');
    expect(run('render', FIXTURE, '-o', out).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('| D-7 | 20:00 | 活动预告 | 活动预告 | weibo |');
  });

  it('merges a version 1 kit with a version 2 kit into a version 2 kit, reporting sequences and word lists', () => {
    const v1 = join(dir, 'v1.kit.json');
    const raw = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    delete raw.sequences;
    delete raw.lint;
    writeFileSync(v1, JSON.stringify({ ...raw, formatVersion: 1 }));
    const out = join(dir, 'merged.kit.json');
    const r = run('merge', v1, FIXTURE, '-o', out);
    expect(r.status).toBe(0);
    expect(r.stderr.split('\n')).toEqual(
      expect.arrayContaining(['sequences: 2 added, 0 unchanged, 0 conflicts', 'wordLists: 1 added, 0 unchanged, 0 conflicts', 'lint.allow: 1 added']),
    );
    const merged = JSON.parse(readFileSync(out, 'utf8'));
    expect(merged.formatVersion).toBe(2);
    expect(merged.sequences).toHaveLength(2);
  });

  it('reports the version 2 fields of a version 1 file as dropped', () => {
    const v1 = join(dir, 'v1-with-v2-fields.kit.json');
    writeFileSync(v1, JSON.stringify({ ...JSON.parse(readFileSync(FIXTURE, 'utf8')), formatVersion: 1 }));
    const r = run('validate', v1);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('sequences: unknown field, dropped on import\nlint: unknown field, dropped on import\n');
  });
});
