import { css, html, LitElement } from 'lit';
import type { LintFinding } from '../../../content-kit';
import { t } from '../../../components/i18n/t';
import { uiLocale } from '../../../components/i18n/ui-locale';

/** Lint findings as a list, worst first; each row is a `[data-ck="lint"]` hook. */
export class CkLintList extends LitElement {
  static override styles = css`
    :host { display: block; }
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 4px; }
    li { display: flex; gap: 6px; align-items: baseline; padding: 4px 6px; border-radius: 4px; font-size: 12px; line-height: 1.45;
         background: var(--ck-warning-bg, #fff7e6); color: var(--ck-fg, #222); }
    li.error { background: var(--ck-error-bg, #fdecec); }
    li.info { background: var(--ck-info-bg, #eef4ff); }
    .badge { flex: none; font-weight: 600; }
    .error .badge { color: var(--ck-error, #c0262d); }
    .warning .badge { color: var(--ck-warning, #a15c00); }
    .info .badge { color: var(--ck-info, #2f5bb7); }
    button { margin-left: auto; flex: none; font: inherit; border: 1px solid currentColor; background: none; border-radius: 3px; cursor: pointer; color: inherit; padding: 0 6px; }
  `;

  static override properties = { findings: { attribute: false }, fixable: { type: Boolean }, ignorable: { type: Boolean } };

  declare findings: LintFinding[];
  declare fixable: boolean;
  /** Offers "ignore once" on each finding (the fill form, where an error blocks until it is ignored). */
  declare ignorable: boolean;

  constructor() {
    super();
    this.findings = [];
    this.fixable = false;
    this.ignorable = false;
  }

  override render() {
    const order = { error: 0, warning: 1, info: 2 };
    const locale = uiLocale();
    const sorted = [...this.findings].sort((a, b) => order[a.severity] - order[b.severity] || a.start - b.start);
    return html`<ul aria-label=${t('lintTitle')}>
      ${sorted.map(
        (f) => html`<li data-ck="lint" data-rule=${f.ruleId} data-severity=${f.severity} class=${f.severity}>
          <span class="badge">${t(f.severity === 'error' ? 'lintError' : f.severity === 'warning' ? 'lintWarning' : 'lintInfo')}</span>
          <span>${f.message[locale]}</span>
          ${this.fixable && f.fix
            ? html`<button type="button" @click=${() => this.onFix(f)}>${f.fix.label[locale]}</button>`
            : null}
          ${this.ignorable
            ? html`<button type="button" data-ck="lint-ignore" @click=${() => this.dispatchEvent(new CustomEvent('ck-lint-ignore-finding', { detail: { finding: f }, bubbles: true, composed: true }))}>${t('lintIgnoreOnce')}</button>`
            : null}
        </li>`,
      )}
    </ul>`;
  }

  private onFix(finding: LintFinding) {
    this.dispatchEvent(new CustomEvent('ck-lint-fix', { detail: { finding }, bubbles: true, composed: true }));
  }
}

if (!customElements.get('ck-lint-list')) customElements.define('ck-lint-list', CkLintList);

declare global {
  interface HTMLElementTagNameMap {
    'ck-lint-list': CkLintList;
  }
  interface HTMLElementEventMap {
    'ck-lint-fix': CustomEvent<{ finding: LintFinding }>;
    'ck-lint-ignore-finding': CustomEvent<{ finding: LintFinding }>;
  }
}
