import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarToCsv, calendarToIcs, exportKit, parseCalendarCsv } from '../../../content-kit';
import { plannedKit } from '../content-kit/planned-kit';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const built = join(root, 'dist/cli/content-kit.mjs');
let dir = '';
/** The built-in kit with its launch plan applied, as a file (the built-in kit's own calendar starts empty). */
let planned = '';

/** Runs the built CLI as a user would, through bin/content-kit.js on plain Node. */
function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'bin/content-kit.js'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  // Build only when the bundle is missing or predates these two commands.
  if (!existsSync(built) || !readFileSync(built, 'utf8').includes('calendarToIcs')) execSync('npm run build:cli', { cwd: root, stdio: 'pipe' });
  dir = mkdtempSync(join(tmpdir(), 'ck-calendar-cli-'));
  planned = join(dir, 'planned.kit.json');
  writeFileSync(planned, exportKit(plannedKit()));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('content-kit ics', () => {
  it('writes a kit’s calendar as iCalendar and exits 0', () => {
    const out = join(dir, 'planned.ics');
    const run = cli('ics', planned, '-o', out);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`${plannedKit().calendar!.length} events`);
    const text = readFileSync(out, 'utf8');
    expect(text).toBe(calendarToIcs(plannedKit()));
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('UID:launch-4weeks.opening.20260105@builtin-starter.community-kit\r\n');
  });

  it('reads a kit file and gives the same bytes on every run', () => {
    const kitFile = join(dir, 'kit.json');
    writeFileSync(kitFile, exportKit({ ...plannedKit(), timezone: 'America/New_York' }));
    const a = join(dir, 'a.ics');
    const b = join(dir, 'b.ics');
    expect(cli('ics', kitFile, '-o', a).code).toBe(0);
    expect(cli('ics', kitFile, '--output', b).code).toBe(0);
    expect(readFileSync(a)).toEqual(readFileSync(b));
    const text = readFileSync(a, 'utf8');
    expect(text).toContain('TZID:America/New_York\r\n');
    expect(text).toContain('BEGIN:DAYLIGHT\r\n');
    expect(text).toContain('DTSTART;TZID=America/New_York:20260105T200000\r\n');
  });

  it('exits 1 with path: reason lines for an invalid kit, and writes nothing', () => {
    const bad = join(dir, 'bad.kit.json');
    writeFileSync(bad, JSON.stringify({ ...JSON.parse(exportKit(plannedKit())), calendar: [{ id: 'c1', date: '2026-02-30', title: 'x', status: 'done' }] }));
    const out = join(dir, 'bad.ics');
    const run = cli('ics', bad, '-o', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^calendar\[0\]\.date: /m);
    expect(run.stderr).toMatch(/^calendar\[0\]\.status: /m);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 for usage and I/O errors', () => {
    const usage = cli('ics', 'builtin');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('usage: content-kit ics');
    expect(cli('ics', '-o', join(dir, 'x.ics')).code).toBe(2);
    expect(cli('ics', 'builtin', 'extra', '-o', join(dir, 'x.ics')).code).toBe(2);
    expect(cli('ics', 'builtin', '--bogus', '-o', join(dir, 'x.ics')).code).toBe(2);
    const missing = cli('ics', join(dir, 'no-such.kit.json'), '-o', join(dir, 'x.ics'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
    const noFolder = cli('ics', 'builtin', '-o', join(dir, 'no-folder', 'x.ics'));
    expect(noFolder.code).toBe(2);
    expect(noFolder.stderr).toContain('cannot write');
    expect(existsSync(join(dir, 'x.ics'))).toBe(false);
  });
});

describe('content-kit csv', () => {
  it('writes the calendar as CSV for Excel that reads back into the same entries', () => {
    const out = join(dir, 'planned.csv');
    const run = cli('csv', planned, '-o', out);
    expect(run.code).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    const kit = plannedKit();
    expect(text).toBe(calendarToCsv(kit.calendar!, { kitItems: kit.items }));
    expect(text.slice(1).split('\r\n')[0]).toBe('id,date,time,title,platform,status,stage,itemId,notes,itemTitle');
    expect(parseCalendarCsv(text).rows.map((r) => r.entry)).toEqual(kit.calendar);
  });

  it('exits 1 for an invalid kit and 2 for usage or I/O errors', () => {
    const bad = join(dir, 'broken.kit.json');
    writeFileSync(bad, '{"format": "community-kit",');
    expect(cli('csv', bad, '-o', join(dir, 'broken.csv')).code).toBe(1);
    expect(cli('csv', 'builtin').code).toBe(2);
    expect(cli('csv', join(dir, 'missing.json'), '-o', join(dir, 'y.csv')).code).toBe(2);
    expect(existsSync(join(dir, 'broken.csv'))).toBe(false);
  });
});
