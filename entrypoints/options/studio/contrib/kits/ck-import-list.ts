import { css, html, LitElement, nothing } from 'lit';
import type { ImportBrief } from './summarize-plan';
import { t } from '../../../../../components/i18n/t';
import { kindLabel } from '../../../../../components/i18n/labels';

const STEP = 200;

/**
 * A list of items or entries in the import preview: the first 200 rows, then more on request, so a 10,000-item kit
 * costs only what is on screen. Kit text is shown as text, isolated so it cannot reorder the row around it.
 */
export class CkImportList extends LitElement {
  static override styles = css`
    :host { display: block; }
    ul { list-style: none; margin: 0; padding: 0; max-height: 320px; overflow: auto; border: 1px solid var(--ck-border); border-radius: 4px; }
    li { display: flex; gap: 8px; padding: 2px 8px; font-size: 12px; line-height: 20px; border-bottom: 1px solid var(--ck-border); }
    li:last-child { border-bottom: 0; }
    .kind { flex: none; color: var(--ck-muted); min-width: 3em; }
    .title { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; unicode-bidi: isolate; }
    .id { flex: none; max-width: 30%; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; color: var(--ck-muted); font-family: var(--ck-font-mono); unicode-bidi: isolate; }
    .empty { color: var(--ck-muted); font-size: 12px; margin: 0; }
    button { margin-top: 4px; font: inherit; font-size: 12px; padding: 1px 8px; border-radius: 3px; border: 1px solid var(--ck-border); background: var(--ck-button-bg); color: var(--ck-button-fg); cursor: pointer; }
  `;

  static override properties = { rows: { attribute: false }, hook: { attribute: false }, shown: { state: true } };

  declare rows: readonly ImportBrief[];
  /** The list's `data-ck` hook. */
  declare hook: string;
  declare shown: number;

  constructor() {
    super();
    this.rows = [];
    this.hook = 'import-list';
    this.shown = STEP;
  }

  override render() {
    const rows = this.rows;
    if (!rows.length) return html`<p class="empty" data-ck=${this.hook} data-count="0">${t('importEmptyList')}</p>`;
    const rest = rows.length - this.shown;
    return html`<ul data-ck=${this.hook} data-count=${rows.length}>
        ${rows.slice(0, this.shown).map(
          (row) => html`<li data-ck="import-row" data-id=${row.id}>
            <span class="kind">${row.kind ? kindLabel(row.kind) : (row.date ?? '')}</span>
            <span class="title">${row.title}</span>
            <span class="id">${row.id}</span>
          </li>`,
        )}
      </ul>
      ${rest > 0 ? html`<button @click=${this.onMore}>${t('importShowMore', Math.min(rest, STEP), rows.length)}</button>` : nothing}`;
  }

  private onMore() {
    this.shown += STEP;
  }
}

if (!customElements.get('ck-import-list')) customElements.define('ck-import-list', CkImportList);

declare global {
  interface HTMLElementTagNameMap {
    'ck-import-list': CkImportList;
  }
}
