import { css, html, LitElement, nothing } from 'lit';
import { t } from '../../../../../components/i18n/t';

const STEP = 500;

/** Every error of a rejected file, `path: reason` per line, in a scrolling list under its count. */
export class CkImportErrors extends LitElement {
  static override styles = css`
    :host { display: block; }
    h2 { margin: 0 0 4px; font-size: 14px; color: var(--ck-error); }
    p { margin: 0 0 8px; color: var(--ck-muted); font-size: 12px; }
    ol { margin: 0; padding: 6px 6px 6px 3.2em; max-height: 50vh; overflow: auto; border: 1px solid var(--ck-border); border-radius: 4px; background: var(--ck-input-bg); font-size: 12px; line-height: 1.6; }
    li { overflow-wrap: anywhere; unicode-bidi: isolate; }
    code { font-family: var(--ck-font-mono); color: var(--ck-error); }
    button { margin-top: 6px; font: inherit; font-size: 12px; padding: 1px 8px; border-radius: 3px; border: 1px solid var(--ck-border); background: var(--ck-button-bg); color: var(--ck-button-fg); cursor: pointer; }
  `;

  static override properties = { errors: { attribute: false }, shown: { state: true } };

  declare errors: readonly string[];
  declare shown: number;

  constructor() {
    super();
    this.errors = [];
    this.shown = STEP;
  }

  override render() {
    const errors = this.errors;
    const rest = errors.length - this.shown;
    return html`<h2 role="alert">${t('importErrors', errors.length)}</h2>
      <p>${t('importErrorsHint')}</p>
      <ol data-ck="import-errors" data-count=${errors.length} tabindex="0" aria-label=${t('importErrors', errors.length)}>
        ${errors.slice(0, this.shown).map((line) => {
          const colon = line.indexOf(': ');
          return colon < 0 ? html`<li data-ck="import-error">${line}</li>` : html`<li data-ck="import-error"><code>${line.slice(0, colon)}</code>: ${line.slice(colon + 2)}</li>`;
        })}
      </ol>
      ${rest > 0 ? html`<button @click=${this.onMore}>${t('importShowMore', Math.min(rest, STEP), errors.length)}</button>` : nothing}`;
  }

  private onMore() {
    this.shown += STEP;
  }
}

if (!customElements.get('ck-import-errors')) customElements.define('ck-import-errors', CkImportErrors);

declare global {
  interface HTMLElementTagNameMap {
    'ck-import-errors': CkImportErrors;
  }
}
