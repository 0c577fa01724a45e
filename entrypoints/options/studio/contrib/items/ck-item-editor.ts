import type { Editor } from '@tiptap/core';
import { html, LitElement, nothing } from 'lit';
import { platformTarget, type ItemKind, type KitItem, type Platform, type PlatformTarget, type Variable, itemKey } from '../../../../../content-kit';
import type { ItemSession, SessionState } from './create-item-session';
import { blankNames } from '../../editor/blank-node';
import { bodyContent } from '../../editor/body-content';
import { bodyModeOf } from '../../editor/body-mode';
import { createBodyEditor } from '../../editor/create-body-editor';
import { defaultTargetId } from '../../editor/default-target-id';
import { lintStateOf, type LintState } from '../../editor/lint-decorations';
import { readBody } from '../../editor/read-body';
import { targetsFor } from '../../editor/targets-for';
import type { Disposable } from '../../shell/emitter';
import type { StudioContext } from '../../shell/studio-context';
import './ck-markdown-preview';
import './ck-variables-panel';
import { t } from '../../../../../components/i18n/t';
import { uiLocale } from '../../../../../components/i18n/ui-locale';
import { itemEditorStyles } from './item-editor-styles';
import { renderItemBanner } from './item-banner';
import { renderItemFields, type FieldHandlers } from './item-fields';
import { itemSlashItems } from './item-slash-items';
import { renderItemToolbar } from './item-toolbar';
import { itemLintOptions } from './item-lint-options';
import { syncItemLint } from './item-lint-sync';
import { renderItemPreview } from './item-preview';
import { restoreCaretAndScroll, type ItemViewState } from './item-view-state';

/**
 * The editor of one kit item: title, kind, stage, platforms, target and tags above a Tiptap body (Markdown, blank
 * chips, slash menu, lint underlines), a variables table and a preview of the filled template. All edits go to
 * the item's session, which saves them.
 */
export class CkItemEditor extends LitElement {
  static override styles = itemEditorStyles;

  static override properties = {
    studio: { attribute: false },
    session: { attribute: false },
    item: { state: true },
    sessionState: { state: true },
    preview: { state: true },
    targetId: { state: true },
    lint: { state: true },
    blanks: { state: true },
    samples: { state: true },
    previewBody: { state: true },
    notice: { state: true },
  };

