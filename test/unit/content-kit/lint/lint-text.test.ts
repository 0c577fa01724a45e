import { describe, expect, it } from 'vitest';
import { BUILTIN_LINT_RULES, LINT_CATEGORIES, lintText, platformTarget, type LintFinding, type LintRule } from '../../../../content-kit';

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
    expect(f.ruleId.startsWith(`${f.category}/`)).toBe(true);
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
    ['我们是全网最低价的读书会', '全网最低价', 'ad-law/superlative'],
    ['这是最好的减脂课程', '最好', 'ad-law/superlative-weak'],
    ['史上最强训练营', '史上最强', 'ad-law/superlative'],
    ['宝妈们的首选早教课程', '首选', 'ad-law/superlative-weak'],
    ['全城唯一的亲子社群', '全城唯一', 'ad-law/superlative'],
    ['同城读书会行业第一', '行业第一', 'ad-law/first-and-top'],
    ['国家级讲师带你读书', '国家级', 'ad-law/first-and-top-weak'],
    ['顶级导师一对一', '顶级', 'ad-law/first-and-top-weak'],
    ['考证100%通过', '100%', 'ad-law/absolute'],
    ['全网NO.1的宠物社群', 'NO.1', 'ad-law/first-and-top'],
    ['全网no.1的宠物社群', 'no.1', 'ad-law/first-and-top'],
    ['Top1 的读书社群', 'Top1', 'ad-law/first-and-top'],
    ['效果绝对有保障', '绝对', 'ad-law/absolute'],
    ['独家配方，限量供应', '独家', 'ad-law/competition'],
    ['连续三年销量冠军', '销量冠军', 'ad-law/competition'],
  ])('%s → %s', (text, word, ruleId) => {
    const findings = lintText(text, weibo);
    expectWellFormed(text, findings);
    const found = findings.find((f) => f.ruleId === ruleId);
    expect(found).toBeDefined();
    expect(hit(text, found!)).toBe(word);
    expect(found).toMatchObject({ category: 'ad-law', severity: 'warning' });
    expect(found!.message.zh).toContain(word);
    expect(found!.message.en).toContain(word);
    expect(found!.law?.zh).toMatch(/《广告法》第(九|二十八)条/);
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
    '最好提前十分钟到场',
    '报名最晚周五',
    '最新一期书单',
    '最重要的是开心',
    '群规第一条：不发广告',
    '我的第一反应是拒绝',
    '他拿了第一名',
    '第一张合影',
    '唯一的门槛是每周读一本书',
    '我们绝对不会发广告',
    '本月全勤率100%',
    '万能的群友们，帮个忙',
    '第一，准时；第二，守规矩',
    '我们的课不是最好的，但很用心',
    '每个人都是独一无二的',
    '今年夏天是史上最热的一个夏天',
    '周末出行首选地铁',
  ])('does not warn on the everyday phrase %s, even in a post', (text) => {
    for (const target of [weibo, mpBody, chat])
      expect(lintText(text, target).filter((f) => f.severity !== 'info'), `${target.id}: ${text}`).toEqual([]);
  });

  it('is at most info in a group chat, unless the text has a price or purchase signal', () => {
    expect(lintText('史上最强训练营', chat)).toMatchObject([{ ruleId: 'ad-law/superlative', severity: 'info' }]);
    expect(lintText('史上最强训练营，报名费199元', chat)).toMatchObject([{ ruleId: 'ad-law/superlative', severity: 'warning' }]);
    expect(lintText('这款书包是最好的，下单立减20元', chat)).toMatchObject([{ ruleId: 'ad-law/superlative-weak', severity: 'warning' }]);
  });

  it('makes an everyday superlative a claim only when it praises what is on offer, or the text sells', () => {
    expect(lintText('这是我今年读过最好的一本书', weibo).map((f) => f.severity)).toEqual(['info']);
    expect(lintText('这是最好的一本书', chat)).toEqual([]);
    expect(lintText('我们拿了冠军', weibo).map((f) => f.severity)).toEqual(['info']);
    expect(lintText('冠军课程，名师授课', weibo).map((f) => f.severity)).toEqual(['warning']);
  });

  it('leaves a text that quotes a banned word in order to ban it alone', () => {
    expect(lintText('群规：禁止发“全网最低价”之类的广告', weibo)).toEqual([]);
  });

  it('offers a fix only where there is an honest plain word for it', () => {
    const text = '这是最好的课程，行业第一，百分之百有效';
    const findings = lintText(text, weibo);
    expect(findings.map((f) => [f.ruleId, hit(text, f), f.fix?.replacement])).toEqual([
      ['ad-law/superlative-weak', '最好', '很好'],
      ['ad-law/first-and-top', '行业第一', undefined],
      ['ad-law/absolute', '百分之百', undefined],
    ]);
    expect(findings[1]!.message.zh).toContain('出处');
  });

  it('reports one rule’s overlapping hits once, over their widest extent', () => {
    const text = '全网最低价';
    const findings = lintText(text, weibo).filter((f) => f.ruleId === 'ad-law/superlative');
    expect(findings).toHaveLength(1);
    expect(hit(text, findings[0]!)).toBe('全网最低价');
  });
});

