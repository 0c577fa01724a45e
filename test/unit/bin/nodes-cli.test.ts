import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarNodes } from '../../../content-kit';
import { checkIcs, componentsNamed } from '../content-kit/calendar/ics-checker';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const built = join(root, 'dist/cli/content-kit.mjs');
let dir = '';

/** Runs the built CLI as a user would, through bin/content-kit.js on plain Node. */
function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'bin/content-kit.js'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  // Build only when the bundle is missing or predates the nodes command.
  if (!existsSync(built) || !readFileSync(built, 'utf8').includes('nodesToIcs')) execSync('npm run build:cli', { cwd: root, stdio: 'pipe' });
  dir = mkdtempSync(join(tmpdir(), 'ck-nodes-cli-'));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('content-kit nodes', () => {
  it('prints the JSON array with 2027’s 春节 and 中秋, and says the 2027 schedule is not yet published', () => {
    const run = cli('nodes', '--from', '2027-01-01', '--to', '2027-12-31', '--json');
    expect(run.code).toBe(0);
    const nodes = JSON.parse(run.stdout) as { date: string; name: string; kind: string }[];
    expect(nodes).toEqual(calendarNodes('2027-01-01', '2027-12-31'));
    expect(nodes).toContainEqual({ date: '2027-02-06', name: '春节', kind: 'festival' });
    expect(nodes).toContainEqual({ date: '2027-09-15', name: '中秋', kind: 'festival' });
    expect(Object.keys(nodes[0]!)).toEqual(['date', 'name', 'kind']);
    expect(run.stderr).toMatch(/known through 2026; 2027: not yet published/);
  });

  it('prints a readable table by default', () => {
    const run = cli('nodes', '--from', '2026-02-14', '--to', '2026-02-17');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('2026-02-14  星期六  调休上班  春节调休上班');
    expect(lines).toContain('2026-02-17  星期二  传统节日  春节');
    expect(lines).toHaveLength(calendarNodes('2026-02-14', '2026-02-17').length);
  });

  it('writes an ICS file a calendar app can import', () => {
    const out = join(dir, 'nodes.ics');
    const run = cli('nodes', '--from', '2026-01-01', '--to', '2026-12-31', '--ics', '-o', out);
    expect(run.code).toBe(0);
    const { problems, root: calendar } = checkIcs(readFileSync(out, 'utf8'));
    expect(problems).toEqual([]);
    expect(componentsNamed(calendar!, 'VEVENT')).toHaveLength(calendarNodes('2026-01-01', '2026-12-31').length);
    expect(run.stderr).toContain(`wrote ${out}`);
  });

  it('exits 2 on a malformed date, a reversed range, a range over 5 years or a missing output', () => {
    const bad = [
      ['--from', '2026-02-30', '--to', '2026-03-01'],
      ['--from', '2026-1-1', '--to', '2026-03-01'],
      ['--from', '2026-03-01', '--to', '2026-02-01'],
      ['--from', '2026-01-01', '--to', '2031-01-01'],
      ['--from', '2026-01-01'],
      ['--from', '2026-01-01', '--to', '2026-02-01', '--ics'],
      ['--from', '2026-01-01', '--to', '2026-02-01', '--json', '--ics', '-o', join(dir, 'x.ics')],
    ];
    for (const args of bad) {
      const run = cli('nodes', ...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
    }
    expect(cli('nodes', '--from', '2026-01-01', '--to', '2030-12-31', '--json').code).toBe(0);
    expect(existsSync(join(dir, 'x.ics'))).toBe(false);
  });

  it('is listed in --help', () => {
    expect(cli('--help').stdout).toMatch(/nodes\s+list the 节点/);
  });
});
