import { describe, expect, it } from 'vitest';
import { lintText, platformTarget, summarizeFindings } from '../../../../content-kit';

describe('summarizeFindings', () => {
  it('groups one rule’s findings with a count and the distinct words, most severe first', () => {
    const text = '全网最低价！史上最强，全网最低价。今晚免费股票咨询，加微信进群';
    const findings = lintText(text, platformTarget('weibo-post'));
    const summary = summarizeFindings(text, findings);
    expect(summary.map((s) => [s.ruleId, s.severity, s.count, s.quotes])).toEqual([
      ['fraud/investment-lure', 'error', 1, ['免费股票咨询，加微信进群']],
      ['ad-law/superlative', 'warning', 3, ['全网最低价', '史上最强']],
      ['platform/off-site-referral', 'warning', 1, ['加微信']],
    ]);
    expect(summary[1]!.findings.map((f) => f.start)).toEqual([0, 6, 11]);
    expect(summary[1]!.law?.zh).toContain('第九条');
  });

  it('is empty for no findings', () => {
    expect(summarizeFindings('', [])).toEqual([]);
  });
});
