import { css, html, LitElement, nothing } from 'lit';
import { diffFields, type CalendarEntry, type KitItem, type MergeConflict, type MergeSide } from '../../../../../content-kit';
import type { ImportSection } from './create-import-session';
import { fieldText } from './field-text';
import { t } from '../../../../../components/i18n/t';
import { kindLabel } from '../../../../../components/i18n/labels';

/** A person's choice for one conflict; crosses no shadow boundary beyond the preview. */
export type ImportChoiceEvent = CustomEvent<{ section: ImportSection; id: string; side: MergeSide }>;

/**
 * One conflict side by side: every field that differs (title, body, tags, stage, platforms, variables …) with mine
 * on the left and theirs on the right, when each was saved, and the choice of side. Values are text, never markup.
 */
export class CkImportDiff extends LitElement {
  static override styles = css`
    :host { display: block; border: 1px solid var(--ck-border); border-radius: 4px; margin-bottom: 10px; background: var(--ck-bg); contain: content; }
    header { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; padding: 6px 8px; background: var(--ck-sidebar-bg); border-bottom: 1px solid var(--ck-border); }
    .title { font-weight: 600; min-width: 0; overflow-wrap: anywhere; unicode-bidi: isolate; flex: 1; }
    .kind, .id { color: var(--ck-muted); font-size: 12px; }
    .id { font-family: var(--ck-font-mono); unicode-bidi: isolate; overflow-wrap: anywhere; }
    fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: 10px; font-size: 12px; }
    label { display: flex; align-items: center; gap: 3px; cursor: pointer; }
    table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 12px; }
    th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--ck-border); }
    tr:last-child > * { border-bottom: 0; }
    th { width: 7em; color: var(--ck-muted); font-weight: normal; font-family: var(--ck-font-mono); overflow-wrap: anywhere; }
    thead th { font-family: inherit; font-weight: 600; color: var(--ck-fg); }
    td > div { white-space: pre-wrap; overflow-wrap: anywhere; max-height: 200px; overflow: auto; unicode-bidi: isolate; }
    td.kept { background: var(--ck-info-bg); }
    .absent { color: var(--ck-muted); }
    .newer { font-size: 11px; color: var(--ck-accent); margin-left: 4px; }
  `;

  static override properties = { conflict: { attribute: false }, section: { attribute: false }, choice: { attribute: false } };

  declare conflict: MergeConflict<KitItem | CalendarEntry> | null;
  declare section: ImportSection;
  declare choice: MergeSide;

  constructor() {
    super();
    this.conflict = null;
    this.section = 'items';
    this.choice = 'base';
  }

  override render() {
    const c = this.conflict;
    if (!c) return nothing;
    const rows = diffFields(c.base, c.incoming, this.section);
    // The preview's conflicts carry mergeKits' default: on `newer`, its winner is the side saved later.
    const newer = c.reason === 'newer' ? c.winner : null;
    const kind = this.section === 'items' ? kindLabel((c.incoming as KitItem).kind) : (c.incoming as CalendarEntry).date;
    const name = `${this.section}-${c.id}`;
    const cell = (field: string, value: unknown, side: MergeSide) => {
      const text = fieldText(field, value);
      return html`<td class=${this.choice === side ? 'kept' : ''}><div>${text === '' ? html`<span class="absent">—</span>` : text}</div></td>`;
    };
    return html`<section data-ck="import-conflict" data-section=${this.section} data-id=${c.id} data-choice=${this.choice === 'incoming' ? 'theirs' : 'mine'}>
      <header>
        <span class="kind">${kind}</span>
        <span class="title">${c.incoming.title}</span>
        <span class="id">${c.id}</span>
        <fieldset aria-label=${c.incoming.title}>
          <label><input type="radio" data-ck="keep-mine" name=${name} .checked=${this.choice === 'base'} @change=${() => this.choose('base')} />${t('importKeepMine')}</label>
          <label><input type="radio" data-ck="take-theirs" name=${name} .checked=${this.choice === 'incoming'} @change=${() => this.choose('incoming')} />${t('importTakeTheirs')}</label>
        </fieldset>
      </header>
      <table>
        <thead>
          <tr>
            <th>${t('importField')}</th>
            <th>${t('importMine')}${newer === 'base' ? html`<span class="newer">${t('importNewer')}</span>` : nothing}</th>
            <th>${t('importTheirs')}${newer === 'incoming' ? html`<span class="newer">${t('importNewer')}</span>` : nothing}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map((row) => html`<tr data-ck="import-field" data-field=${row.field}><th>${row.field}</th>${cell(row.field, row.mine, 'base')}${cell(row.field, row.theirs, 'incoming')}</tr>`)}
          <tr data-field="updatedAt"><th>updatedAt</th>${cell('updatedAt', c.base.updatedAt, 'base')}${cell('updatedAt', c.incoming.updatedAt, 'incoming')}</tr>
        </tbody>
      </table>
    </section>`;
  }

  private choose(side: MergeSide) {
    if (!this.conflict) return;
    this.dispatchEvent(new CustomEvent('ck-import-choice', { detail: { section: this.section, id: this.conflict.id, side }, bubbles: true, composed: true }) as ImportChoiceEvent);
  }
}

if (!customElements.get('ck-import-diff')) customElements.define('ck-import-diff', CkImportDiff);

declare global {
  interface HTMLElementTagNameMap {
    'ck-import-diff': CkImportDiff;
  }
  interface HTMLElementEventMap {
    'ck-import-choice': ImportChoiceEvent;
  }
}
