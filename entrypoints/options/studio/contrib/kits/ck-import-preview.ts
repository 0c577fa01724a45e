import { html, LitElement, nothing } from 'lit';
import { markdownToPlainText, type CalendarEntry, type KitItem, type MergeConflict } from '../../../../../content-kit';
import type { ImportSection, ImportSession } from './create-import-session';
import { fieldText } from './field-text';
import { formatAuthors } from './format-authors';
import { isolateText } from './isolate-text';
import type { BackupSummary } from './import-protocol';
import type { ImportSummary } from './summarize-plan';
import type { Disposable } from '../../shell/emitter';
import './ck-import-diff';
import type { ImportChoiceEvent } from './ck-import-diff';
import './ck-import-errors';
import './ck-import-list';
import './ck-import-progress';
import { t } from '../../../../../components/i18n/t';
import { importPreviewStyles } from './import-preview-styles';

/** Asks the Kits contribution to apply (`ck-import-confirm`) or drop (`ck-import-cancel`) the session. */
export type ImportActionEvent = CustomEvent<{ session: ImportSession }>;

const CONFLICT_STEP = 50;
const when = (iso: string) => {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
};

/**
 * The import preview (`[data-ck="import-preview"]`): what a valid kit file would do before anything is written —
 * a new kit, or a merge with counts and lists of added, updated, unchanged and conflicting items and entries,
 * conflicts side by side with a choice of side each, kit fields that change, and the unknown fields that will be
 * dropped — then `[data-ck="import-confirm"]`. It also shows the progress of reading a file, every error of a
 * rejected one, and the confirmation of a backup restore. All kit text is rendered as text, the description
 * (Markdown) as its plain text: raw HTML in a file is never even parsed here.
 */
export class CkImportPreview extends LitElement {
  static override styles = importPreviewStyles;

  static override properties = { session: { attribute: false }, revision: { state: true }, conflictsShown: { state: true } };

  declare session: ImportSession | null;
  declare revision: number;
  declare conflictsShown: number;
  private subscription: Disposable | null = null;

  constructor() {
    super();
    this.session = null;
    this.revision = 0;
    this.conflictsShown = CONFLICT_STEP;
  }

