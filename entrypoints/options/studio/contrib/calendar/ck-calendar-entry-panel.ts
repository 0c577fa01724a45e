import { css, html, LitElement, nothing } from 'lit';
import { CALENDAR_LABELS, codePointLength, ENTRY_PLATFORMS, ENTRY_STATUSES, isDateString, STAGES, type CalendarEntry, type EntryStatus } from '../../../../../content-kit';
import type { CalendarRow } from './calendar-rows';
import type { EntryDraft, EntryPatch } from './create-calendar-model';
import { calendarEvent, type EntryAction } from './calendar-events';
import { t } from '../../../../../components/i18n/t';
import { renderSafeMarkdown } from '../../shell/render-safe-markdown';

/** Where a new entry starts: its day, its kit, and optionally a time. */
export interface EntryStart {
  date: string;
  kitId: string;
  time?: string;
}

type Field = 'title' | 'date' | 'time' | 'platform' | 'status' | 'stage' | 'notes';
const FIELDS: readonly Field[] = ['title', 'date', 'time', 'platform', 'status', 'stage', 'notes'];

/**
 * The entry panel beside the calendar: a form for a new entry (kit, title, date, time, platform, status, stage), or
 * the editor of an existing one, where every field is saved when it changes (title, date, time — empty is all day —,
 * platform, status, stage, Markdown notes with a sanitised preview) and the linked item can be chosen, opened,
 * unlinked or created as a new draft. Escape closes it.
 */
export class CkCalendarEntryPanel extends LitElement {
  static override styles = css`
    :host { display: block; height: 100%; overflow: auto; background: var(--ck-sidebar-bg); border-left: 1px solid var(--ck-border); box-sizing: border-box; }
    section { display: grid; gap: 10px; padding: 10px 12px 16px; }
    header { display: flex; align-items: center; gap: 6px; }
    h2 { flex: 1; margin: 0; font-size: 13px; font-weight: 600; }
    label, .field { display: grid; gap: 3px; font-size: 12px; color: var(--ck-muted); min-width: 0; }
    .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
    input, select, textarea { font: inherit; font-size: 13px; color: var(--ck-fg); background: var(--ck-input-bg); border: 1px solid var(--ck-border); border-radius: 4px; padding: 4px 6px; min-width: 0; box-sizing: border-box; width: 100%; }
    input:focus, select:focus, textarea:focus { outline: 1px solid var(--ck-focus); border-color: var(--ck-focus); }
    input[aria-invalid='true'] { border-color: var(--ck-error); }
    textarea { resize: vertical; min-height: 90px; line-height: 1.5; }
    .hint { font-size: 11px; color: var(--ck-muted); }
    .buttons { display: flex; flex-wrap: wrap; gap: 4px; }
    button { font: inherit; font-size: 12px; padding: 2px 9px; border-radius: 3px; border: 1px solid var(--ck-border); background: var(--ck-button-bg); color: var(--ck-button-fg); cursor: pointer; }
    button:disabled { opacity: 0.5; cursor: default; }
    button:focus-visible { outline: 2px solid var(--ck-focus); outline-offset: 1px; }
    button.primary { background: var(--ck-accent); color: var(--ck-accent-fg); border-color: var(--ck-accent); }
    button.danger { color: var(--ck-error); }
    .close { border: none; background: none; font-size: 16px; line-height: 1; padding: 2px 6px; }
    .linked { color: var(--ck-fg); font-size: 13px; overflow-wrap: anywhere; }
    .linked.none, .linked.missing { color: var(--ck-muted); font-style: italic; }
    .kit { color: var(--ck-fg); overflow-wrap: anywhere; }
    .preview { padding: 6px 8px; border: 1px solid var(--ck-border); border-radius: 4px; background: var(--ck-preview-bg); color: var(--ck-fg); font-size: 13px; line-height: 1.55; overflow-wrap: anywhere; overflow: auto; max-height: 240px; contain: content; }
    .preview a { color: var(--ck-link); }
    .error { margin: 0; padding: 4px 8px; border-radius: 4px; background: var(--ck-error-bg); color: var(--ck-fg); font-size: 12px; }
    footer { display: flex; flex-wrap: wrap; gap: 6px; border-top: 1px solid var(--ck-border); padding-top: 10px; }
  `;

