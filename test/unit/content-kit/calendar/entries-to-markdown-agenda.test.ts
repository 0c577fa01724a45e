import { describe, expect, it } from 'vitest';
import { entriesToMarkdownAgenda } from '../../../../content-kit';
import { hostile, makeKit } from './kit-fixtures';

describe('entriesToMarkdownAgenda', () => {
  it('groups by date under headings with the weekday, all-day first', () => {
    const md = entriesToMarkdownAgenda(makeKit(hostile));
    expect(md.startsWith('# 读书会运营包 · 内容日历\n')).toBe(true);
    expect(md).toContain('## 2026-12-01 星期二\n\n- 20:00 · **共读开营** · 微信 · 已排期 · 聚集\n');
    expect(md).toContain('## 2028-02-28 星期一\n\n- 全天 · **闰年全天** · 线下活动 · 草稿');
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## 2026-01-31 星期六', '## 2026-12-01 星期二', '## 2026-12-31 星期四', '## 2027-03-14 星期日', '## 2028-02-28 星期一']);
    expect(md.endsWith('\n')).toBe(true);
  });

  it('keeps kit text from turning into links or HTML', () => {
    const md = entriesToMarkdownAgenda(makeKit([{ id: 'x', date: '2026-01-05', title: '[点我](javascript:alert(1)) <img src=x>', status: 'idea' }]));
    expect(md).toContain('\\[点我\\](javascript:alert(1)) \\<img src=x\\>');
    expect(md).not.toMatch(/[^\\]\]\(/);
  });

  it('speaks English for an English kit and says when there is nothing', () => {
    expect(entriesToMarkdownAgenda(makeKit(hostile, { locale: 'en' }))).toContain('## 2026-12-01 Tuesday');
    expect(entriesToMarkdownAgenda(makeKit([]))).toContain('*没有日程。*');
  });
});
