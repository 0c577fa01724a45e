import { describe, expect, it } from 'vitest';
import { BUILTIN_LINT_RULES, platformTarget } from '../../../../content-kit';
import { createDraftLint } from '../../../../entrypoints/sidebar.content/create-draft-lint';
import { lintSettingsFor } from '../../../../utils/lint/lint-settings';

const chat = platformTarget('wechat-chat');
const PITCH = '今晚有免费股票咨询，加微信进群';

describe('the draft’s lint in the sidebar', () => {
  it('finds the pitch, and the same draft gives the same rows without linting again', () => {
    const lint = createDraftLint(() => 'zh');
    lint.setSettings(undefined, BUILTIN_LINT_RULES);
    const rows = lint.rows(PITCH, chat);
    expect(rows[0]?.severity).toBe('error');
    expect(lint.rows(PITCH, chat)).toBe(rows);
  });

  it('ignores once until the draft is emptied (the message was sent)', () => {
    const lint = createDraftLint(() => 'zh');
    lint.setSettings(undefined, BUILTIN_LINT_RULES);
    lint.ignore(lint.rows(PITCH, chat)[0]!.ignoreKeys);
    expect(lint.rows(`${PITCH}！`, chat).some((r) => r.severity === 'error')).toBe(false);
    expect(lint.rows('', chat)).toEqual([]);
    expect(lint.rows(PITCH, chat)[0]?.severity).toBe('error');
  });

  it('follows the snapshot’s lint settings: the user’s allow-list and the enabled kits’ words', () => {
    const lint = createDraftLint(() => 'zh');
    lint.setSettings(undefined, BUILTIN_LINT_RULES);
    lint.setSettings(lintSettingsFor([{ lint: { words: [{ id: 'team', words: ['隔壁书社'], severity: 'warning' }] } }], []), BUILTIN_LINT_RULES);
    expect(lint.rows('周末去隔壁书社', chat).map((r) => r.ruleId)).toEqual(['words/team']);
    lint.setSettings(lintSettingsFor([], ['免费股票咨询，加微信进群']), BUILTIN_LINT_RULES);
    expect(lint.rows('周末去隔壁书社', chat)).toEqual([]);
    expect(lint.rows(PITCH, chat).some((r) => r.ruleId === 'fraud/investment-lure')).toBe(false);
  });
});
