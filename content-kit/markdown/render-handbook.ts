import { formatStepOffset } from '../sequences/step-offset';
import { CANVAS_FIELDS, ITEM_KINDS, STAGES, type Kit, type KitItem, type KitLint, type KitSequence } from '../schema/kit-schema';

const LABELS = {
  zh: {
    canvas: '社群画布',
    interest: '同好',
    structure: '结构',
    output: '输出',
    operations: '运营',
    replication: '复制',
    topic: '话题',
    slogan: '口号',
    story: '故事模板',
    script: '话术',
    gather: '聚集',
    interact: '互动',
    operate: '运营',
    monetize: '变现',
    none: '未分阶段',
    calendar: '内容日历',
    tags: '标签',
    platforms: '平台',
    blanks: '待填项',
    required: '必填',
    version: '版本',
    updated: '更新于',
    authors: '作者',
    date: '日期',
    time: '时间',
    title: '标题',
    platform: '平台',
    status: '状态',
    allDay: '全天',
    sequences: 'SOP 序列',
    anchor: '锚点日',
    stage: '阶段',
    day: '天数',
    linkedItem: '关联内容',
    lint: '检查设置',
    allow: '放行的词',
    wordLists: '自定词表',
    severity: '级别',
    category: '类别',
    words: '词',
    error: '错误',
    warning: '警告',
    info: '提示',
    categories: { brand: '品牌', 'ad-law': '广告法', fraud: '防诈骗', noise: '刷屏', health: '健康功效', education: '教育承诺', platform: '平台规则' },
  },
  en: {
    canvas: 'Community canvas',
    interest: 'Shared interest',
    structure: 'Structure',
    output: 'Output',
    operations: 'Operations',
    replication: 'Replication',
    topic: 'Topics',
    slogan: 'Slogans',
    story: 'Story templates',
    script: 'Scripts',
    gather: 'Gather',
    interact: 'Interact',
    operate: 'Operate',
    monetize: 'Monetize',
    none: 'No stage',
    calendar: 'Content calendar',
    tags: 'Tags',
    platforms: 'Platforms',
    blanks: 'Blanks',
    required: 'required',
    version: 'Version',
    updated: 'updated',
    authors: 'Authors',
    date: 'Date',
    time: 'Time',
    title: 'Title',
    platform: 'Platform',
    status: 'Status',
    allDay: 'all day',
    sequences: 'Sequences',
    anchor: 'Anchor day',
    stage: 'Stage',
    day: 'Day',
    linkedItem: 'Linked item',
    lint: 'Lint settings',
    allow: 'Allowed phrases',
    wordLists: 'Word lists',
    severity: 'Severity',
    category: 'Category',
    words: 'Words',
    error: 'Error',
    warning: 'Warning',
    info: 'Info',
    categories: {
      brand: 'Brand',
      'ad-law': 'Advertising law',
      fraud: 'Fraud',
      noise: 'Noise',
      health: 'Health claims',
      education: 'Education claims',
      platform: 'Platform rules',
    },
  },
} as const;