  /** Focuses the first thing to act on (the confirm button of a preview). */
  focusFirst(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('footer button.primary, footer button')?.focus());
  }

  override willUpdate(changed: Map<string, unknown>) {
    if (changed.has('session')) {
      this.subscription?.();
      this.subscription = this.session?.onDidChange(() => this.revision++) ?? null;
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.subscription?.();
    this.subscription = null;
  }

  override render() {
    const session = this.session;
    if (!session) return nothing;
    const state = session.state();
    switch (state.step) {
      case 'working':
      case 'applying':
        return html`<div class="page" data-ck="import-working" aria-busy="true">
          <h1>${t(session.purpose === 'kit' ? 'importTitle' : 'restoreTitle', state.fileName)}</h1>
          <ck-import-progress .phases=${state.phases} .phase=${state.phase}></ck-import-progress>
        </div>`;
      case 'rejected':
        return html`<div class="page" data-ck="import-rejected">
            <h1>${t(session.purpose === 'kit' ? 'importTitle' : 'restoreTitle', state.fileName)}</h1>
            <ck-import-errors .errors=${state.errors}></ck-import-errors>
          </div>
          ${this.renderFooter(html`<button class="primary" data-ck="import-close" @click=${this.onCancel}>${t('importClose')}</button>`)}`;
      case 'failed':
        return html`<div class="page" data-ck="import-failed">
            <h1>${t(session.purpose === 'kit' ? 'importTitle' : 'restoreTitle', state.fileName)}</h1>
            <p class="error" role="alert">${t('importFailed', state.message)}</p>
          </div>
          ${this.renderFooter(html`<button class="primary" data-ck="import-close" @click=${this.onCancel}>${t('importClose')}</button>`)}`;
      case 'preview':
        return this.renderPreview(state.summary);
      case 'backup':
        return this.renderBackup(state.summary);
      case 'done':
        return html`<div class="page" data-ck="import-done"><h1>${t(session.purpose === 'kit' ? 'importTitle' : 'restoreTitle', state.fileName)}</h1></div>`;
    }
  }

  private renderPreview(summary: ImportSummary) {
    const session = this.session!;
    const { incoming, existing } = summary;
    const changes = session.changeCount();
    const conflicts: [ImportSection, MergeConflict<KitItem | CalendarEntry>][] = [
      ...summary.items.conflicts.map((c) => ['items', c] as [ImportSection, MergeConflict<KitItem>]),
      ...summary.calendar.conflicts.map((c) => ['calendar', c] as [ImportSection, MergeConflict<CalendarEntry>]),
    ];
    const confirmLabel = summary.mode === 'new' ? t('importConfirm') : changes ? t('importConfirmMerge', changes) : t('importNothing');
    return html`<div class="page" data-ck="import-preview" data-mode=${summary.mode} data-kit-id=${incoming.id} role="region" aria-label=${t('importPreviewLabel')}>
        <h1>${t('importTitle', isolateText(incoming.name))}</h1>
        <p class="meta">${t('importFromFile', isolateText(summary.fileName), incoming.version, when(incoming.updatedAt))}</p>
        ${incoming.authors?.length ? html`<p class="meta">${t('studioKitAuthors')}: <bdi>${formatAuthors(incoming.authors)}</bdi></p>` : nothing}
        <div class="mode" data-ck="import-mode">${existing ? t('importMergeInto', isolateText(existing.name), existing.version, existing.items) : t('importNewKit')}</div>
        ${incoming.description ? html`<div class="description" data-ck="import-description">${markdownToPlainText(incoming.description)}</div>` : nothing}
        ${this.renderCounts(summary)}
        ${conflicts.length ? this.renderConflicts(conflicts) : nothing}
        ${this.renderList('added', t('importAdded'), summary, 'import-added')}
        ${summary.mode === 'merge' ? this.renderUpdated(summary) : nothing}
        ${summary.mode === 'merge' ? this.renderList('unchanged', t('importUnchanged'), summary, 'import-unchanged') : nothing}
        ${summary.metadata.changes.length ? this.renderKitFields(summary) : nothing}
        ${this.renderDropped(summary.dropped)}
      </div>
      ${this.renderFooter(html`<button class="primary" data-ck="import-confirm" data-changes=${changes} @click=${this.onConfirm}>${confirmLabel}</button>
        <button data-ck="import-cancel" @click=${this.onCancel}>${t('cancel')}</button>`)}`;
  }

  private renderCounts(summary: ImportSummary) {
    const session = this.session!;
    const row = (section: ImportSection, label: string) => {
      const s = summary[section];
      const counts: [string, number][] = [
        ['added', s.added.length],
        ['updated', session.updated(section).length],
        ['unchanged', s.unchanged.length],
        ['conflicts', s.conflicts.length],
      ];
      return html`<tr>
        <th scope="row">${label}</th>
        ${counts.map(([kind, n]) => html`<td class="${kind} ${n ? '' : 'zero'}">${this.countLabel(kind)} <span data-ck="import-count" data-section=${section} data-kind=${kind}>${n}</span></td>`)}
      </tr>`;
    };
    return html`<table class="counts" data-ck="import-counts">
      <tbody>${row('items', t('importItems'))}${row('calendar', t('importEntries'))}</tbody>
    </table>`;
  }

  private countLabel(kind: string) {
    return kind === 'added' ? t('importAdded') : kind === 'updated' ? t('importUpdated') : kind === 'unchanged' ? t('importUnchanged') : t('importConflicts');
  }

  private renderConflicts(conflicts: [ImportSection, MergeConflict<KitItem | CalendarEntry>][]) {
    const session = this.session!;
    const rest = conflicts.length - this.conflictsShown;
    return html`<section data-ck="import-conflicts" @ck-import-choice=${this.onChoice}>
      <h2>${t('importConflicts')} <span class="count">${conflicts.length}</span></h2>
      <p class="hint">${t('importConflictsHint')}</p>
      <div class="bulk">
        <button data-ck="keep-all-mine" @click=${() => session.chooseAll('base')}>${t('importKeepAllMine')}</button>
        <button data-ck="take-all-theirs" @click=${() => session.chooseAll('incoming')}>${t('importTakeAllTheirs')}</button>
      </div>
      ${conflicts.slice(0, this.conflictsShown).map(([section, c]) => html`<ck-import-diff .conflict=${c} .section=${section} .choice=${session.choice(section, c.id)}></ck-import-diff>`)}
      ${rest > 0 ? html`<button @click=${() => (this.conflictsShown += CONFLICT_STEP)}>${t('importShowMore', Math.min(rest, CONFLICT_STEP), conflicts.length)}</button>` : nothing}
    </section>`;
  }

  private renderList(which: 'added' | 'unchanged', title: string, summary: ImportSummary, hook: string) {
    const items = summary.items[which];
    const entries = summary.calendar[which];
    return html`<section>
      <h2>${title} <span class="count">${items.length + entries.length}</span></h2>
      ${items.length || !entries.length ? html`<ck-import-list .rows=${items} .hook=${hook}></ck-import-list>` : nothing}
      ${entries.length ? html`<ck-import-list .rows=${entries} .hook=${`${hook}-entries`}></ck-import-list>` : nothing}
    </section>`;
  }

  private renderUpdated(summary: ImportSummary) {
    const session = this.session!;
    const rows = (section: ImportSection) => {
      const ids = new Set(session.updated(section));
      return summary[section].conflicts.filter((c) => ids.has(c.id)).map((c) => ({ id: c.id, title: c.incoming.title, ...('kind' in c.incoming ? { kind: c.incoming.kind } : { date: c.incoming.date }) }));
    };
    const items = rows('items');
    const entries = rows('calendar');
    return html`<section>
      <h2>${t('importUpdated')} <span class="count">${items.length + entries.length}</span></h2>
      ${items.length || !entries.length ? html`<ck-import-list .rows=${items} .hook=${'import-updated'}></ck-import-list>` : nothing}
      ${entries.length ? html`<ck-import-list .rows=${entries} .hook=${'import-updated-entries'}></ck-import-list>` : nothing}
    </section>`;
  }

  private renderKitFields(summary: ImportSummary) {
    const from = summary.metadata.from === 'incoming' ? t('importTheirs') : t('importMine');
    return html`<section data-ck="import-kit-fields">
      <h2>${t('importKitFields')} <span class="count">${summary.metadata.changes.length}</span></h2>
      <p class="hint">${t('importKitFieldsFrom', from)}</p>
      <table class="fields">
        <thead><tr><th>${t('importField')}</th><th>${t('importMine')}</th><th>${t('importAfter')}</th></tr></thead>
        <tbody>
          ${summary.metadata.changes.map((c) => html`<tr data-field=${c.field}><th>${c.field}</th><td><div>${fieldText(c.field, c.mine) || '—'}</div></td><td><div>${fieldText(c.field, c.theirs) || '—'}</div></td></tr>`)}
        </tbody>
      </table>
    </section>`;
  }

  private renderDropped(dropped: readonly string[]) {
    if (!dropped.length) return nothing;
    return html`<section>
      <h2>${t('importDropped', dropped.length)}</h2>
      <p class="hint">${t('importDroppedHint')}</p>
      <ul class="dropped" data-ck="import-dropped" data-count=${dropped.length}>
        ${dropped.slice(0, 500).map((path) => html`<li>${path}</li>`)}
      </ul>
    </section>`;
  }

  private renderBackup(summary: BackupSummary) {
    const items = summary.kits.reduce((n, k) => n + k.items, 0);
    return html`<div class="page" data-ck="restore-preview" role="region" aria-label=${t('restoreTitle', summary.fileName)}>
        <h1>${t('restoreTitle', summary.fileName)}</h1>
        <p class="meta">${t('restoreSummary', when(summary.createdAt), summary.kits.length, items, summary.trash, summary.favourites, summary.usage)}</p>
        <p class="warning" role="note">${t('restoreWarning')}</p>
        <ck-import-list .rows=${summary.kits.map((k) => ({ id: k.id, title: `${isolateText(k.name)} · ${t('kitsCounts', k.items, k.entries)}${k.enabled ? '' : ` · ${t('studioKitDisabled')}`}` }))} .hook=${'restore-kits'}></ck-import-list>
      </div>
      ${this.renderFooter(html`<button class="primary" data-ck="restore-confirm" @click=${this.onConfirm}>${t('restoreConfirm')}</button>
        <button data-ck="import-cancel" @click=${this.onCancel}>${t('cancel')}</button>`)}`;
  }

  private renderFooter(buttons: unknown) {
    return html`<footer>${buttons}<span class="spacer"></span><span class="summary">${this.session?.fileName ?? ''}</span></footer>`;
  }

  private onChoice(event: ImportChoiceEvent) {
    event.stopPropagation();
    this.session?.choose(event.detail.section, event.detail.id, event.detail.side);
  }

  private onConfirm() {
    if (this.session) this.dispatchEvent(new CustomEvent('ck-import-confirm', { detail: { session: this.session } }) as ImportActionEvent);
  }

  private onCancel() {
    if (this.session) this.dispatchEvent(new CustomEvent('ck-import-cancel', { detail: { session: this.session } }) as ImportActionEvent);
  }
}

if (!customElements.get('ck-import-preview')) customElements.define('ck-import-preview', CkImportPreview);

declare global {
  interface HTMLElementTagNameMap {
    'ck-import-preview': CkImportPreview;
  }
  interface HTMLElementEventMap {
    'ck-import-confirm': ImportActionEvent;
    'ck-import-cancel': ImportActionEvent;
  }
}
