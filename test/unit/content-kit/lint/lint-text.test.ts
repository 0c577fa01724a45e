import { describe, expect, it } from 'vitest';
import { BUILTIN_LINT_RULES, lintText, platformTarget, type LintFinding, type LintRule } from '../../../../content-kit';

const weibo = platformTarget('weibo-post');
const chat = platformTarget('wechat-chat');
const mpBody = platformTarget('wechat-mp-body');
const mpTitle = platformTarget('wechat-mp-title');

const rules = (findings: LintFinding[]) => findings.map((f) => f.ruleId);
const hit = (text: string, f: LintFinding) => text.slice(f.start, f.end);

function expectWellFormed(text: string, findings: LintFinding[]) {
  let last = -1;
  for (const f of findings) {
    expect(f.ruleId).toMatch(/^[a-z-]+\/[a-z-]+$/);
    expect(['error', 'warning', 'info']).toContain(f.severity);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeGreaterThanOrEqual(last);
    last = f.start;
    expect(f.message.zh.length).toBeGreaterThan(0);
    expect(f.message.en.length).toBeGreaterThan(0);
    expect(f.message.zh).not.toContain('{match}');
    expect(f.message.en).not.toContain('{match}');
    if (f.fix) {
      expect(typeof f.fix.replacement).toBe('string');
      expect(f.fix.label.zh.length).toBeGreaterThan(0);
      expect(f.fix.label.en.length).toBeGreaterThan(0);
    }
  }
}

describe('lintText: Advertising Law', () => {
  it.each([
    ['我们是全网最低价的读书会', '全网最低', 'ad-law/superlative'],
    ['这是最好的减脂课程', '最好', 'ad-law/superlative'],
    ['史上最强训练营', '史上最强', 'ad-law/superlative'],
    ['宝妈们的首选辅食', '首选', 'ad-law/superlative'],
    ['全城唯一的亲子社群', '唯一', 'ad-law/superlative'],
    ['同城读书会行业第一', '第一', 'ad-law/first-and-top'],
    ['国家级讲师带你读书', '国家级', 'ad-law/first-and-top'],
    ['顶级导师一对一', '顶级', 'ad-law/first-and-top'],
    ['考证100%通过', '100%', 'ad-law/first-and-top'],
    ['全网NO.1的宠物社群', 'NO.1', 'ad-law/first-and-top'],
    ['效果绝对有保障', '绝对', 'ad-law/first-and-top'],
  ])('%s → %s', (text, word, ruleId) => {
    const findings = lintText(text, weibo);
    expectWellFormed(text, findings);
    const found = findings.find((f) => f.ruleId === ruleId);
    expect(found).toBeDefined();
    expect(hit(text, found!)).toBe(word);
    expect(found!.severity).toBe('warning');
    expect(found!.message.zh).toContain(word);
    expect(found!.message.en).toContain(word);
  });

  it.each([
    '最近我们在读《百年孤独》',
    '这是今年最后一次线下读书会',
    '晒出你的第一次线下活动',
    '第一期训练营今晚开营',
    '第一天打卡，第一周复盘',
    '最早到的朋友可以先占座',
    '最初只有五个人',
    '最多 20 人，最少 8 人成行',
    '他是我的唯一一次尝试',
    '这是今年唯一的一次线下见面',
    '绝对值不重要',
    '晒出你最喜欢的一本书',
    '最想去的露营地是哪里',
  ])('does not fire on the everyday phrase %s', (text) => {
    const findings = lintText(text, weibo);
    expect(findings.filter((f) => f.ruleId.startsWith('ad-law'))).toEqual([]);
  });

  it('offers a fix where there is a plain word for it', () => {
    const text = '这是最好的课程，行业第一';
    const findings = lintText(text, weibo);
    expect(findings.map((f) => [f.ruleId, hit(text, f), f.fix?.replacement])).toEqual([
      ['ad-law/superlative', '最好', '很好'],
      ['ad-law/first-and-top', '第一', '领先'],
    ]);
  });

  it('reports one rule’s overlapping hits once, over their widest extent', () => {
    const text = '全网最低价';
    const findings = lintText(text, weibo).filter((f) => f.ruleId === 'ad-law/superlative');
    expect(findings).toHaveLength(1);
    expect(hit(text, findings[0]!)).toBe('全网最低');
  });
});

