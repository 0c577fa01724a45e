import type { Editor } from '@tiptap/core';
import { html, nothing } from 'lit';
import { t } from '../../../../../components/i18n/t';
import type { BodyMode } from '../../editor/body-mode';

/** What the toolbar shows besides the editor's own state, and what its non-editing buttons do. */
export interface ToolbarOptions {
  count: number;
  limit: number;
  preview: boolean;
  startBlank(): void;
  togglePreview(): void;
}

// A one-character glyph (or a label the name contains) keeps the visible text within the button's accessible name.
function tool(label: string, title: string, run: () => unknown, pressed?: boolean, disabled = false) {
  return html`<button type="button" title=${title} aria-label=${title} aria-pressed=${pressed === undefined ? nothing : pressed ? 'true' : 'false'} ?disabled=${disabled} @mousedown=${(e: Event) => e.preventDefault()} @click=${run}>${label}</button>`;
}

/** The body's toolbar: Markdown formatting (Markdown bodies only), a blank, undo and redo, the count and the preview. */
export function renderItemToolbar(editor: Editor | null, mode: BodyMode, options: ToolbarOptions) {
  const chain = () => editor?.chain().focus();
  return html`<div class="toolbar" role="toolbar" aria-label=${t('studioFormatting')}>
    ${mode === 'markdown'
      ? html`${tool('B', t('studioBold'), () => chain()?.toggleBold().run(), editor?.isActive('bold'))}
        ${tool('I', t('studioItalic'), () => chain()?.toggleItalic().run(), editor?.isActive('italic'))}
        ${tool('H', t('studioHeading'), () => chain()?.toggleHeading({ level: 2 }).run(), editor?.isActive('heading'))}
        ${tool('•', t('studioSlashBullet'), () => chain()?.toggleBulletList().run(), editor?.isActive('bulletList'))}
        ${tool('⒈', t('studioSlashOrdered'), () => chain()?.toggleOrderedList().run(), editor?.isActive('orderedList'))}
        ${tool('❝', t('studioSlashQuote'), () => chain()?.toggleBlockquote().run(), editor?.isActive('blockquote'))}
        <span class="sep"></span>`
      : nothing}
    ${tool('{{ }}', t('studioSlashBlank'), () => options.startBlank())}
    <span class="sep"></span>
    ${tool('↶', t('studioUndo'), () => chain()?.undo().run(), undefined, !editor?.can().undo())}
    ${tool('↷', t('studioRedo'), () => chain()?.redo().run(), undefined, !editor?.can().redo())}
    <span class="spacer"></span>
    <span class="count ${options.count > options.limit ? 'over' : ''}" data-ck="count">${t('studioCount', options.count, options.limit)}</span>
    <span class="sep"></span>
    ${tool(t('studioPreview'), t('studioTogglePreview'), () => options.togglePreview(), options.preview)}
  </div>`;
}
