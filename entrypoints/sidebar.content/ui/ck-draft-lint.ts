import { css, html, LitElement, nothing } from 'lit';
import { t } from '../../../components/i18n/t';
import type { DraftLintRow } from '../create-draft-lint';
import { sidebarEvent } from './sidebar-events';

const BADGE = { error: 'lintError', warning: 'lintWarning', info: 'lintInfo' } as const;

/**
 * The findings in the user's own draft, above the suggestions: one row per rule with the words it found and
 * how often, its reason and law, "ignore once" and "always allow". Each row is a `[data-ck="lint"]` hook.
 */
export class CkDraftLint extends LitElement {
  static override styles = css`
    :host { display: block; }
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
    li { padding: 6px 8px; border-radius: 6px; font-size: 12px; line-height: 1.45; background: var(--ck-warning-bg, #fff6e0); }
    li.error { background: var(--ck-error-bg, #fdecec); }
    li.info { background: var(--ck-info-bg, #eef3ff); }
    .head { display: flex; gap: 6px; align-items: baseline; flex-wrap: wrap; }
    .badge { font-weight: 600; }
    .error .badge { color: var(--ck-error, #c0262d); }
    .warning .badge { color: var(--ck-warning, #9a5800); }
    .info .badge { color: var(--ck-info, #2f5bb7); }
    q { font-weight: 600; quotes: '「' '」'; overflow-wrap: anywhere; }
    .count, .law { color: var(--ck-muted, #5f6b73); }
    p { margin: 2px 0 0; }
    .actions { display: flex; gap: 6px; margin-top: 4px; }
    button { font: inherit; font-size: 12px; border: 1px solid var(--ck-border, #d5dadd); background: var(--ck-bg, #fff); color: inherit;
             border-radius: 4px; padding: 1px 8px; cursor: pointer; }
  `;

  static override properties = { rows: { attribute: false } };

  declare rows: DraftLintRow[];

  constructor() {
    super();
    this.rows = [];
  }

  override render() {
    if (!this.rows.length) return nothing;
    return html`<ul aria-label=${t('lintDraftTitle')}>
      ${this.rows.map(
        (row) => html`<li data-ck="lint" data-rule=${row.ruleId} data-severity=${row.severity} class=${row.severity}>
          <div class="head">
            <span class="badge">${t(BADGE[row.severity])}</span>
            ${row.quotes.map((quote) => html`<q>${quote}</q>`)}
            ${row.count > 1 ? html`<span class="count">${t('lintCount', row.count)}</span>` : nothing}
          </div>
          <p>${row.reason}</p>
          ${row.law ? html`<p class="law">${t('lintLaw', row.law)}</p>` : nothing}
          <div class="actions">
            <button type="button" data-ck="lint-ignore" @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.dispatchEvent(sidebarEvent('ck-lint-ignore', { keys: row.ignoreKeys }))}>
              ${t('lintIgnoreOnce')}
            </button>
            ${row.phrases.length
              ? html`<button
                  type="button"
                  data-ck="lint-allow"
                  title=${t('lintAllowTitle', row.phrases.join('、'))}
                  @mousedown=${(e: Event) => e.preventDefault()}
                  @click=${() => this.dispatchEvent(sidebarEvent('ck-lint-allow', { phrases: row.phrases }))}
                >
                  ${t('lintAllowAlways')}
                </button>`
              : nothing}
          </div>
        </li>`,
      )}
      ${this.rows.some((row) => row.severity === 'error') ? html`<li class="error" role="note">${t('lintBlocked')}</li>` : nothing}
    </ul>`;
  }
}

if (!customElements.get('ck-draft-lint')) customElements.define('ck-draft-lint', CkDraftLint);

declare global {
  interface HTMLElementTagNameMap {
    'ck-draft-lint': CkDraftLint;
  }
}
