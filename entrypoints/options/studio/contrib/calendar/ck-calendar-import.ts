import { css, html, LitElement, nothing } from 'lit';
import { CALENDAR_CSV_COLUMNS, CALENDAR_LABELS, parseCalendarCsv, type CalendarCsvField, type CalendarCsvImport, type CalendarCsvMapping, type Kit } from '../../../../../content-kit';
import { decodeCsvBytes } from './calendar-files';
import { calendarEvent } from './calendar-events';
import { t, type MessageKey } from '../../../../../components/i18n/t';

/** Larger files are refused before reading (a calendar holds at most 10,000 entries). */
const MAX_BYTES = 5 * 1024 * 1024;
/** Valid rows listed in the preview; the rest are counted. */
const PREVIEW_ROWS = 200;

const FIELD_LABELS: Record<CalendarCsvField, MessageKey> = {
  id: 'calendarFieldId',
  date: 'calendarEntryDate',
  time: 'calendarEntryTime',
  title: 'calendarEntryTitle',
  platform: 'calendarEntryPlatform',
  status: 'calendarEntryStatus',
  stage: 'calendarEntryStage',
  itemId: 'calendarLinkedItem',
  notes: 'calendarNotes',
};

/**
 * Importing calendar entries from a CSV file, in a modal dialog: choose the file and the kit, check which column feeds
 * which field (suggested from the header, every choice editable), then review the valid rows and every problem —
 * each naming its row and column — before confirming. Nothing is written until the confirm button, and then only the
 * valid rows (the calendar writes them in one transaction).
 */
export class CkCalendarImport extends LitElement {
  static override styles = css`
    dialog { width: min(920px, calc(100vw - 48px)); max-height: calc(100vh - 48px); padding: 0; border: 1px solid var(--ck-border); border-radius: 6px; background: var(--ck-bg); color: var(--ck-fg); box-shadow: 0 12px 40px rgba(0, 0, 0, 0.35); }
    dialog::backdrop { background: rgba(0, 0, 0, 0.35); }
    .body { display: grid; gap: 14px; padding: 14px 18px; max-height: calc(100vh - 140px); overflow: auto; }
    h2 { margin: 0; font-size: 15px; }
    h3 { margin: 0 0 6px; font-size: 13px; }
    .pick { display: flex; flex-wrap: wrap; gap: 12px 20px; align-items: end; }
    label { display: grid; gap: 3px; font-size: 12px; color: var(--ck-muted); }
    label.inline { display: flex; align-items: center; gap: 6px; color: var(--ck-fg); }
    select, input[type='file'] { font: inherit; font-size: 13px; color: var(--ck-fg); background: var(--ck-input-bg); border: 1px solid var(--ck-border); border-radius: 4px; padding: 3px 6px; max-width: 100%; }
    .mapping { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 8px 14px; }
    .summary { margin: 0; font-size: 13px; }
    .summary strong { font-weight: 600; }
    ul.errors { margin: 0; padding: 0; list-style: none; display: grid; gap: 3px; max-height: 180px; overflow: auto; }
    ul.errors li { padding: 3px 8px; border-radius: 3px; background: var(--ck-error-bg); font-size: 12px; overflow-wrap: anywhere; }
    table { width: 100%; border-collapse: collapse; font-size: 12px; table-layout: fixed; }
    th, td { text-align: left; padding: 3px 6px; border-bottom: 1px solid var(--ck-border); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    th { color: var(--ck-muted); font-weight: 600; }
    .rows { max-height: 240px; overflow: auto; }
    .replace { color: var(--ck-warning); }
    .note { font-size: 12px; color: var(--ck-muted); margin: 0; }
    .problem { margin: 0; padding: 4px 8px; border-radius: 4px; background: var(--ck-error-bg); font-size: 12px; }
    footer { display: flex; gap: 8px; justify-content: flex-end; padding: 10px 18px; border-top: 1px solid var(--ck-border); }
    button { font: inherit; font-size: 13px; padding: 3px 12px; border-radius: 3px; border: 1px solid var(--ck-border); background: var(--ck-button-bg); color: var(--ck-button-fg); cursor: pointer; }
    button.primary { background: var(--ck-accent); color: var(--ck-accent-fg); border-color: var(--ck-accent); }
    button:disabled { opacity: 0.5; cursor: default; }
    button:focus-visible, select:focus-visible, input:focus-visible { outline: 2px solid var(--ck-focus); outline-offset: 1px; }
  `;