type Labels = (typeof LABELS)['zh' | 'en'];

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
// A heading or a code span must stay on one line and keep its own delimiters.
const oneLine = (text: string) => text.replace(/\s*\r?\n\s*/g, ' ');
const codeSpan = (text: string) => {
  const fence = '`'.repeat(Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
  const pad = /^`|`$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
};
// Kit bodies keep their own Markdown, but their headings are pushed below the handbook's own.
const demote = (body: string) => body.replace(/^(\s{0,3})(#{1,6})(?=\s)/gm, (_, indent: string, marks: string) => `${indent}${'#'.repeat(Math.min(6, marks.length + 4))}`);

function renderItem(item: KitItem, t: Labels): string[] {
  const lines = [`#### ${oneLine(item.title)}`, ''];
  const facts = [
    item.tags?.length ? `${t.tags}: ${item.tags.join(', ')}` : '',
    item.platforms?.length ? `${t.platforms}: ${item.platforms.join(', ')}` : '',
  ].filter(Boolean);
  if (facts.length) lines.push(`*${facts.join(' · ')}*`, '');
  lines.push(item.kind === 'topic' ? codeSpan(`#${oneLine(item.body)}#`) : demote(item.body), '');
  if (item.variables?.length) {
    lines.push(`${t.blanks}:`, '');
    for (const v of item.variables)
      lines.push(`- \`{{${v.name}}}\`${v.label ? ` ${v.label}` : ''}${v.required ? ` (${t.required})` : ''}${v.hint ? ` — ${v.hint}` : ''}`);
    lines.push('');
  }
  return lines;
}

// Phrases are literal text: each is shown as code, on one line, whatever characters it holds.
const phrases = (list: readonly string[]) => list.map((p) => codeSpan(oneLine(p))).join(', ');

function renderSequence(sequence: KitSequence, titles: ReadonlyMap<string, string>, t: Labels): string[] {
  const facts = [`${t.anchor}: ${oneLine(sequence.anchor)}`];
  if (sequence.stage) facts.push(`${t.stage}: ${t[sequence.stage]}`);
  const lines = [`### ${oneLine(sequence.name)}`, '', `*${facts.join(' · ')}*`, ''];
  if (sequence.description) lines.push(demote(sequence.description), '');
  lines.push(`| ${t.day} | ${t.time} | ${t.title} | ${t.linkedItem} | ${t.platform} |`, '| --- | --- | --- | --- | --- |');
  for (const step of sequence.steps) {
    const linked = step.itemId === undefined ? '' : cell(titles.get(step.itemId) ?? step.itemId);
    lines.push(`| ${formatStepOffset(step.offset)} | ${step.time ?? t.allDay} | ${cell(step.title)} | ${linked} | ${step.platform ?? ''} |`);
  }
  return [...lines, ''];
}

function renderLint(lint: KitLint, locale: 'zh' | 'en', t: Labels): string[] {
  const lines = [`## ${t.lint}`, ''];
  if (lint.allow?.length) lines.push(`### ${t.allow}`, '', phrases(lint.allow), '');
  if (lint.words?.length) {
    lines.push(`### ${t.wordLists}`, '');
    for (const list of lint.words) {
      lines.push(`#### ${codeSpan(list.id)}`, '', `*${t.severity}: ${t[list.severity]} · ${t.category}: ${t.categories[list.category ?? 'brand']}*`, '');
      const message = list.message?.[locale] || list.message?.[locale === 'zh' ? 'en' : 'zh'];
      if (message) lines.push(`> ${oneLine(message)}`, '');
      lines.push(`${t.words}: ${phrases(list.words)}`, '');
    }
  }
  return lines.length > 2 ? lines : [];
}

/**
 * A kit as a readable Markdown handbook: canvas, items by kind and stage, the calendar as a table, each sequence as
 * a table of its steps (D-3, D0, D+7 …) and the kit's own lint settings.
 */
export function renderHandbook(kit: Kit, locale: 'zh' | 'en' = 'zh'): string {
  const t = LABELS[locale];
  const out = [`# ${oneLine(kit.name)}`, ''];
  const meta = [`${t.version} ${kit.version}`, `${t.updated} ${kit.updatedAt}`];
  if (kit.authors?.length) meta.push(`${t.authors}: ${kit.authors.map((a) => a.name).join(', ')}`);
  out.push(`*${meta.join(' · ')}*`, '');
  if (kit.description) out.push(demote(kit.description), '');
  const canvas = kit.canvas;
  if (canvas && CANVAS_FIELDS.some((f) => canvas[f])) {
    out.push(`## ${t.canvas}`, '');
    for (const field of CANVAS_FIELDS) if (canvas[field]) out.push(`### ${t[field]}`, '', demote(canvas[field]!), '');
  }
  for (const kind of ITEM_KINDS) {
    const ofKind = kit.items.filter((i) => i.kind === kind);
    if (!ofKind.length) continue;
    out.push(`## ${t[kind]} (${ofKind.length})`, '');
    for (const stage of [...STAGES, undefined]) {
      const group = ofKind.filter((i) => i.stage === stage);
      if (!group.length) continue;
      out.push(`### ${t[stage ?? 'none']}`, '');
      for (const item of group) out.push(...renderItem(item, t));
    }
  }
  if (kit.calendar?.length) {
    out.push(`## ${t.calendar}`, '', `| ${t.date} | ${t.time} | ${t.title} | ${t.platform} | ${t.status} |`, '| --- | --- | --- | --- | --- |');
    const sorted = [...kit.calendar].sort((a, b) => `${a.date}${a.time ?? ''}`.localeCompare(`${b.date}${b.time ?? ''}`));
    for (const e of sorted)
      out.push(`| ${e.date} | ${e.time ?? t.allDay} | ${cell(e.title)} | ${e.platform ?? ''} | ${e.status} |`);
    out.push('');
  }
  if (kit.sequences?.length) {
    const titles = new Map(kit.items.map((i) => [i.id, i.title]));
    out.push(`## ${t.sequences} (${kit.sequences.length})`, '');
    for (const sequence of kit.sequences) out.push(...renderSequence(sequence, titles, t));
  }
  if (kit.lint) out.push(...renderLint(kit.lint, locale, t));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
