import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeKit } from '../content-kit/make-kit';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FINDING_KEYS = ['ruleId', 'category', 'severity', 'start', 'end', 'message'];
const LINE = /^items\[\d+\] [a-z-]+ \d+-\d+ [a-z-]+\/[a-z-]+ (error|warning|info): .+$/;

let dir = '';

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['bin/content-kit.js', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const item = (id: string, body: string, extra: Record<string, unknown> = {}) => ({ id, kind: 'script', title: id, body, ...extra });

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/cli/content-kit.mjs'))) execSync('npm run build:cli', { cwd: ROOT, stdio: 'pipe', timeout: 300_000 });
  dir = mkdtempSync(join(tmpdir(), 'content-kit-lint-'));
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('content-kit lint FILE|builtin', () => {
  it('finds no error and no warning in the built-in kit', () => {
    const r = run('lint', 'builtin');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    for (const line of r.stdout.split('\n').filter(Boolean)) expect(line).toMatch(/ info: /);
    const json = run('lint', 'builtin', '--json');
    expect(json.status).toBe(0);
    const findings = JSON.parse(json.stdout) as { severity: string }[];
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('lints every item for each target of its platforms and exits 1 on an error', () => {
    const kit = file(
      'risky.kit.json',
      JSON.stringify(
        makeKit({
          items: [
            item('clean', '周六下午两点，图书馆三楼见。'),
            item('scam', '今晚有免费股票咨询，加微信进群', { platforms: ['wechat'] }),
            item('ad', '全网最低价', { kind: 'slogan', platforms: ['weibo'] }),
            { id: 'topic', kind: 'topic', title: '话题', body: '史上最强读书会', platforms: ['douban'] },
          ],
        }),
      ),
    );
    const r = run('lint', kit);
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n').filter(Boolean);
    for (const line of lines) expect(line).toMatch(LINE);
    expect(lines).toContain('items[1] wechat-chat 3-15 fraud/investment-lure error: “免费股票…加微信进群”：理财荐股话题加上拉群、加微信或收益承诺，是投资诈骗引流的典型组合，帮助引流可能构成犯罪（《刑法》第二百八十七条之二 帮助信息网络犯罪活动罪）');
    expect(lines.filter((l) => l.startsWith('items[1] '))).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('items[2] ')).map((l) => l.split(' ')[1])).toEqual(['weibo-post', 'weibo-comment']);
    // A topic is linted as the hashtag it becomes: #史上最强读书会# on Douban, offsets past the #.
    expect(lines).toContain('items[3] douban-broadcast 1-5 ad-law/superlative warning: “史上最强”是绝对化用语，广告中禁止使用，建议写出具体事实（《广告法》第九条）');
    expect(lines.some((l) => l.startsWith('items[0] '))).toBe(false);

    const json = run('lint', kit, '--json');
    expect(json.status).toBe(1);
    const findings = JSON.parse(json.stdout) as Record<string, unknown>[];
    expect(findings).toHaveLength(lines.length);
    expect(findings[0]).toMatchObject({ path: 'items[1]', target: 'wechat-chat', ruleId: 'fraud/investment-lure', category: 'fraud', severity: 'error' });
    for (const f of findings) expect(Object.keys(f).filter((k) => k !== 'fix')).toEqual(['path', 'target', ...FINDING_KEYS]);
  });

  it('exits 0 for a kit with warnings only', () => {
    const kit = file('warn.kit.json', JSON.stringify(makeKit({ items: [item('ad', '全网最低价', { platforms: ['weibo'] })] })));
    expect(run('lint', kit)).toMatchObject({ status: 0, stderr: '' });
  });

  it('exits 2 on a missing file, an invalid kit or a usage error', () => {
    expect(run('lint', join(dir, 'missing.kit.json')).status).toBe(2);
    const invalid = run('lint', file('invalid.kit.json', JSON.stringify(makeKit({ items: [{ id: 'x' }] }))));
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toMatch(/^items\[0\]\.kind: /m);
    expect(run('lint').status).toBe(2);
    expect(run('lint', 'a', 'b').status).toBe(2);
    expect(run('lint', 'builtin', '--text', 'x', '--target', 'weibo-post').status).toBe(2);
    expect(run('lint', '--nope', 'builtin').status).toBe(2);
  });
});

describe('content-kit lint --text / --texts', () => {
  it('lints one text for one target', () => {
    const r = run('lint', '--text', '今晚有免费股票咨询，加微信进群', '--target', 'wechat-chat', '--json');
    expect(r.status).toBe(1);
    const [finding] = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(Object.keys(finding!)).toEqual(FINDING_KEYS);
    expect(finding).toMatchObject({ ruleId: 'fraud/investment-lure', category: 'fraud', severity: 'error', start: 3, end: 15 });
    expect(run('lint', '--text', '最好的课程', '--target', 'weibo-post')).toMatchObject({
      status: 0,
      stdout: 'weibo-post 0-2 ad-law/superlative-weak warning: “最好”用来夸自家课程或产品时是绝对化用语，建议写出具体事实（《广告法》第九条）\n',
    });
    const fixed = JSON.parse(run('lint', '--text', '最好的课程', '--target', 'weibo-post', '--json').stdout) as Record<string, unknown>[];
    expect(fixed[0]!.fix).toEqual({ replacement: '很好', label: { zh: '改为“很好”', en: 'Replace with "很好"' } });
    expect(run('lint', '--text', '周六见', '--target', 'weibo-post', '--json')).toMatchObject({ status: 0, stdout: '[]\n' });
  });

  it('rejects a missing or unknown target', () => {
    expect(run('lint', '--text', 'x').status).toBe(2);
    const r = run('lint', '--text', 'x', '--target', 'nowhere');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('weibo-post');
  });

  it('lints a JSON-lines file in one process, one array per line, in order', () => {
    const rows = [
      { text: '收到', target: 'wechat-chat' },
      { text: '收到', target: 'weibo-post' },
      { text: '今晚有免费股票咨询，加微信进群', target: 'wechat-chat' },
      { text: 'C# 学习小组', target: 'weibo-post' },
    ];
    const r = run('lint', '--texts', file('texts.jsonl', rows.map((row) => JSON.stringify(row)).join('\n') + '\n'), '--json');
    expect(r.status).toBe(1);
    const out = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { ruleId: string }[]);
    expect(out.map((findings) => findings.map((f) => f.ruleId))).toEqual([['noise/empty-check-in'], [], ['fraud/investment-lure'], []]);
  });

  it('answers [] for a broken line, says why on stderr and exits 2', () => {
    const path = file('broken.jsonl', ['{"text":"收到","target":"wechat-chat"}', 'not json', '{"text":"x","target":"nowhere"}'].join('\n'));
    const r = run('lint', '--texts', path, '--json');
    expect(r.status).toBe(2);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(3);
    expect(r.stdout.split('\n')[1]).toBe('[]');
    expect(r.stderr.split('\n').filter(Boolean).map((l) => l.split(': ')[0])).toEqual([`${path}:2`, `${path}:3`]);
    expect(run('lint', '--texts', join(dir, 'none.jsonl')).status).toBe(2);
  });

  it('is listed in --help', () => {
    expect(run('--help').stdout).toContain('content-kit lint FILE|builtin [--json]');
    expect(run('lint', '--help')).toMatchObject({ status: 0, stdout: expect.stringContaining('usage: content-kit lint') });
  });
});
