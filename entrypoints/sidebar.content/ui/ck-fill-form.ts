import { html, LitElement, nothing } from 'lit';
import { countLength, fillTemplate, lintInsertionWithRules, prepareInsertion, type BlankSource } from '../../../content-kit';
import './ck-lint-list';
import type { FillRequest } from './sidebar-view';
import { sidebarEvent } from './sidebar-events';
import { t, type MessageKey } from '../../../components/i18n/t';
import { uiLocale } from '../../../components/i18n/ui-locale';
import { fillFormStyles } from './fill-form-styles';
import { lintRows, rowsBlock } from '../lint-rows';

const SOURCE_LABEL: Record<Exclude<BlankSource, ''>, MessageKey> = {
  page: 'blankSourcePage',
  profile: 'blankSourceProfile',
  canvas: 'blankSourceCanvas',
  default: 'blankSourceDefault',
};

/**
 * The form an item with blanks opens: one field per blank (label, the hint as a placeholder, where its value came
 * from, "remember for this blank"), a live preview, the length against the platform's limit and the lint findings.
 * Insert is allowed with warnings; with a required blank empty it is refused and the blank marked; an error
 * finding the user has not ignored once disables insert and copy.
 */
export class CkFillForm extends LitElement {
  static override styles = fillFormStyles;

  static override properties = { request: { attribute: false }, values: { state: true }, sources: { state: true }, refused: { state: true }, ignored: { state: true } };

  declare request: FillRequest | null;
  /** The fields' values by blank name (a Map: a blank may be named `__proto__`). */
  declare values: Map<string, string>;
  /** Where each value still standing came from; a blank the user typed in has none. */
  declare sources: Map<string, BlankSource>;
  /** Set once an insert or copy was refused for empty required blanks: from then on they are marked. */
  declare refused: boolean;
  /** Findings the user chose to "ignore once" while this form is open. */
  declare ignored: ReadonlySet<string>;

  constructor() {
    super();
    this.request = null;
    this.values = new Map();
    this.sources = new Map();
    this.refused = false;
    this.ignored = new Set();
  }

  override willUpdate(changed: Map<string, unknown>) {
    if (!changed.has('request')) return;
    const resolved = this.request?.resolved;
    this.values = new Map((this.request?.variables ?? []).map((v) => [v.name, resolved?.get(v.name)?.value ?? '']));
    this.sources = new Map((this.request?.variables ?? []).map((v) => [v.name, resolved?.get(v.name)?.source ?? '']));
    this.refused = false;
    this.ignored = new Set();
  }

  override firstUpdated() {
    this.renderRoot.querySelector<HTMLElement>('[data-ck="var"]')?.focus();
  }

  override render() {
    const request = this.request;
    if (!request) return null;
    const filled = fillTemplate({ body: request.body, variables: request.variables }, this.values, { keepUnfilled: true });
    const missing = new Set(this.refused ? filled.missing : []);
    const prepared = prepareInsertion(request.kind, filled.text, request.target);
    const rows = lintRows(prepared.text, lintInsertionWithRules(request.draft, prepared.text, request.target, request.lintRules ?? [], request.lintOptions), this.ignored, uiLocale());
    const total = countLength(request.draft, request.target.counting) + countLength(prepared.text, request.target.counting);
    const blocked = rowsBlock(rows);
    return html`<form data-ck="fill-form" aria-label=${t('fillTitle', request.title)} @submit=${this.onSubmit} @keydown=${this.onKeydown}>
      <h3>${request.title}</h3>
      ${request.variables.map((v, i) => {
        const source = this.sources.get(v.name) ?? '';
        const value = this.values.get(v.name) ?? '';
        const invalid = missing.has(v.name);
        const remembered = source === 'profile' || !value.trim();
        return html`<div class="field ${invalid ? 'invalid' : ''}">
          <label for="ck-var-${i}">
            <span class="label">${v.label}${v.required ? html`<abbr title=${t('fillRequired')} aria-hidden="true">*</abbr>` : null}</span>
            ${source ? html`<span class="source ${source}" title=${t('blankSourceTitle', t(SOURCE_LABEL[source]))}>${t(SOURCE_LABEL[source])}</span>` : null}
          </label>
          <input
            id="ck-var-${i}"
            data-ck="var"
            data-name=${v.name}
            data-source=${source || 'typed'}
            .value=${value}
            aria-required=${v.required ? 'true' : 'false'}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${invalid ? `ck-var-${i}-error` : nothing}
            placeholder=${v.hint ?? ''}
            @input=${(e: Event) => this.onInput(v.name, (e.target as HTMLInputElement).value)}
          />
          ${invalid ? html`<small class="error" id="ck-var-${i}-error">${t('fillRequiredEmpty')}</small>` : null}
          ${remembered
            ? null
            : html`<button type="button" class="link" data-ck="remember" @click=${() => this.onRemember(v.name, value)}>${t('fillRemember')}</button>`}
        </div>`;
      })}
      <div class="preview" role="region" tabindex="0" aria-label=${t('fillPreview')}>${prepared.text}</div>
      <div class="count ${total > request.target.limit ? 'over' : ''}" aria-live="polite">
        ${t('fillCount', total, request.target.limit, request.target.label[uiLocale()])}
      </div>
      ${rows.length ? html`<ck-lint-list ignorable .rows=${rows} @ck-lint-ignore=${this.onIgnore} @ck-lint-allow=${this.onAllow}></ck-lint-list>` : null}
      ${missing.size
        ? html`<p class="missing" role="alert">${t('fillBlocked', labelsOf(request, missing))}</p>`
        : filled.missing.length
          ? html`<p class="pending">${t('fillMissing', labelsOf(request, new Set(filled.missing)))}</p>`
          : null}
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
    this.values = new Map(this.values).set(name, value);
    this.sources = new Map(this.sources).set(name, '');
  }

  private onRemember(name: string, value: string) {
    this.sources = new Map(this.sources).set(name, 'profile');
    this.dispatchEvent(sidebarEvent('ck-remember', { name, value: value.trim() }));
  }

  private onSubmit(event: Event) {
    event.preventDefault();
    this.submit('insert');
  }

  private submit(mode: 'insert' | 'copy') {
    const request = this.request;
    if (!request) return;
    const { missing } = fillTemplate({ body: request.body, variables: request.variables }, this.values);
    if (missing.length) {
      // Refused: mark the empty required blanks and take the user to the first one.
      this.refused = true;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    this.dispatchEvent(sidebarEvent('ck-fill-submit', { key: request.key, values: Object.fromEntries(this.values), mode }));
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

/** The labels of some blanks, in the form's order, for a message. */
function labelsOf(request: FillRequest, names: ReadonlySet<string>): string {
  return request.variables.filter((v) => names.has(v.name)).map((v) => v.label).join('、');
}

if (!customElements.get('ck-fill-form')) customElements.define('ck-fill-form', CkFillForm);

declare global {
  interface HTMLElementTagNameMap {
    'ck-fill-form': CkFillForm;
  }
}