describe('lintText: fraud is a combination', () => {
  it.each([
    ['今晚有免费股票咨询，加微信进群', '免费股票'],
    ['股票微信群招人，每天早盘讲解', '股票微信群'],
    ['跟着老师抓涨停，扫码进群领取今日牛股', '抓涨停'],
    ['资深老师每天带单，上个月收益翻倍', '带单'],
    ['年化30%的理财产品，私聊了解', '年化30%'],
    ['USDT合约带单，进群看实盘', 'USDT'],
    ['股票被套了？帮你解套', '股票'],
    ['原始股认购，保本保息', '原始股'],
    ['招聘日结打字员，一单20元', '日结'],
    ['抖音点赞返现，一单3元', '点赞返现'],
  ])('%s is an error', (text, word) => {
    const findings = lintText(text, chat);
    expectWellFormed(text, findings);
    const found = findings.find((f) => f.severity === 'error');
    expect(found, JSON.stringify(findings)).toMatchObject({ category: 'fraud' });
    const at = text.indexOf(word);
    expect(found!.start < at + word.length && at < found!.end).toBe(true);
    expect(found!.law?.zh).toContain('帮助信息网络犯罪活动');
  });

  it.each([
    ['老师今天又喊单了', '喊单'],
    ['原始股了解一下？', '原始股'],
    ['这个项目稳赚不赔', '稳赚'],
    ['年化30%，了解一下', '年化30%'],
    ['每天帮大家诊股', '诊股'],
    ['刷单的活儿谁接？', '刷单'],
  ])('%s alone is a warning', (text, word) => {
    const findings = lintText(text, chat).filter((f) => f.category === 'fraud');
    expect(findings.map((f) => [f.severity, hit(text, f)])).toEqual([['warning', word]]);
  });

  it.each([
    '活动费用只求保本，多退少补',
    '内部消息：活动改期到下周六',
    '新人福利：零风险试听两节课',
    '凡是在群里推荐股票、拉你进"投资群"的都是骗子',
    '反诈提醒：所谓“老师带单、稳赚不赔”都是骗局',
    '有人冒充群主加大家微信推荐股票，千万别信',
    '我们只聊书，不荐股',
    '我爸最近在学理财，天天问我基金定投是什么',
    '基金会的志愿者下周来做宣讲，欢迎进群了解',
    '加群领取书单',
    '扫码进群，一起打卡',
  ])('%s is no fraud at all', (text) => {
    for (const target of [weibo, chat]) expect(lintText(text, target).filter((f) => f.category === 'fraud')).toEqual([]);
  });

  it('needs the two halves in one sentence or a nearby clause', () => {
    expect(lintText('我们这期读《聪明的投资者》，聊股票估值。\n\n下周的活动在图书馆，想来的进群报名。', chat).filter((f) => f.severity === 'error')).toEqual([]);
    expect(lintText('牛股推荐。扫码进群。', chat).some((f) => f.severity === 'error')).toBe(true);
  });
});

