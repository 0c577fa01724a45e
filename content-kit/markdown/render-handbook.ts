import { CANVAS_FIELDS, ITEM_KINDS, STAGES, type Kit, type KitItem } from '../schema/kit-schema';

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
  },
} as const;

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

function renderItem(item: KitItem, t: (typeof LABELS)['zh' | 'en']): string[] {
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

/** A kit as a readable Markdown handbook: canvas, items by kind and stage, and the calendar as a table. */
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
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
