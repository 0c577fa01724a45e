import { t } from '../../../../components/i18n/t';
import type { BodyMode } from './body-mode';
import type { SlashItem } from './slash-menu';

/** The slash menu's structural entries (headings, lists, quote, rule) and "blank…", which opens the `{{` menu. */
export function baseSlashItems(mode: BodyMode): SlashItem[] {
  const blank: SlashItem = {
    id: 'blank',
    icon: '{}',
    label: t('studioSlashBlank'),
    keywords: ['blank', 'placeholder', 'variable', '{{', 'kongbai', '空白', '变量'],
    run: (editor, range) => editor.chain().focus().deleteRange(range).insertContent('{{').run(),
  };
  if (mode === 'plain') return [blank];
  return [
    blank,
    { id: 'h1', icon: 'H1', label: t('studioSlashHeading', 1), keywords: ['heading', 'title', 'h1', '标题'], run: (e, r) => e.chain().focus().deleteRange(r).setNode('heading', { level: 1 }).run() },
    { id: 'h2', icon: 'H2', label: t('studioSlashHeading', 2), keywords: ['heading', 'h2', '标题'], run: (e, r) => e.chain().focus().deleteRange(r).setNode('heading', { level: 2 }).run() },
    { id: 'h3', icon: 'H3', label: t('studioSlashHeading', 3), keywords: ['heading', 'h3', '标题'], run: (e, r) => e.chain().focus().deleteRange(r).setNode('heading', { level: 3 }).run() },
    { id: 'bullet', icon: '•', label: t('studioSlashBullet'), keywords: ['list', 'bullet', 'ul', '列表'], run: (e, r) => e.chain().focus().deleteRange(r).toggleBulletList().run() },
    { id: 'ordered', icon: '1.', label: t('studioSlashOrdered'), keywords: ['list', 'ordered', 'number', 'ol', '编号'], run: (e, r) => e.chain().focus().deleteRange(r).toggleOrderedList().run() },
    { id: 'quote', icon: '❝', label: t('studioSlashQuote'), keywords: ['quote', 'blockquote', '引用'], run: (e, r) => e.chain().focus().deleteRange(r).toggleBlockquote().run() },
    { id: 'rule', icon: '—', label: t('studioSlashRule'), keywords: ['divider', 'rule', 'hr', '分隔线'], run: (e, r) => e.chain().focus().deleteRange(r).setHorizontalRule().run() },
  ];
}