describe('lintText: health, education and platform rules', () => {
  it.each([
    ['祖传秘方，药到病除', '药到病除', 'health'],
    ['坚持喝这款茶，彻底根治失眠', '彻底根治', 'health'],
    ['21天瘦10斤，不节食不运动', '21天瘦10斤', 'health'],
    ['三天治好鼻炎的小偏方', '三天治好', 'health'],
    ['考研协议保过，不过全额退款', '保过', 'education'],
    ['教资笔试包过班', '包过', 'education'],
    ['中考冲刺班，提分保证', '提分保证', 'education'],
  ])('%s → %s', (text, word, category) => {
    const found = lintText(text, chat).filter((f) => f.category === category);
    expect(found.every((f) => f.severity === 'warning')).toBe(true);
    expect(found.map((f) => hit(text, f)).join(' ')).toContain(word);
  });

  it.each(['我三个月瘦了10斤', '被这只猫治愈了', '医生说这个病没法根治', '这个包过期了吗', '确保过程顺利', '谁也不能保证包过'])('%s is fine', (text) => {
    expect(lintText(text, chat).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('warns on off-site referral on Weibo and Douban only', () => {
    for (const text of ['想要资料的加V', '详情加vx了解', '私信领取书单', '评论区领取礼包', '加我微信详聊']) {
      for (const target of [weibo, platformTarget('douban-broadcast'), platformTarget('douban-group-topic')])
        expect(lintText(text, target), `${target.id}: ${text}`).toMatchObject([{ category: 'platform', severity: 'warning' }]);
      expect(lintText(text, chat).filter((f) => f.category === 'platform')).toEqual([]);
      expect(lintText(text, mpBody).filter((f) => f.category === 'platform')).toEqual([]);
    }
    expect(lintText('devx 和 vxe 是两个库', weibo)).toEqual([]);
  });
});

describe('lintText: group noise', () => {
  it.each([
    ['打卡', 'noise/empty-check-in'],
    ['  打卡！ ', 'noise/empty-check-in'],
    ['+1', 'noise/empty-check-in'],
    ['收到', 'noise/empty-check-in'],
    ['今日已打卡✅', 'noise/empty-check-in'],
    ['Day3打卡', 'noise/empty-check-in'],
    ['早安', 'noise/greeting-spam'],
    ['早安☀️', 'noise/greeting-spam'],
    ['各位早上好', 'noise/greeting-spam'],
    ['早上好！！[玫瑰]', 'noise/greeting-spam'],
    ['晚安～', 'noise/greeting-spam'],
    ['❤️❤️❤️❤️❤️', 'noise/emoji-only'],
    ['👍🏻👍🏻👍🏻👍🏻👍🏻', 'noise/emoji-only'],
    ['[强][强][强][强][强]', 'noise/emoji-only'],
  ])('a bare %j in a group chat', (text, ruleId) => {
    const findings = lintText(text, chat);
    expectWellFormed(text, findings);
    expect(rules(findings)).toEqual([ruleId]);
    expect(hit(text, findings[0]!)).toBe(text.trim());
    expect(findings[0]).toMatchObject({ category: 'noise', severity: 'warning' });
  });

  it('leaves check-ins and greetings that say something alone', () => {
    for (const text of ['今天打卡读了30页，最喜欢第三章', '早上好，今天聊聊大家最近在读的书', '打卡第12天：跑了5公里', '收到，周六见', '+1，算我一个'])
      expect(lintText(text, chat)).toEqual([]);
  });

  it('applies group-chat-only rules only in group chats', () => {
    expect(rules(lintText('打卡', weibo))).toEqual([]);
    expect(rules(lintText('@所有人 明晚八点开讲', weibo))).toEqual([]);
    expect(rules(lintText('@所有人 明晚八点开讲', chat))).toEqual(['noise/at-all']);
  });

  it('counts an emoji with its variation selector, skin tone or ZWJ as one symbol', () => {
    expect(rules(lintText('今天的活动太棒了❤️❤️❤️❤️❤️', chat))).toEqual(['noise/sticker-flood']);
    expect(rules(lintText('好的👍🏻👍🏻👍🏻👍🏻👍🏻', weibo))).toEqual(['noise/sticker-flood']);
    expect(rules(lintText('👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻 加班中', weibo))).toEqual(['noise/sticker-flood']);
    expect(lintText('❤️👍🏻 好', chat)).toEqual([]);
  });

  it('flags red-packet floods anywhere and sticker floods as info', () => {
    expect(rules(lintText('🧧🧧🧧 发红包啦', weibo))).toEqual(['noise/red-packet-flood']);
    expect(rules(lintText('今晚红包雨，准时来', chat))).toEqual(['noise/red-packet-flood']);
    expect(lintText('哈哈哈哈哈哈哈哈哈哈', chat)).toMatchObject([{ ruleId: 'noise/sticker-flood', severity: 'info' }]);
    expect(rules(lintText('哈哈哈，好的', chat))).toEqual([]);
    expect(lintText('🧧🧧 两个不算', chat)).toEqual([]);
    expect(lintText('群规：不准发红包接龙', chat)).toEqual([]);
  });
});

describe('lintText: hashtags per target form', () => {
  it('does not take C# or a number sign for a hashtag', () => {
    for (const text of ['C# 学习小组', '周日的 C#/F# 分享会', '地点：3#楼二层']) expect(lintText(text, weibo)).toEqual([]);
  });

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
        category: 'noise',
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
      expect(LINT_CATEGORIES).toContain(r.category);
      expect(r.message.zh && r.message.en).toBeTruthy();
      for (const p of [...r.patterns, ...(r.partners ?? []), ...(r.context ?? []), ...(r.unless ?? []), ...(r.unlessBefore ?? [])])
        expect(() => new RegExp(p, 'giu')).not.toThrow();
      if (r.category !== 'noise') expect(r.law?.zh, r.id).toBeTruthy();
    }
  });

  it('runs a combination rule of the user’s own', () => {
    const combo = rule(['苹果'], { partners: ['香蕉'], alone: 'info', severity: 'error' });
    expect(lintText('苹果和香蕉', weibo, [combo])).toMatchObject([{ severity: 'error', start: 0, end: 5 }]);
    expect(lintText('只有苹果', weibo, [combo])).toMatchObject([{ severity: 'info' }]);
  });

  it('gives clean text no findings', () => {
    expect(lintText('周三晚八点，我们一起聊聊这个月读的书。带上你划线最多的一段。', chat).filter((f) => f.severity !== 'info')).toEqual([]);
    expect(lintText('', weibo)).toEqual([]);
  });
});