  static override properties = {
    kits: { attribute: false },
    kitId: {},
    locale: {},
    open: { type: Boolean },
    fileName: { state: true },
    text: { state: true },
    mapping: { state: true },
    header: { state: true },
    problem: { state: true },
  };

  declare kits: readonly Kit[];
  /** The kit the rows go into (the calendar's default first; the user may choose another). */
  declare kitId: string;
  declare locale: 'zh' | 'en';
  declare open: boolean;
  declare fileName: string;
  declare text: string | null;
  declare mapping: CalendarCsvMapping | null;
  declare header: boolean | undefined;
  declare problem: string | null;
  private parsed: { key: string; result: CalendarCsvImport } | null = null;

  constructor() {
    super();
    this.kits = [];
    this.kitId = '';
    this.locale = 'zh';
    this.open = false;
    this.fileName = '';
    this.text = null;
    this.mapping = null;
    this.header = undefined;
    this.problem = null;
  }

  /** What the file would import with the current choices (parsed once per choice). */
  result(): CalendarCsvImport | null {
    if (this.text === null) return null;
    const kit = this.kits.find((k) => k.id === this.kitId);
    const key = JSON.stringify([this.kitId, kit?.updatedAt, this.mapping, this.header]);
    if (this.parsed?.key !== key) {
      const result = parseCalendarCsv(this.text, {
        mapping: this.mapping ?? undefined,
        header: this.header,
        kitItemIds: kit?.items.map((i) => i.id) ?? [],
        existingIds: kit?.calendar?.map((e) => e.id) ?? [],
      });
      this.parsed = { key, result };
    }
    return this.parsed.result;
  }

  override render() {
    const result = this.result();
    const valid = result?.rows.filter((r) => r.entry) ?? [];
    const bad = result?.rows.filter((r) => r.errors.length) ?? [];
    const kitName = this.kits.find((k) => k.id === this.kitId)?.name ?? this.kitId;
    return html`<dialog data-ck="calendar-import" aria-labelledby="import-heading" @close=${this.onClose} @keydown=${this.onKeydown}>
      <div class="body">
        <h2 id="import-heading">${t('calendarImportTitle')}</h2>
        <div class="pick">
          <label>${t('calendarImportFile')}
            <input type="file" accept=".csv,text/csv,text/plain" data-ck="calendar-import-file" @change=${this.onFile} />
          </label>
          <label>${t('calendarImportInto')}
            <select data-ck="calendar-import-kit" @change=${(e: Event) => (this.kitId = (e.target as HTMLSelectElement).value)}>
              ${this.kits.map((k) => html`<option value=${k.id} ?selected=${k.id === this.kitId}>${k.name}</option>`)}
            </select>
          </label>
        </div>
        ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
        ${result ? this.renderMapping(result) : html`<p class="note">${t('calendarImportHint')}</p>`}
        ${result ? this.renderPreview(result, valid.length, bad) : nothing}
      </div>
      <footer>
        <button data-ck="calendar-import-cancel" @click=${this.cancel}>${t('cancel')}</button>
        <button class="primary" data-ck="calendar-import-confirm" ?disabled=${!valid.length} @click=${this.confirm}>
          ${t('calendarImportConfirm', valid.length, kitName)}
        </button>
      </footer>
    </dialog>`;
  }

