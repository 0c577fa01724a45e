import { css, html, LitElement, nothing } from 'lit';
import type { LintFinding } from '../../../content-kit';
import { t } from '../../../components/i18n/t';
import { uiLocale } from '../../../components/i18n/ui-locale';
import { lintRows, rowsBlock, type LintRow } from '../lint-rows';
import { sidebarEvent } from './sidebar-events';

const BADGE = { error: 'lintError', warning: 'lintWarning', info: 'lintInfo' } as const;

/**
 * Lint findings, one row per rule, worst first: the words found and how often, the reason and the law, and (when
 * `ignorable`) "ignore once" and "always allow". Each row is a `[data-ck="lint"]` hook.
 */
export class CkLintList extends LitElement {
  // Compact on purpose: the content script's size budget is tight and templates are not minified.
  static override styles = css`:host{display:block}ul{list-style:none;margin:0;padding:0;display:grid;gap:4px}li{padding:4px 6px;border-radius:4px;font-size:12px;line-height:1.45;background:var(--ck-warning-bg);color:var(--ck-fg)}.error{background:var(--ck-error-bg)}.info{background:var(--ck-info-bg)}b{margin-right:6px}.error b{color:var(--ck-error)}.warning b{color:var(--ck-warning)}.info b{color:var(--ck-info)}q{font-weight:600;quotes:'「' '」';margin-right:4px;overflow-wrap:anywhere}small{color:var(--ck-muted)}div{margin-top:2px}button{font:inherit;border:1px solid var(--ck-border);background:var(--ck-bg);color:inherit;border-radius:3px;padding:0 6px;margin:2px 6px 0 0;cursor:pointer}`;

  static override properties = { rows: { attribute: false }, findings: { attribute: false }, ignorable: { type: Boolean } };

  /** The rows to show; when empty, `findings` are shown instead (without the words they found). */
  declare rows: LintRow[];
  declare findings: LintFinding[];
  /** Offers "ignore once" and "always allow", and says that an error blocks until it is ignored. */
  declare ignorable: boolean;

  constructor() {
    super();
    this.rows = [];
    this.findings = [];
    this.ignorable = false;
  }

  override render() {
    const rows = this.rows.length ? this.rows : lintRows('', this.findings, new Set(), uiLocale());
    const on = this.ignorable;
    return html`<ul aria-label=${t('lintTitle')}>${rows.map(
      (row) =>
        html`<li data-ck="lint" data-rule=${row.ruleId} data-severity=${row.severity} class=${row.severity}><b>${t(BADGE[row.severity])}</b>${row.quotes.map((quote) => html`<q>${quote}</q>`)}${row.count > 1 ? html`<small>${t('lintCount', row.count)}</small>` : nothing}<div>${row.reason}</div>${row.law ? html`<div><small>${t('lintLaw', row.law)}</small></div>` : nothing}${on ? this.actions(row) : nothing}</li>`,
    )}${on && rowsBlock(rows) ? html`<li class="error" role="note">${t('lintBlocked')}</li>` : nothing}</ul>`;
  }

  private actions(row: LintRow) {
    const emit = (name: 'ck-lint-ignore' | 'ck-lint-allow') => () => this.dispatchEvent(sidebarEvent(name, { keys: row.ignoreKeys, phrases: row.phrases }));
    return html`<button type="button" data-ck="lint-ignore" @mousedown=${this.keepFocus} @click=${emit('ck-lint-ignore')}>${t('lintIgnoreOnce')}</button>${row.phrases.length
        ? html`<button type="button" data-ck="lint-allow" title=${t('lintAllowTitle', row.phrases.join('、'))} @mousedown=${this.keepFocus} @click=${emit('ck-lint-allow')}>${t('lintAllowAlways')}</button>`
        : nothing}`;
  }

  // The composer keeps its caret while the user answers a finding.
  private keepFocus(event: Event) {
    event.preventDefault();
  }
}

if (!customElements.get('ck-lint-list')) customElements.define('ck-lint-list', CkLintList);

declare global {
  interface HTMLElementTagNameMap {
    'ck-lint-list': CkLintList;
  }
}