  static override properties = {
    row: { attribute: false },
    start: { attribute: false },
    kits: { attribute: false },
    kitName: {},
    itemTitle: { attribute: false },
    locale: {},
    preview: { state: true },
    error: { state: true },
  };

  /** The entry being edited, or null for the new-entry form. */
  declare row: CalendarRow | null;
  /** The new-entry form's start (used while `row` is null). */
  declare start: EntryStart | null;
  /** Kits a new entry can go to. */
  declare kits: readonly { id: string; name: string }[];
  declare kitName: string;
  /** The linked item's title; undefined when the entry links nothing, null when its item is gone. */
  declare itemTitle: string | null | undefined;
  declare locale: 'zh' | 'en';
  declare preview: boolean;
  declare error: string | null;
  private errorField: Field | null = null;
  /** What was last sent per field for the entry object it was sent for: Enter and the blur after it send once. */
  private sent: { entry: CalendarEntry | null; values: Map<Field, string | undefined> } = { entry: null, values: new Map() };

  constructor() {
    super();
    this.row = null;
    this.start = null;
    this.kits = [];
    this.kitName = '';
    this.itemTitle = undefined;
    this.locale = 'zh';
    this.preview = false;
    this.error = null;
  }

  /** Focuses the title (selected, so typing replaces it). */
  async focusTitle(): Promise<void> {
    await this.updateComplete;
    const input = this.renderRoot.querySelector<HTMLInputElement>('[data-field="title"]');
    input?.focus();
    input?.select();
  }

  /** Sends every field that differs from the stored entry (before the panel closes or shows another entry). */
  flush(): void {
    const row = this.row;
    if (!row) return;
    const patch: EntryPatch = {};
    for (const field of FIELDS) {
      const element = this.fieldElement(field);
      if (!element) continue;
      const value = this.readField(field, element.value);
      if (value === null) continue;
      if ((row.entry[field] ?? undefined) === value) continue;
      if (this.sent.entry === row.entry && this.sent.values.has(field) && this.sent.values.get(field) === value) continue;
      Object.assign(patch, { [field]: value });
    }
    if (Object.keys(patch).length) this.dispatchEvent(calendarEvent('ck-calendar-entry-change', { key: row.key, patch }));
  }

  override willUpdate(changed: Map<string, unknown>) {
    const before = changed.get('row') as CalendarRow | null | undefined;
    if (changed.has('row') && before?.key !== this.row?.key) {
      this.error = null;
      this.preview = false;
    }
    if (changed.has('start') && this.start) this.error = null;
  }

  override render() {
    return this.row ? this.renderEdit(this.row) : this.start ? this.renderNew(this.start) : nothing;
  }

  private renderNew(start: EntryStart) {
    return html`<section data-ck="entry-editor" data-mode="new" role="region" aria-labelledby="heading" @keydown=${this.onKeydown}>
      <header><h2 id="heading">${t('calendarNewEntry')}</h2>${this.closeButton()}</header>
      <label>${t('calendarEntryKit')}
        <select data-ck="entry-kit" data-field="kit">
          ${this.kits.map((k) => html`<option value=${k.id} ?selected=${k.id === start.kitId}>${k.name}</option>`)}
        </select>
      </label>
      ${this.fields({ date: start.date, time: start.time, status: 'idea', title: '' })}
      ${this.errorLine()}
      <footer>
        <button class="primary" data-ck="entry-create" @click=${this.submit}>${t('calendarCreate')}</button>
        <button data-action="close" @click=${this.onAction}>${t('cancel')}</button>
      </footer>
    </section>`;
  }

