import { css, html, LitElement } from 'lit';
import { t } from '../../../../../components/i18n/t';
import { addAllowed } from '../../../../../utils/lint/lint-settings';

/**
 * The user's always-allowed phrases, with add and remove: data in (`allow`), the whole new list out
 * (`ck-lint-allow-change`). The hook is `[data-ck="setting-lint-allow"]`.
 */
export class CkLintAllowList extends LitElement {
  static override styles = css`
    :host { display: grid; gap: 6px; }
    form { display: flex; gap: 6px; }
    input { flex: 1; font: inherit; padding: 2px 6px; border-radius: 3px; border: 1px solid var(--ck-border); background: var(--ck-input-bg); color: var(--ck-fg); }
    ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px; }
    li { display: inline-flex; align-items: center; gap: 2px; padding: 0 2px 0 8px; border-radius: 10px; background: var(--ck-hover-bg); }
    li button { border: 0; background: none; color: var(--ck-muted); cursor: pointer; padding: 0 4px; font: inherit; }
    form button { font: inherit; padding: 2px 10px; border-radius: 3px; border: 1px solid var(--ck-border); background: var(--ck-button-bg); color: var(--ck-button-fg); cursor: pointer; }
    .empty { margin: 0; color: var(--ck-muted); font-size: 12px; }
  `;

  static override properties = { allow: { attribute: false } };

  declare allow: readonly string[];

  constructor() {
    super();
    this.allow = [];
  }

  override render() {
    return html`<div data-ck="setting-lint-allow">
      <form @submit=${this.onAdd}>
        <input data-ck="lint-allow-input" maxlength="100" placeholder=${t('studioLintAllowPlaceholder')} aria-label=${t('studioLintAllowPlaceholder')} />
        <button type="submit" data-ck="lint-allow-add">${t('studioLintAllowAdd')}</button>
      </form>
      ${this.allow.length
        ? html`<ul aria-label=${t('studioLintAllow')}>
            ${this.allow.map(
              (phrase) => html`<li data-ck="lint-allow-entry" data-phrase=${phrase}>
                <span>${phrase}</span>
                <button type="button" data-ck="lint-allow-remove" aria-label=${t('studioLintAllowRemove', phrase)} title=${t('studioLintAllowRemove', phrase)} @click=${() => this.emit(this.allow.filter((p) => p !== phrase))}>×</button>
              </li>`,
            )}
          </ul>`
        : html`<p class="empty">${t('studioLintAllowEmpty')}</p>`}
    </div>`;
  }

  private onAdd(event: Event) {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('[data-ck="lint-allow-input"]')!;
    const next = addAllowed(this.allow, [input.value]);
    input.value = '';
    if (next.length !== this.allow.length) this.emit(next);
  }

  private emit(allow: string[]) {
    this.dispatchEvent(new CustomEvent('ck-lint-allow-change', { detail: { allow }, bubbles: true, composed: true }));
  }
}

if (!customElements.get('ck-lint-allow-list')) customElements.define('ck-lint-allow-list', CkLintAllowList);

declare global {
  interface HTMLElementTagNameMap {
    'ck-lint-allow-list': CkLintAllowList;
  }
  interface HTMLElementEventMap {
    'ck-lint-allow-change': CustomEvent<{ allow: string[] }>;
  }
}
