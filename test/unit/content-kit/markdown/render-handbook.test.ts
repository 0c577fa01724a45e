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

  describe('format version 2', () => {
    const v2: Kit = {
      ...kit,
      formatVersion: 2,
      sequences: [
        {
          id: 'event',
          name: '线下读书会前后',
          anchor: '活动日',
          stage: 'interact',
          description: '# 说明\n\n从预告到复盘',
          steps: [
            { id: 'teaser', offset: -3, time: '20:00', title: '活动预告', itemId: 't-21days', platform: 'weibo' },
            { id: 'day', offset: 0, title: '活动|当天', platform: 'offline' },
            { id: 'recap', offset: 7, time: '21:00', title: '复盘' },
          ],
        },
      ],
      lint: {
        allow: ['第一书房', 'a`b'],
        words: [
          { id: 'team', words: ['秒杀', '(a+)+$'], severity: 'warning', message: { zh: '团队约定不用「{match}」', en: 'Team rule: avoid "{match}"' } },
          { id: 'fraud-x', words: ['带单'], severity: 'error', category: 'fraud' },
        ],
      },
    };
    const title = kit.items.find((i) => i.id === 't-21days')!.title;

    it('renders each sequence as a table of steps with D-3/D0/D+7 offsets and the linked item’s title', () => {
      const out = renderHandbook(v2);
      expect(out).toContain('## SOP 序列 (1)\n\n### 线下读书会前后\n\n*锚点日: 活动日 · 阶段: 互动*');
      expect(out).toContain('##### 说明');
      expect(out).toContain('| 天数 | 时间 | 标题 | 关联内容 | 平台 |');
      expect(out).toContain(`| D-3 | 20:00 | 活动预告 | ${title} | weibo |`);
      expect(out).toContain('| D0 | 全天 | 活动\\|当天 |  | offline |');
      expect(out).toContain('| D+7 | 21:00 | 复盘 |  |  |');
      expect(out.indexOf('## 内容日历')).toBeLessThan(out.indexOf('## SOP 序列'));
      expect(out).not.toMatch(/\n{3,}/);
    });

    it('renders the kit’s lint settings: allowed phrases and word lists as literal text', () => {
      const out = renderHandbook(v2);
      expect(out).toContain('## 检查设置\n\n### 放行的词\n\n`第一书房`, ``a`b``');
      expect(out).toContain('#### `team`\n\n*级别: 警告 · 类别: 品牌*\n\n> 团队约定不用「{match}」\n\n词: `秒杀`, `(a+)+$`');
      expect(out).toContain('#### `fraud-x`\n\n*级别: 错误 · 类别: 防诈骗*\n\n词: `带单`');
    });

    it('speaks English when asked, falling back to the other language’s message', () => {
      const out = renderHandbook({ ...v2, lint: { words: [{ id: 'w', words: ['x'], severity: 'info', message: { zh: '只有中文' } }] } }, 'en');
      expect(out).toContain('## Sequences (1)');
      expect(out).toContain('*Anchor day: 活动日 · Stage: Interact*');
      expect(out).toContain('| Day | Time | Title | Linked item | Platform |');
      expect(out).toContain('## Lint settings\n\n### Word lists\n\n#### `w`\n\n*Severity: Info · Category: Brand*\n\n> 只有中文');
      expect(out).not.toContain('Allowed phrases');
    });

    it('leaves out an empty lint and a kit without sequences', () => {
      const out = renderHandbook({ ...kit, lint: {} });
      expect(out).not.toContain('## 检查设置');
      expect(out).not.toContain('## SOP 序列');
    });
  });
});