  private renderEdit(row: CalendarRow) {
    const e = row.entry;
    return html`<section data-ck="entry-editor" data-mode="edit" data-entry-key=${row.key} role="region" aria-labelledby="heading" @keydown=${this.onKeydown} @change=${this.onChange}>
      <header><h2 id="heading">${t('calendarEditEntry')}</h2>${this.closeButton()}</header>
      <div class="field">${t('calendarEntryKit')}<span class="kit">${this.kitName}</span></div>
      ${this.fields(e)}
      <div class="field" role="group" aria-labelledby="linked-label">
        <span id="linked-label">${t('calendarLinkedItem')}</span>
        ${e.itemId === undefined
          ? html`<span class="linked none">${t('calendarNoLinkedItem')}</span>`
          : this.itemTitle === null
            ? html`<span class="linked missing">${t('calendarLinkedItemMissing', e.itemId)}</span>`
            : html`<span class="linked" data-ck="entry-item-title">${this.itemTitle}</span>`}
        <div class="buttons" @click=${this.onAction}>
          <button data-action="choose-item" data-ck="entry-choose-item">${t('calendarChooseItem')}</button>
          <button data-action="open-item" data-ck="entry-open-item" ?disabled=${!e.itemId || this.itemTitle === null}>${t('calendarOpenItem')}</button>
          <button data-action="unlink-item" ?disabled=${!e.itemId}>${t('calendarUnlinkItem')}</button>
          <button data-action="new-draft" data-ck="entry-new-draft">${t('calendarNewDraftItem')}</button>
        </div>
      </div>
      <div class="field">
        <label for="notes">${t('calendarNotes')}</label>
        <textarea id="notes" data-field="notes" rows="5" .value=${e.notes ?? ''}></textarea>
        <div class="buttons"><button aria-pressed=${this.preview ? 'true' : 'false'} data-ck="entry-notes-preview" @click=${() => (this.preview = !this.preview)}>${t('calendarPreviewNotes')}</button></div>
        ${this.preview ? html`<div class="preview" role="document" aria-label=${t('calendarNotesPreview')}>${renderSafeMarkdown(this.fieldElement('notes')?.value ?? e.notes ?? '')}</div>` : nothing}
      </div>
      ${this.errorLine()}
      <footer @click=${this.onAction}>
        <button data-action="duplicate" data-ck="entry-duplicate">${t('calendarDuplicate')}</button>
        <button class="danger" data-action="delete" data-ck="entry-delete">${t('calendarDelete')}</button>
      </footer>
    </section>`;
  }

  private fields(e: Partial<CalendarEntry>) {
    const words = CALENDAR_LABELS[this.locale];
    return html`<label>${t('calendarEntryTitle')}
        <input data-ck="entry-title" data-field="title" required maxlength="400" .value=${e.title ?? ''} aria-invalid=${this.error && this.errorField === 'title' ? 'true' : 'false'} />
      </label>
      <div class="pair">
        <label>${t('calendarEntryDate')}<input type="date" data-ck="entry-date" data-field="date" required .value=${e.date ?? ''} /></label>
        <label>${t('calendarEntryTime')}<input type="time" data-ck="entry-time" data-field="time" .value=${e.time ?? ''} aria-describedby="time-hint" /></label>
      </div>
      <span class="hint" id="time-hint">${t('calendarAllDayHint')}</span>
      <div class="pair">
        <label>${t('calendarEntryPlatform')}
          <select data-ck="entry-platform" data-field="platform">
            <option value="" ?selected=${!e.platform}>${t('calendarNoPlatform')}</option>
            ${ENTRY_PLATFORMS.map((p) => html`<option value=${p} ?selected=${e.platform === p}>${words.platform[p]}</option>`)}
          </select>
        </label>
        <label>${t('calendarEntryStatus')}
          <select data-ck="entry-status" data-field="status">
            ${ENTRY_STATUSES.map((s) => html`<option value=${s} ?selected=${e.status === s}>${words.status[s]}</option>`)}
          </select>
        </label>
      </div>
      <label>${t('calendarEntryStage')}
        <select data-ck="entry-stage" data-field="stage">
          <option value="" ?selected=${!e.stage}>${t('calendarNoStage')}</option>
          ${STAGES.map((s) => html`<option value=${s} ?selected=${e.stage === s}>${words.stage[s]}</option>`)}
        </select>
      </label>`;
  }

