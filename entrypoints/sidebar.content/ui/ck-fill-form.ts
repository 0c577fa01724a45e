import { html, LitElement } from 'lit';
import { countLength, fillTemplate, lintInsertion, prepareInsertion } from '../../../content-kit';
import './ck-lint-list';
import type { FillRequest } from './sidebar-view';
import { sidebarEvent } from './sidebar-events';
import { t } from '../../../components/i18n/t';
import { uiLocale } from '../../../components/i18n/ui-locale';
import { fillFormStyles } from './fill-form-styles';
import { lintRows, rowsBlock } from '../lint-rows';

/**
 * The form an item with blanks opens: one field per blank (label, hint, default, required mark), a live
 * preview, the length against the platform's limit and the lint findings. Insert and copy are allowed with
 * warnings and blocked while a required blank is empty or a finding is an error the user has not ignored once.
 */
export class CkFillForm extends LitElement {
  static override styles = fillFormStyles;

  static override properties = { request: { attribute: false }, values: { state: true }, ignored: { state: true } };

  declare request: FillRequest | null;
  declare values: Record<string, string>;
  /** Findings the user chose to "ignore once" while this form is open. */
  declare ignored: ReadonlySet<string>;

  constructor() {
    super();
    this.request = null;
    this.values = {};
    this.ignored = new Set();
  }

  override willUpdate(changed: Map<string, unknown>) {
    if (!changed.has('request')) return;
    this.values = Object.fromEntries((this.request?.variables ?? []).map((v) => [v.name, v.default ?? '']));
    this.ignored = new Set();
  }

  override firstUpdated() {
    this.renderRoot.querySelector<HTMLElement>('[data-ck="var"]')?.focus();
  }

  override render() {
    const request = this.request;
    if (!request) return null;
    const filled = fillTemplate({ body: request.body, variables: request.variables }, this.values, { keepUnfilled: true });
    const prepared = prepareInsertion(request.kind, filled.text, request.target);
    const rows = lintRows(prepared.text, lintInsertion(request.draft, prepared.text, request.target, undefined, request.lintOptions), this.ignored, uiLocale());
    const total = countLength(request.draft, request.target.counting) + countLength(prepared.text, request.target.counting);
    const blocked = filled.missing.length > 0 || rowsBlock(rows);
    return html`<form data-ck="fill-form" aria-label=${t('fillTitle', request.title)} @submit=${this.onSubmit} @keydown=${this.onKeydown}>
      <h3>${request.title}</h3>
      ${request.variables.map(
        (v) => html`<label>
          <span class="label">${v.label}${v.required ? html`<abbr title=${t('fillRequired')} aria-hidden="true">*</abbr>` : null}</span>
          <input
            data-ck="var"
            data-name=${v.name}
            .value=${this.values[v.name] ?? ''}
            ?required=${v.required}
            aria-required=${v.required ? 'true' : 'false'}
            placeholder=${v.hint ?? ''}
            @input=${(e: Event) => this.onInput(v.name, (e.target as HTMLInputElement).value)}
          />
          ${v.hint ? html`<small>${v.hint}</small>` : null}
        </label>`,
      )}
      <div class="preview" aria-label=${t('fillPreview')}>${prepared.text}</div>
      <div class="count ${total > request.target.limit ? 'over' : ''}" aria-live="polite">
        ${t('fillCount', total, request.target.limit, request.target.label[uiLocale()])}
      </div>
      ${rows.length ? html`<ck-lint-list ignorable .rows=${rows} @ck-lint-ignore=${this.onIgnore} @ck-lint-allow=${this.onAllow}></ck-lint-list>` : null}
      ${filled.missing.length ? html`<p class="missing">${t('fillMissing', filled.missing.join('、'))}</p>` : null}
      <div class="actions">
        ${request.canInsert
          ? html`<button type="submit" class="primary" data-ck="fill-insert" ?disabled=${blocked}>${t('insert')}</button>`
          : null}
        <button type="button" data-ck="copy" ?disabled=${blocked} @click=${() => this.submit('copy')}>${t('copy')}</button>
        <button type="button" @click=${this.onCancel}>${t('cancel')}</button>
      </div>
    </form>`;
  }

  // "Ignore once" here is about the text being inserted, not the draft: the sidebar never hears of it.
  private onIgnore(event: CustomEvent<{ keys: string[] }>) {
    event.stopPropagation();
    this.ignored = new Set([...this.ignored, ...event.detail.keys]);
  }

  // The sidebar stores the allowed words; the form stops showing them at once (its options were taken on opening).
  private onAllow(event: CustomEvent<{ keys: string[] }>) {
    this.ignored = new Set([...this.ignored, ...event.detail.keys]);
  }

  private onInput(name: string, value: string) {
    this.values = { ...this.values, [name]: value };
  }

  private onSubmit(event: Event) {
    event.preventDefault();
    this.submit('insert');
  }

  private submit(mode: 'insert' | 'copy') {
    if (!this.request) return;
    this.dispatchEvent(sidebarEvent('ck-fill-submit', { key: this.request.key, values: { ...this.values }, mode }));
  }

  private onKeydown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.onCancel();
    }
  }

  private onCancel() {
    this.dispatchEvent(sidebarEvent('ck-fill-cancel', {}));
  }
}

if (!customElements.get('ck-fill-form')) customElements.define('ck-fill-form', CkFillForm);

declare global {
  interface HTMLElementTagNameMap {
    'ck-fill-form': CkFillForm;
  }
}
