import { css, html, LitElement, nothing } from 'lit';
import type { LintFinding } from '../../../content-kit';
import './ck-lint-list';
import { t } from '../../../components/i18n/t';
import { sidebarEvent } from './sidebar-events';
import type { SidebarNotice } from './sidebar-view';

/** How long a success stays on screen. */
const OK_MS = 4000;

/**
 * The sidebar's status toast: it floats over the bottom of the panel, so it never pushes the list the user is
 * reading. A success leaves by itself after ~4 s; a warning stays until the next keystroke (the controller clears
 * it); an error stays until the user dismisses it or does something else.
 */
export class CkNotice extends LitElement {
  static override styles = css`
    :host { position: absolute; left: 12px; right: 12px; bottom: 12px; z-index: 2; pointer-events: none; }
    .toast { pointer-events: auto; display: grid; grid-template-columns: 1fr auto; gap: 6px; align-items: start; font-size: 12px;
             border-radius: 8px; padding: 8px 10px; box-shadow: 0 4px 14px rgba(0,0,0,.18); background: var(--ck-bg, #fff);
             border: 1px solid var(--ck-border, #d5dadd); color: var(--ck-fg, #1f2328); max-height: 45vh; overflow: auto; }
    .toast.warning { background: var(--ck-warning-bg, #fff6e0); }
    .toast.error { background: var(--ck-error-bg, #fdecec); color: var(--ck-error, #c0262d); border-color: currentColor; }
    ck-lint-list { grid-column: 1 / -1; }
    button { border: none; background: none; color: inherit; cursor: pointer; font-size: 14px; line-height: 1; padding: 0 2px; }
    button:focus-visible { outline: 2px solid var(--ck-accent, #0f766e); }
  `;

  static override properties = { notice: { attribute: false }, findings: { attribute: false } };

  declare notice: SidebarNotice | null;
  declare findings: LintFinding[];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.notice = null;
    this.findings = [];
  }

  override updated(changed: Map<string, unknown>) {
    if (!changed.has('notice')) return;
    clearTimeout(this.timer);
    if (this.notice?.tone === 'ok' && !this.findings.length) this.timer = setTimeout(() => this.dismiss(), OK_MS);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  override render() {
    // The live region is always there, so a message put into it is announced.
    if (!this.notice && !this.findings.length) return html`<div role="status" aria-live="polite"></div>`;
    const tone = this.notice?.tone ?? 'warning';
    return html`<div role="status" aria-live="polite">
      <div class="toast ${tone}" data-ck="notice" data-tone=${tone}>
        <span>${this.notice?.text ?? ''}</span>
        <button type="button" aria-label=${t('noticeDismiss')} title=${t('noticeDismiss')} @click=${this.dismiss}>×</button>
        ${this.findings.length ? html`<ck-lint-list .findings=${this.findings}></ck-lint-list>` : nothing}
      </div>
    </div>`;
  }

  private dismiss() {
    this.dispatchEvent(sidebarEvent('ck-notice-dismiss', {}));
  }
}

if (!customElements.get('ck-notice')) customElements.define('ck-notice', CkNotice);

declare global {
  interface HTMLElementTagNameMap {
    'ck-notice': CkNotice;
  }
}