  declare studio: StudioContext | null;
  declare session: ItemSession | null;
  declare item: KitItem | null;
  declare sessionState: SessionState;
  declare preview: boolean;
  declare targetId: string;
  declare lint: LintState | null;
  declare blanks: string[];
  declare samples: ReadonlyMap<string, string>;
  declare previewBody: string;
  declare notice: string | null;
  /** The Tiptap editor of the body, once mounted. */
  editor: Editor | null = null;
  private initialView: ItemViewState = {};
  private subscriptions: Disposable[] = [];
  private previewTimer: ReturnType<typeof setTimeout> | undefined;
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.studio = null;
    this.session = null;
    this.item = null;
    this.sessionState = { status: 'saved' };
    this.preview = false;
    this.targetId = '';
    this.lint = null;
    this.blanks = [];
    this.samples = new Map();
    this.previewBody = '';
    this.notice = null;
  }

  /** The platform target the body is counted and linted for. */
  get target(): PlatformTarget {
    const limits = new Map(Object.entries(this.studio?.data.settings().limits ?? {}));
    return platformTarget(this.targetId || defaultTargetId(this.item?.kind ?? 'script', this.item?.platforms), undefined, limits);
  }

  /** Sets the view state to restore once the body is mounted. */
  restoreViewState(state: unknown): void {
    if (typeof state !== 'object' || state === null) return;
    this.initialView = state as ItemViewState;
    this.preview = this.initialView.preview === true;
    if (typeof this.initialView.targetId === 'string') this.targetId = this.initialView.targetId;
  }

  viewState(): ItemViewState {
    const selection = this.editor?.state.selection;
    return {
      anchor: selection?.anchor ?? this.initialView.anchor,
      head: selection?.head ?? this.initialView.head,
      preview: this.preview,
      targetId: this.targetId || undefined,
      scroll: this.renderRoot.querySelector('.scroll')?.scrollTop ?? this.initialView.scroll,
    };
  }

  focusBody(): void {
    // The view's own focus is synchronous; Tiptap's focus command focuses again a frame later, which could take
    // focus back from a palette opened in between.
    if (this.editor && !this.editor.isDestroyed) this.editor.view.focus();
  }

  focusTitle(): void {
    this.renderRoot.querySelector<HTMLInputElement>('[data-ck="item-title"]')?.focus();
  }

  togglePreview(): void {
    this.preview = !this.preview;
    this.schedulePreview(0);
  }

  /** Opens the `{{` menu at the caret. */
  startBlank(): void {
    this.editor?.chain().focus().insertContent('{{').run();
  }

  /** Selects a document range and scrolls it into view (a problem clicked in the panel). */
  selectRange(from: number, to: number): void {
    this.editor?.chain().focus().setTextSelection({ from, to }).scrollIntoView().run();
  }

  /** "Ignore once": the finding's words under its rule stop being flagged until this editor closes. */
  ignoreFinding(finding: LintState['findings'][number]): void {
    this.editor?.commands.ignoreLintOnce(finding.key);
  }

  /** Replaces a finding's range with its fix. */
  applyFix(finding: LintState['findings'][number]): void {
    if (!finding.fix || !this.editor) return;
    this.editor.chain().focus().insertContentAt({ from: finding.from, to: finding.to }, finding.fix.replacement).run();
  }

  /** Sets the title as if typed (used by the rename command while the editor is open). */
  setTitle(title: string): void {
    this.onField({ title });
  }

  /** Tears the body editor down; the element is not used again. */
  dispose(): void {
    for (const dispose of this.subscriptions.splice(0)) dispose();
    clearTimeout(this.previewTimer);
    clearTimeout(this.noticeTimer);
    this.session?.attach(null);
    this.editor?.destroy();
    this.editor = null;
  }

  override willUpdate(changed: Map<string, unknown>) {
    if (changed.has('session') && this.session) {
      this.item = this.session.current();
      this.sessionState = this.session.state();
      for (const dispose of this.subscriptions.splice(0)) dispose();
      this.subscriptions.push(this.session.onDidChangeState((state) => (this.sessionState = state)));
    }
  }

  override firstUpdated() {
    const session = this.session;
    const host = this.renderRoot.querySelector<HTMLElement>('.tiptap-host');
    if (!session || !host || !this.item) return;
    const mode = () => bodyModeOf(this.item?.kind ?? 'script');
    this.editor = createBodyEditor({
      element: host,
      body: this.item.body,
      mode: mode(),
      target: this.target,
      lintOptions: this.studio ? itemLintOptions(this.studio.data, session.kitId) : undefined,
      locale: uiLocale(),
      placeholder: t(mode() === 'plain' ? 'studioBodyPlaceholderTopic' : 'studioBodyPlaceholder'),
      label: t('studioFieldBody'),
      slashItems: () => (this.item ? itemSlashItems(this.item, this.blanks, this.studio?.data.kit(session.kitId)) : []),
      blankNames: (editor) => [...(this.item?.variables ?? []).map((v) => ({ name: v.name, label: v.label })), ...blankNames(editor).map((name) => ({ name }))],
      newBlankLabel: (name) => t('studioNewBlank', name),
      blankHint: () => t('studioBlankHint'),
      onUpdate: (editor) => {
        this.afterChange(editor);
        session.touch();
        this.studio?.workbench.pinTab(`item:${itemKey(session.kitId, session.itemId)}`);
      },
      onSelectionUpdate: () => this.requestUpdate(),
    });
    const emitLint = (lint: LintState | null) => this.dispatchEvent(new CustomEvent('ck-item-lint', { detail: { lint }, bubbles: true, composed: true }));
    this.subscriptions.push(...syncItemLint(this.editor, this.studio, session.kitId, { current: () => this.lint, changed: (lint) => emitLint((this.lint = lint)) }));
    session.attach({
      readBody: () => (this.editor ? readBody(this.editor, bodyModeOf(this.item?.kind ?? 'script')) : (this.item?.body ?? '')),
      show: (item, bodyChanged) => this.showStored(item, bodyChanged),
    });
    this.lint = lintStateOf(this.editor.state) ?? null;
    this.blanks = blankNames(this.editor);
    this.previewBody = this.item.body;
    restoreCaretAndScroll(this.editor, this.initialView, () => this.renderRoot.querySelector('.scroll'));
    if (session.restoreDraft()) this.flash(t('studioDraftRestored'));
    emitLint(this.lint);
  }

  override render() {
    const item = this.item;
    if (!item) return nothing;
    const target = this.target;
    const count = this.lint?.count ?? 0;
    const editor = this.editor;
    const mode = bodyModeOf(item.kind);
    return html`${renderItemBanner(this.sessionState, this.session, this.notice)}
      ${renderItemFields(item, target, this.fieldHandlers)}
      <div class="workarea ${this.preview ? 'split' : ''}">
        <div class="body">
          ${renderItemToolbar(editor, mode, { count, limit: target.limit, preview: this.preview, startBlank: () => this.startBlank(), togglePreview: () => this.togglePreview() })}
          <div class="scroll"><div class="tiptap-host" data-ck="body" aria-label=${t('studioFieldBody')}></div></div>
          <details class="variables" ?open=${this.blanks.length > 0}>
            <summary>${t('studioVariables', this.blanks.length)}</summary>
            <ck-variables-panel .variables=${item.variables ?? []} .used=${this.blanks} .samples=${this.samples} @ck-variables-change=${this.onVariables} @ck-samples-change=${this.onSamples}></ck-variables-panel>
          </details>
        </div>
        ${this.preview ? renderItemPreview(item, this.previewBody, this.samples, target) : nothing}
      </div>`;
  }

  private afterChange(editor: Editor) {
    const names = blankNames(editor);
    if (names.join('\u0000') !== this.blanks.join('\u0000')) this.blanks = names;
    if (this.preview) this.schedulePreview(150);
  }

  private schedulePreview(ms: number) {
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => {
      if (this.editor) this.previewBody = readBody(this.editor, bodyModeOf(this.item?.kind ?? 'script'));
    }, ms);
  }

  private showStored(item: KitItem, bodyChanged: boolean) {
    this.item = item;
    if (bodyChanged && this.editor) {
      const { from, to } = this.editor.state.selection;
      this.editor.commands.setContent(bodyContent(this.editor, item.body, bodyModeOf(item.kind)), { emitUpdate: false });
      const max = this.editor.state.doc.content.size;
      this.editor.commands.setTextSelection({ from: Math.min(from, max), to: Math.min(to, max) });
      this.afterChange(this.editor);
      this.previewBody = item.body;
      this.flash(t('studioUpdatedElsewhere'));
    }
    this.refreshTarget();
  }

  private flash(message: string) {
    this.notice = message;
    clearTimeout(this.noticeTimer);
    this.noticeTimer = setTimeout(() => (this.notice = null), 4000);
  }

  private readonly fieldHandlers: FieldHandlers = {
    field: (patch) => this.onField(patch),
    kind: (kind) => this.onKind(kind),
    platforms: () => this.onPlatform(),
    target: (event) => this.onTarget(event),
    tags: (event) => this.onTags(event),
  };

  private onField(patch: Partial<KitItem>) {
    if (!this.session || !this.item) return;
    this.session.edit(patch);
    this.item = this.session.current();
    this.studio?.workbench.pinTab(`item:${itemKey(this.session.kitId, this.session.itemId)}`);
    this.dispatchEvent(new CustomEvent('ck-item-fields', { detail: { item: this.item }, bubbles: true, composed: true }));
  }

  private onKind(kind: ItemKind) {
    this.onField({ kind });
    this.refreshTarget();
  }

  private onPlatform() {
    const checked = [...this.renderRoot.querySelectorAll<HTMLInputElement>('[data-ck="item-platforms"] input:checked')].map((i) => i.value as Platform);
    this.onField({ platforms: checked.length ? checked : undefined });
    this.refreshTarget();
  }

  private onTarget(event: Event) {
    this.targetId = (event.target as HTMLSelectElement).value;
    this.editor?.commands.setLintTarget(this.target);
  }

  private refreshTarget() {
    const allowed = targetsFor(this.item?.platforms);
    if (this.targetId && !allowed.some((tg) => tg.id === this.targetId)) this.targetId = '';
    this.editor?.commands.setLintTarget(this.target);
  }

  private onTags(event: Event) {
    const tags = [...new Set((event.target as HTMLInputElement).value.split(/[,，、;；\s]+/).map((s) => s.trim()).filter(Boolean))];
    this.onField({ tags: tags.length ? tags : undefined });
  }

  private onVariables(event: HTMLElementEventMap['ck-variables-change']) {
    this.onField({ variables: event.detail.variables as Variable[] });
  }

  private onSamples(event: HTMLElementEventMap['ck-samples-change']) {
    this.samples = event.detail.samples;
    this.schedulePreview(0);
  }
}

if (!customElements.get('ck-item-editor')) customElements.define('ck-item-editor', CkItemEditor);

declare global {
  interface HTMLElementTagNameMap {
    'ck-item-editor': CkItemEditor;
  }
  interface HTMLElementEventMap {
    'ck-item-lint': CustomEvent<{ lint: LintState | null }>;
    'ck-item-fields': CustomEvent<{ item: KitItem }>;
  }
}
