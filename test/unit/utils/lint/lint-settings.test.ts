import { describe, expect, it } from 'vitest';
import { lintText, platformTarget, type Kit } from '../../../../content-kit';
import { addAllowed, ignoreKey, lintSettingsFor } from '../../../../utils/lint/lint-settings';

const chat = platformTarget('wechat-chat');

const teamKit: Pick<Kit, 'lint'> = {
  lint: {
    allow: ['第一书房'],
    words: [{ id: 'rivals', words: ['隔壁书社'], severity: 'warning', message: { zh: '别提“{match}”', en: 'Do not name "{match}"' } }],
  },
};
const otherKit: Pick<Kit, 'lint'> = { lint: { allow: ['第一书房', '头号玩家'], words: [{ id: 'slang', words: ['yyds'], severity: 'info', category: 'noise' }] } };

describe('lint settings for the enabled kits', () => {
  it('puts the user’s allow-list first, then each kit’s allowed phrases, each once', () => {
    expect(lintSettingsFor([teamKit, otherKit], ['只求保本']).allow).toEqual(['只求保本', '第一书房', '头号玩家']);
  });

  it('carries every kit’s word lists in kit order, as lintText takes them', () => {
    const settings = lintSettingsFor([teamKit, otherKit], []);
    expect(settings.wordLists.map((l) => l.id)).toEqual(['rivals', 'slang']);
    const findings = lintText('这周去隔壁书社看看，yyds', chat, undefined, settings);
    expect(findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['words/rivals', 'words/slang']));
    expect(findings.find((f) => f.ruleId === 'words/rivals')?.message.zh).toBe('别提“隔壁书社”');
  });

  it('a kit left out (disabled) contributes nothing', () => {
    const settings = lintSettingsFor([otherKit], ['只求保本']);
    expect(settings.allow).toEqual(['只求保本', '第一书房', '头号玩家']);
    expect(settings.wordLists.map((l) => l.id)).toEqual(['slang']);
    expect(lintText('这周去隔壁书社看看', chat, undefined, settings).some((f) => f.ruleId === 'words/rivals')).toBe(false);
  });

  it('kits without lint settings give empty settings, and untrusted shapes are left out', () => {
    expect(lintSettingsFor([{}, {}], [])).toEqual({ allow: [], wordLists: [] });
    const hostile = { lint: { allow: [42, '', '好词'], words: [null, { id: 7, words: ['x'] }, { id: 'ok', words: ['坏词', 3, ''], severity: 'error' }] } } as unknown as Pick<Kit, 'lint'>;
    expect(lintSettingsFor([hostile])).toEqual({ allow: ['好词'], wordLists: [{ id: 'ok', words: ['坏词'], severity: 'error' }] });
  });

  it('an allowed phrase stops the finding it overlaps', () => {
    const text = '读书会年卡，全网最低价，报名费99元';
    const post = platformTarget('weibo-post');
    const at = text.indexOf('最低价');
    const overlaps = (f: { start: number; end: number }) => f.start < at + 3 && at < f.end;
    expect(lintText(text, post).some(overlaps)).toBe(true);
    expect(lintText(text, post, undefined, lintSettingsFor([teamKit], ['全网最低价'])).some(overlaps)).toBe(false);
  });
});

describe('the user’s allow-list', () => {
  it('adds trimmed phrases once, keeping the order, and refuses empty or overlong ones', () => {
    expect(addAllowed(['第一书房'], [' 只求保本 ', '第一书房', '', '字'.repeat(101)])).toEqual(['第一书房', '只求保本']);
  });
});

describe('ignore keys', () => {
  it('name a finding by its rule and its words, so it stays ignored while the text around it changes', () => {
    const finding = { ruleId: 'ad-law/superlative', category: 'ad-law' as const, start: 2, end: 4 };
    expect(ignoreKey('全网最低价', finding)).toBe(ignoreKey('今天全网最低价', { ...finding, start: 4, end: 6 }));
    expect(ignoreKey('全网最低价', finding)).not.toBe(ignoreKey('全网最高价', finding));
  });

  it('name a length finding by its rule alone', () => {
    expect(ignoreKey('很长的文字', { ruleId: 'length/over-limit', category: 'length', start: 3, end: 5 })).toBe('length/over-limit');
  });
});