describe('lintText: fraud-like lead generation', () => {
  it.each([
    ['老师每天荐股，跟着操作', '荐股', 'fraud/stock-tips'],
    ['带你炒股，一起发财', '带你炒股', 'fraud/stock-tips'],
    ['内部消息，明天必涨', '内部消息', 'fraud/stock-tips'],
    ['跟着老师买就行', '跟着老师买', 'fraud/stock-tips'],
    ['这个项目稳赚不赔', '稳赚', 'fraud/guaranteed-returns'],
    ['保本保息，零风险', '保本', 'fraud/guaranteed-returns'],
    ['在家躺赚，日赚500', '躺赚', 'fraud/guaranteed-returns'],
  ])('%s → %s is an error', (text, word, ruleId) => {
    const findings = lintText(text, chat);
    expectWellFormed(text, findings);
    const found = findings.find((f) => f.ruleId === ruleId);
    expect(found && hit(text, found)).toBe(word);
    expect(found!.severity).toBe('error');
  });

  it('warns on join-the-group lures for money or stocks', () => {
    const text = '加群免费领牛股，进群就送现金红包';
    const findings = lintText(text, weibo);
    expectWellFormed(text, findings);
    const lures = findings.filter((f) => f.ruleId === 'fraud/join-group-lure');
    expect(lures.map((f) => hit(text, f))).toEqual(['加群免费领牛股', '进群就送现金红包']);
    expect(lures.every((f) => f.severity === 'warning')).toBe(true);
    expect(findings.some((f) => f.ruleId === 'fraud/stock-tips' && hit(text, f) === '牛股')).toBe(true);
  });

  it.each(['加群领取书单', '进群领取本周共读书单', '入群送一份新人手册', '扫码进群，一起打卡'])('%s is a warning at most, never an error', (text) => {
    for (const target of [weibo, chat]) {
      const findings = lintText(text, target);
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(findings.filter((f) => f.ruleId.startsWith('fraud/stock') || f.ruleId.startsWith('fraud/guaranteed'))).toEqual([]);
    }
  });
});

describe('lintText: group noise', () => {
  it.each([
    ['打卡', 'noise/empty-check-in'],
    ['  打卡！ ', 'noise/empty-check-in'],
    ['+1', 'noise/empty-check-in'],
    ['收到', 'noise/empty-check-in'],
    ['早安', 'noise/greeting-spam'],
    ['早上好！！[玫瑰]', 'noise/greeting-spam'],
    ['晚安～', 'noise/greeting-spam'],
  ])('a bare %j in a group chat', (text, ruleId) => {
    const findings = lintText(text, chat);
    expectWellFormed(text, findings);
    expect(rules(findings)).toEqual([ruleId]);
    expect(hit(text, findings[0]!)).toBe(text.trim());
  });

  it('leaves check-ins and greetings that say something alone', () => {
    for (const text of ['今天打卡读了30页，最喜欢第三章', '早上好，今天聊聊大家最近在读的书', '打卡第12天：跑了5公里']) expect(lintText(text, chat)).toEqual([]);
  });

  it('applies group-chat-only rules only in group chats', () => {
    expect(rules(lintText('打卡', weibo))).toEqual([]);
    expect(rules(lintText('@所有人 明晚八点开讲', weibo))).toEqual([]);
    expect(rules(lintText('@所有人 明晚八点开讲', chat))).toEqual(['noise/at-all']);
  });

  it('flags red-packet floods and sticker floods anywhere', () => {
    expect(rules(lintText('🧧🧧🧧 发红包啦', weibo))).toEqual(['noise/red-packet-flood']);
    expect(rules(lintText('今晚红包雨，准时来', chat))).toEqual(['noise/red-packet-flood']);
    expect(rules(lintText('哈哈哈哈哈哈哈哈哈哈', chat))).toEqual(['noise/sticker-flood']);
    expect(rules(lintText('[强][强][强][强][强]', chat))).toEqual(['noise/sticker-flood']);
    expect(rules(lintText('哈哈哈，好的', chat))).toEqual([]);
    expect(lintText('🧧🧧 两个不算', chat)).toEqual([]);
  });
});

describe('lintText: hashtags per target form', () => {
  it('checks #话题# on Weibo and Douban', () => {
    for (const target of [weibo, platformTarget('douban-broadcast')]) {
      expect(lintText('#21天共读# 今天开始，#晒书架# 也来', target)).toEqual([]);
      const unclosed = lintText('今天开始 #读书会 一起来', target);
      expect(unclosed).toMatchObject([{ ruleId: 'hashtag/unclosed', start: 5, end: 9, fix: { replacement: '#读书会#' } }]);
      expect(lintText('##', target)).toMatchObject([{ ruleId: 'hashtag/empty', start: 0, end: 2, fix: { replacement: '' } }]);
      expect(lintText('# 读书 #', target)).toMatchObject([{ ruleId: 'hashtag/spaces', fix: { replacement: '#读书#' } }]);
    }
  });

  it('flags full-width ＃ everywhere with a fix', () => {
    const text = '＃读书＃';
    const findings = lintText(text, weibo);
    expect(findings.map((f) => [f.ruleId, f.start, f.fix?.replacement])).toEqual([
      ['hashtag/full-width', 0, '#'],
      ['hashtag/full-width', 3, '#'],
    ]);
  });

  it('pairs marks per line', () => {
    expect(lintText('#读书\n#健身#', weibo)).toMatchObject([{ ruleId: 'hashtag/unclosed', start: 0, end: 3 }]);
  });

  it('suggests #标签 for an Official Account article and notes that chats do not link #话题#', () => {
    expect(lintText('#读书会#', mpBody)).toMatchObject([{ ruleId: 'hashtag/double-form', severity: 'info', fix: { replacement: '#读书会' } }]);
    expect(lintText('#读书会 今天开始', mpBody)).toEqual([]);
    const inChat = lintText('#读书会#', chat);
    expect(inChat).toMatchObject([{ ruleId: 'hashtag/not-supported', severity: 'info' }]);
    expect(inChat[0]!.fix).toBeUndefined();
  });
});

