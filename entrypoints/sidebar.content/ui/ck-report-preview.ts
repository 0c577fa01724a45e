import { css, html, LitElement } from 'lit';
import { t } from '../../../components/i18n/t';
import { sidebarEvent } from './sidebar-events';

/** The page report shown before it leaves the sidebar: its JSON as text, then copy, save as .json, or close. */
export class CkReportPreview extends LitElement {
  static override styles = css`
    :host { display: block; margin-top: 8px; }
    section { display: grid; gap: 6px; padding: 8px; border: 1px solid var(--ck-border, #d5dadd); border-radius: 6px; }
    h3 { margin: 0; font-size: 13px; }
    p { margin: 0; font-size: 12px; color: var(--ck-muted, #5f6b73); }
    pre { margin: 0; max-height: 240px; overflow: auto; font: 11px/1.4 ui-monospace, monospace; white-space: pre-wrap;
          word-break: break-all; background: var(--ck-subtle, #f3f5f6); padding: 6px; border-radius: 4px; }
    .actions { display: flex; gap: 6px; flex-wrap: wrap; }
    button { font: inherit; font-size: 12px; padding: 3px 10px; border-radius: 4px; border: 1px solid var(--ck-border, #ccc);
             background: var(--ck-bg, #fff); color: inherit; cursor: pointer; }
    button.primary { background: var(--ck-accent, #0f766e); border-color: var(--ck-accent, #0f766e); color: #fff; }
    button:focus-visible, pre:focus-visible { outline: 2px solid var(--ck-accent, #0f766e); outline-offset: 1px; }
  `;

  static override properties = { json: { attribute: false } };

  declare json: string;

  constructor() {
    super();
    this.json = '';
  }

  override render() {
    return html`<section aria-label=${t('reportTitle')}>
      <h3>${t('reportTitle')}</h3>
      <p>${t('reportHint')}</p>
      <pre data-ck="report-preview" tabindex="0">${this.json}</pre>
      <div class="actions">
        <button type="button" class="primary" data-ck="report-copy" @click=${() => this.dispatchEvent(sidebarEvent('ck-report-copy', {}))}>
          ${t('reportCopy')}
        </button>
        <button type="button" data-ck="report-save" @click=${() => this.dispatchEvent(sidebarEvent('ck-report-save', {}))}>${t('reportSave')}</button>
        <button type="button" data-ck="report-close" @click=${() => this.dispatchEvent(sidebarEvent('ck-report-close', {}))}>${t('reportClose')}</button>
      </div>
    </section>`;
  }
}

if (!customElements.get('ck-report-preview')) customElements.define('ck-report-preview', CkReportPreview);

declare global {
  interface HTMLElementTagNameMap {
    'ck-report-preview': CkReportPreview;
  }
}
