import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinKit, parseKit, renderHandbook, type Kit } from '../../../../content-kit';

const result = parseKit(readFileSync(new URL('../../../fixtures/kits/reading-club.kit.json', import.meta.url)));
if (!result.ok) throw new Error(result.errors.join('\n'));
const kit = result.kit;

describe('renderHandbook', () => {
  const md = renderHandbook(kit);

  it('opens with the kit’s name and version and ends with one newline', () => {
    expect(md.startsWith('# 读书会运营包\n')).toBe(true);
    expect(md).toContain('版本 1.0.0');
    expect(md).toContain('林小满');
    expect(md.endsWith('\n')).toBe(true);
    expect(md.endsWith('\n\n')).toBe(false);
    expect(md).not.toMatch(/\n{3,}/);
  });

  it('contains the canvas', () => {
    expect(md).toContain('## 社群画布');
    expect(md).toContain('### 同好\n\n每周读完一本书');
    expect(md).toContain('### 运营\n\n每月一次线下读书会');
    expect(md).not.toContain('### 结构');
  });

  it('contains every item, grouped by kind and stage, topics as hashtags', () => {
    for (const item of kit.items) expect(md).toContain(`#### ${item.title}`);
    expect(md).toContain('## 话题 (2)');
    expect(md).toContain('## 口号 (1)');
    expect(md).toContain('## 故事模板 (1)');
    expect(md).toContain('## 话术 (1)');
    expect(md).toContain('`#21天共读计划#`');
    expect(md.indexOf('## 话题')).toBeLessThan(md.indexOf('## 口号'));
    expect(md.indexOf('### 聚集')).toBeLessThan(md.indexOf('### 运营', md.indexOf('## 话题')));
  });

  it('lists each item’s blanks', () => {
    expect(md).toContain('- `{{年份}}` (必填)');
    expect(md).toContain('- `{{创始人}}` — 写真名或昵称');
    expect(md).toContain('- `{{社群名}}` 社群名称');
  });

  it('contains the calendar as a table in date order', () => {
    expect(md).toContain('## 内容日历');
    expect(md).toContain('| 2026-12-01 | 20:00 | 共读开营 | wechat | scheduled |');
    expect(md).toContain('| 2026-12-19 | 全天 | 线下读书会 | offline | idea |');
  });

  it('keeps table cells on one line and escapes pipes', () => {
    const k: Kit = { ...kit, calendar: [{ id: 'c', date: '2026-01-01', title: 'a|b\nc', status: 'idea' }] };
    expect(renderHandbook(k)).toContain('| 2026-01-01 | 全天 | a\\|b c |  | idea |');
  });

  it('pushes item headings below its own', () => {
    const k: Kit = { ...kit, items: [{ id: 'a', kind: 'script', title: '标题', body: '# 内部标题\n\n正文' }] };
    expect(renderHandbook(k)).toContain('##### 内部标题');
  });

  it('renders in English', () => {
    const en = renderHandbook(kit, 'en');
    expect(en).toContain('## Community canvas');
    expect(en).toContain('## Topics (2)');
    expect(en).toContain('## Content calendar');
    expect(en).toContain('all day');
  });

  it('renders the built-in kit whole', () => {
    const builtin = builtinKit();
    const out = renderHandbook(builtin);
    for (const item of builtin.items) expect(out).toContain(`#### ${item.title}`);
    for (const e of builtin.calendar ?? []) expect(out).toContain(e.title);
    expect(out).toContain('## 社群画布');
  });

  it('renders a kit with no canvas, items or calendar', () => {
    const bare: Kit = { format: 'community-kit', formatVersion: 1, id: 'b', name: '空', version: '0.1.0', updatedAt: '2026-01-01T00:00:00Z', items: [] };
    expect(renderHandbook(bare)).toBe('# 空\n\n*版本 0.1.0 · 更新于 2026-01-01T00:00:00Z*\n');
  });
});