  private closeButton() {
    return html`<button class="close" data-action="close" aria-label=${t('calendarClosePanel')} title=${t('calendarClosePanel')} @click=${this.onAction}>×</button>`;
  }

  private errorLine() {
    return this.error ? html`<p class="error" role="alert" data-ck="entry-error">${this.error}</p>` : nothing;
  }

  private fieldElement(field: Field) {
    return this.renderRoot.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`[data-field="${field}"]`);
  }

  /** A field's value as the entry stores it (undefined: absent), or null when it cannot be stored (the error says why). */
  private readField(field: Field, raw: string): string | undefined | null {
    const fail = (message: string) => {
      this.error = message;
      this.errorField = field;
      return null;
    };
    switch (field) {
      case 'title': {
        const n = codePointLength(raw);
        if (!raw.trim() || n > 200) return fail(t('calendarTitleRule'));
        return raw;
      }
      case 'date':
        return isDateString(raw) ? raw : fail(t('calendarDateRule'));
      case 'time':
        return raw ? raw.slice(0, 5) : undefined;
      case 'notes':
        return codePointLength(raw) > 5000 ? fail(t('calendarNotesRule')) : raw || undefined;
      default:
        return raw || undefined;
    }
  }

  private onChange(event: Event) {
    const element = event.target as HTMLInputElement;
    const field = element.dataset.field as Field | undefined;
    const row = this.row;
    if (!row || !field || !FIELDS.includes(field)) return;
    const value = this.readField(field, element.value);
    if (value === null) return;
    this.error = null;
    if ((row.entry[field] ?? undefined) === value) return;
    if (this.sent.entry !== row.entry) this.sent = { entry: row.entry, values: new Map() };
    if (this.sent.values.has(field) && this.sent.values.get(field) === value) return;
    this.sent.values.set(field, value);
    this.dispatchEvent(calendarEvent('ck-calendar-entry-change', { key: row.key, patch: { [field]: value } as EntryPatch }));
    if (field === 'notes' && this.preview) this.requestUpdate();
  }

  private submit() {
    const start = this.start;
    if (!start || this.row) return;
    const values = new Map(FIELDS.map((f) => [f, this.fieldElement(f)?.value ?? ''] as const));
    const draft: Partial<EntryDraft> = {};
    for (const field of FIELDS) {
      const value = this.readField(field, values.get(field)!);
      if (value === null) return;
      if (value !== undefined) Object.assign(draft, { [field]: value });
    }
    draft.status = (draft.status ?? 'idea') as EntryStatus;
    const kitId = this.renderRoot.querySelector<HTMLSelectElement>('[data-field="kit"]')?.value || start.kitId;
    this.error = null;
    this.dispatchEvent(calendarEvent('ck-calendar-entry-submit', { kitId, draft: draft as EntryDraft }));
  }

  private onKeydown(event: KeyboardEvent) {
    if (event.isComposing) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.flush();
      this.dispatchEvent(calendarEvent('ck-calendar-entry-action', { key: this.row?.key ?? null, action: 'close' }));
      return;
    }
    const field = (event.target as HTMLElement).dataset?.field;
    if (event.key !== 'Enter' || field === 'notes' || (event.target as HTMLElement).tagName === 'BUTTON') return;
    if (!this.row) {
      event.preventDefault();
      this.submit();
    } else if (field === 'title') {
      event.preventDefault();
      (event.target as HTMLInputElement).dispatchEvent(new Event('change', { bubbles: true }));
    }
  }

  private onAction(event: MouseEvent) {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button || button.disabled) return;
    const action = button.dataset.action as EntryAction;
    if (action === 'close') this.flush();
    this.dispatchEvent(calendarEvent('ck-calendar-entry-action', { key: this.row?.key ?? null, action }));
  }
}

if (!customElements.get('ck-calendar-entry-panel')) customElements.define('ck-calendar-entry-panel', CkCalendarEntryPanel);

declare global {
  interface HTMLElementTagNameMap {
    'ck-calendar-entry-panel': CkCalendarEntryPanel;
  }
}