describe('lintText: length', () => {
  it('starts the overflow at the first character past the limit (Weibo halves)', () => {
    const text = `${'中'.repeat(1999)}abc`;
    const [finding] = lintText(text, weibo);
    expect(finding).toMatchObject({ ruleId: 'length/over-limit', severity: 'error', start: 2001, end: text.length });
    expect(finding!.message.zh).toContain('2001');
    expect(finding!.message.en).toContain('2000');
    expect(lintText(`${'中'.repeat(1999)}ab`, weibo)).toEqual([]);
  });

  it('counts code points, so the start is a UTF-16 offset past the emoji', () => {
    const text = `${'读😀'.repeat(32)}x`;
    expect(lintText(text, mpTitle)).toMatchObject([{ ruleId: 'length/over-limit', start: 96, end: 97 }]);
    expect(lintText('读😀'.repeat(32), mpTitle)).toEqual([]);
  });

  it('uses an overridden limit', () => {
    const short = platformTarget('weibo-post', undefined, new Map([['weibo-post', 3]]));
    expect(lintText('读书会见', short)).toMatchObject([{ ruleId: 'length/over-limit', start: 3 }]);
  });
});

describe('lintText: rules as data', () => {
  const rule = (patterns: string[], extra: Partial<LintRule> = {}): LintRule => ({
    id: 'user/custom',
    category: 'noise',
    severity: 'warning',
    patterns,
    message: { zh: '别用“{match}”', en: 'Avoid "{match}"' },
    ...extra,
  });

  it('runs user rules instead of the built-in ones when given', () => {
    const text = '最好的内卷';
    const findings = lintText(text, weibo, [rule(['内卷'], { fixes: { 内卷: '竞争' } })]);
    expect(findings).toEqual([
      {
        ruleId: 'user/custom',
        severity: 'warning',
        start: 3,
        end: 5,
        message: { zh: '别用“内卷”', en: 'Avoid "内卷"' },
        fix: { replacement: '竞争', label: { zh: '改为“竞争”', en: 'Replace with "竞争"' } },
      },
    ]);
  });

  it('skips a broken pattern without throwing and keeps the rule’s other patterns', () => {
    const broken = rule(['(', '[a-', '内卷', '\\p{NotAScript}']);
    expect(() => lintText('内卷', weibo, [broken])).not.toThrow();
    expect(rules(lintText('内卷', weibo, [broken]))).toEqual(['user/custom']);
    expect(lintText('内卷', weibo, [rule(['('])])).toEqual([]);
  });

  it('ignores patterns that match the empty string', () => {
    expect(lintText('abc', weibo, [rule(['x*'])])).toEqual([]);
  });

  it('offers only fixes the rule owns, even for a match named like an Object key', () => {
    const findings = lintText('constructor toString', weibo, [rule(['constructor', 'toString'], { fixes: {} })]);
    expect(findings).toHaveLength(2);
    for (const f of findings) expect(f.fix).toBeUndefined();
  });

  it('matches whole rules against the trimmed text and reports the original offsets', () => {
    const findings = lintText('  签到  ', chat, [rule(['签到'], { whole: true })]);
    expect(findings).toMatchObject([{ start: 2, end: 4 }]);
    expect(lintText('签到了三天', chat, [rule(['签到'], { whole: true })])).toEqual([]);
  });

  it('ships every built-in rule with an id, a category and both languages', () => {
    for (const r of BUILTIN_LINT_RULES) {
      expect(r.id).toMatch(new RegExp(`^${r.category}/`));
      expect(r.message.zh && r.message.en).toBeTruthy();
      for (const p of r.patterns) expect(() => new RegExp(p, 'gu')).not.toThrow();
    }
  });

  it('gives clean text no findings', () => {
    expect(lintText('周三晚八点，我们一起聊聊这个月读的书。带上你划线最多的一段。', chat).filter((f) => f.severity !== 'info')).toEqual([]);
    expect(lintText('', weibo)).toEqual([]);
  });
});
