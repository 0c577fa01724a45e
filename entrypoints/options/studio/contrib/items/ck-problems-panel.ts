import { css, html, LitElement, nothing } from 'lit';
import type { LintState } from '../../editor/lint-decorations';
import { t } from '../../../../../components/i18n/t';
import { uiLocale } from '../../../../../components/i18n/ui-locale';

type Finding = LintState['findings'][number];

/**
 * The Problems panel: the active item's lint findings, worst first, each with its reason and law. A click selects
 * the text in the editor; a fix button applies content-kit's suggested replacement; "ignore once" hides it for this
 * editor session and "always allow" adds its words to the user's allow-list. Each row is a `[data-ck="lint"]` hook.
 */
export class CkProblemsPanel extends LitElement {
  static override styles = css`
    :host { display: block; font-size: 12px; }
    ul { list-style: none; margin: 0; padding: 0; }
    li { display: flex; gap: 8px; align-items: baseline; padding: 3px 4px; border-radius: 3px; cursor: pointer; }
    li:hover { background: var(--ck-hover-bg); }
    .sev { flex: none; font-weight: 700; width: 1em; text-align: center; }
    .error .sev { color: var(--ck-error); }
    .warning .sev { color: var(--ck-warning); }
    .info .sev { color: var(--ck-info); }
    .rule, .law { color: var(--ck-muted); }
    .rule { flex: none; }
    .text { display: grid; }
    .actions { display: flex; gap: 4px; margin-left: auto; flex: none; }
    button { font: inherit; border: 1px solid var(--ck-border); border-radius: 3px; background: var(--ck-button-bg); color: var(--ck-button-fg); cursor: pointer; padding: 0 6px; }
    .empty { color: var(--ck-muted); padding: 4px; }
  `;

  static override properties = { lint: { attribute: false } };

  declare lint: LintState | null;

  constructor() {
    super();
    this.lint = null;
  }

  override render() {
    if (!this.lint) return html`<p class="empty">${t('studioProblemsNone')}</p>`;
    const order = { error: 0, warning: 1, info: 2 };
    const findings = [...this.lint.findings].sort((a, b) => order[a.severity] - order[b.severity] || a.from - b.from);
    if (!findings.length) return html`<p class="empty" data-ck="problems-clean">${t('studioProblemsClean', this.lint.target.label[uiLocale()])}</p>`;
    const locale = uiLocale();
    return html`<ul data-ck="problems" aria-label=${t('studioProblems')}>
      ${findings.map(
        (f) => html`<li class=${f.severity} data-ck="lint" data-rule=${f.ruleId} data-severity=${f.severity} @click=${() => this.emit('ck-problem-select', f)}>
          <span class="sev" aria-label=${t(f.severity === 'error' ? 'lintError' : f.severity === 'warning' ? 'lintWarning' : 'lintInfo')}>${f.severity === 'error' ? '⨯' : f.severity === 'warning' ? '!' : 'i'}</span>
          <span class="text">
            <span>${f.message[locale]}</span>
            ${f.law && !f.message[locale].includes(f.law[locale]) ? html`<span class="law">${t('lintLaw', f.law[locale])}</span>` : nothing}
          </span>
          <span class="rule">${f.ruleId}</span>
          <span class="actions">
            ${f.fix ? html`<button @click=${(e: Event) => { e.stopPropagation(); this.emit('ck-problem-fix', f); }}>${f.fix.label[locale]}</button>` : nothing}
            <button data-ck="lint-ignore" @click=${(e: Event) => { e.stopPropagation(); this.emit('ck-problem-ignore', f); }}>${t('lintIgnoreOnce')}</button>
            ${f.category === 'length'
              ? nothing
              : html`<button data-ck="lint-allow" title=${t('lintAllowTitle', f.quote)} @click=${(e: Event) => { e.stopPropagation(); this.emit('ck-problem-allow', f); }}>${t('lintAllowAlways')}</button>`}
          </span>
        </li>`,
      )}
    </ul>`;
  }

  private emit(type: 'ck-problem-select' | 'ck-problem-fix' | 'ck-problem-ignore' | 'ck-problem-allow', finding: Finding) {
    this.dispatchEvent(new CustomEvent(type, { detail: { finding }, bubbles: true, composed: true }));
  }
}

if (!customElements.get('ck-problems-panel')) customElements.define('ck-problems-panel', CkProblemsPanel);

declare global {
  interface HTMLElementTagNameMap {
    'ck-problems-panel': CkProblemsPanel;
  }
  interface HTMLElementEventMap {
    'ck-problem-select': CustomEvent<{ finding: Finding }>;
    'ck-problem-fix': CustomEvent<{ finding: Finding }>;
    'ck-problem-ignore': CustomEvent<{ finding: Finding }>;
    'ck-problem-allow': CustomEvent<{ finding: Finding }>;
  }
}