  override updated(changed: Map<string, unknown>) {
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog || !changed.has('open')) return;
    if (this.open && !dialog.open) {
      this.reset();
      dialog.showModal();
      this.renderRoot.querySelector<HTMLElement>('[data-ck="calendar-import-file"]')?.focus();
    } else if (!this.open && dialog.open) dialog.close();
  }

  private renderMapping(result: CalendarCsvImport) {
    const mapping = this.mapping ?? result.mapping;
    return html`<section data-ck="calendar-import-mapping" aria-labelledby="mapping-heading">
      <h3 id="mapping-heading">${t('calendarImportMapping')}</h3>
      <label class="inline"><input type="checkbox" data-ck="calendar-import-header" .checked=${result.hasHeader} @change=${this.onHeader} />${t('calendarImportHeaderRow')}</label>
      <div class="mapping">
        ${CALENDAR_CSV_COLUMNS.map(
          (field) => html`<label>${t(FIELD_LABELS[field])}${field === 'date' || field === 'title' ? ' *' : ''}
            <select data-field=${field} @change=${this.onMapping}>
              <option value="" ?selected=${mapping[field] === undefined}>${t('calendarImportSkipColumn')}</option>
              ${result.columns.map((name, i) => html`<option value=${i} ?selected=${mapping[field] === i}>${name || `#${i + 1}`}</option>`)}
            </select>
          </label>`,
        )}
      </div>
    </section>`;
  }

  private renderPreview(result: CalendarCsvImport, validCount: number, bad: CalendarCsvImport['rows']) {
    const words = CALENDAR_LABELS[this.locale];
    const valid = result.rows.filter((r) => r.entry);
    const replacing = valid.filter((r) => r.replacesExisting).length;
    return html`<section data-ck="calendar-import-preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">${t('calendarImportPreview')}</h3>
      <p class="summary" role="status">${t('calendarImportSummary', validCount, bad.length)}${replacing ? ` ${t('calendarImportReplacing', replacing)}` : ''}</p>
      ${bad.length
        ? html`<ul class="errors" data-ck="calendar-import-errors" aria-label=${t('calendarImportErrors')}>
            ${bad.flatMap((row) => row.errors.map((error) => html`<li data-ck="calendar-import-error" data-row=${error.row} data-column=${error.column}>${error.message[this.locale]}</li>`))}
          </ul>`
        : nothing}
      ${valid.length
        ? html`<div class="rows"><table data-ck="calendar-import-rows">
            <thead><tr><th style="width: 4em">${t('calendarImportRow')}</th><th style="width: 7.5em">${t('calendarEntryDate')}</th><th style="width: 4em">${t('calendarEntryTime')}</th><th>${t('calendarEntryTitle')}</th><th style="width: 6em">${t('calendarEntryPlatform')}</th><th style="width: 5em">${t('calendarEntryStatus')}</th></tr></thead>
            <tbody>
              ${valid.slice(0, PREVIEW_ROWS).map((row) => {
                const e = row.entry!;
                return html`<tr data-ck="calendar-import-row" data-row=${row.row} class=${row.replacesExisting ? 'replace' : ''}>
                  <td>${row.row}</td><td>${e.date}</td><td>${e.time ?? words.allDay}</td><td title=${e.title}>${e.title}</td><td>${e.platform ? words.platform[e.platform] : ''}</td><td>${words.status[e.status]}</td>
                </tr>`;
              })}
            </tbody>
          </table></div>
          ${valid.length > PREVIEW_ROWS ? html`<p class="note">${t('calendarImportMoreRows', valid.length - PREVIEW_ROWS)}</p>` : nothing}`
        : nothing}
    </section>`;
  }

  private reset() {
    this.fileName = '';
    this.text = null;
    this.mapping = null;
    this.header = undefined;
    this.problem = null;
    this.parsed = null;
    const input = this.renderRoot.querySelector<HTMLInputElement>('[data-ck="calendar-import-file"]');
    if (input) input.value = '';
  }

  private async onFile(event: Event) {
    const file = (event.target as HTMLInputElement).files?.[0];
    this.text = null;
    this.mapping = null;
    this.header = undefined;
    this.problem = null;
    if (!file) return;
    if (file.size > MAX_BYTES) {
      this.problem = t('calendarImportTooLarge', file.name);
      return;
    }
    this.fileName = file.name;
    this.text = decodeCsvBytes(await file.arrayBuffer()).text;
    if (!this.result()?.rows.length) this.problem = t('calendarImportEmpty', file.name);
  }

  private onHeader(event: Event) {
    this.header = (event.target as HTMLInputElement).checked;
    // Columns change names (or letters) with the header: suggest the mapping again.
    this.mapping = null;
  }

  private onMapping(event: Event) {
    const select = event.target as HTMLSelectElement;
    const field = select.dataset.field as CalendarCsvField;
    const mapping: CalendarCsvMapping = { ...(this.mapping ?? this.result()?.mapping ?? {}) };
    if (select.value === '') delete mapping[field];
    else mapping[field] = Number(select.value);
    this.mapping = mapping;
  }

  private confirm() {
    const entries = this.result()?.rows.flatMap((r) => (r.entry ? [r.entry] : [])) ?? [];
    if (!entries.length) return;
    this.dispatchEvent(calendarEvent('ck-calendar-import-confirm', { kitId: this.kitId, entries }));
  }

  private cancel() {
    this.renderRoot.querySelector('dialog')?.close();
  }

  private onKeydown(event: KeyboardEvent) {
    // Keys typed in the dialog stay in it (the calendar's own keys must not act behind it).
    event.stopPropagation();
  }

  private onClose() {
    this.dispatchEvent(calendarEvent('ck-calendar-import-close', {}));
  }
}

if (!customElements.get('ck-calendar-import')) customElements.define('ck-calendar-import', CkCalendarImport);

declare global {
  interface HTMLElementTagNameMap {
    'ck-calendar-import': CkCalendarImport;
  }
}
