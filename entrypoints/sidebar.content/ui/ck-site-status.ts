import { css, html, LitElement, nothing } from 'lit';
import type { Platform } from '../../../content-kit';
import { t, type MessageKey } from '../../../components/i18n/t';
import type { PartCheck } from '../../../sites/check-parts';
import './ck-report-preview';
import { sidebarEvent } from './sidebar-events';
import { platformLabel } from '../../../components/i18n/labels';

/** Where the page stands: `ready` (inserts verify), `no-composer` (inserts copy), `copy-only` (the editor refused). */
export type SiteState = 'ready' | 'no-composer' | 'copy-only';

/** What the status line shows. */
export interface SiteStatusView {
  state: SiteState;
  site: Platform;
  /** Known parts of this page that were found, and those that were not. */
  found: PartCheck['part'][];
  missing: PartCheck['part'][];
  /** The report's JSON while its preview is open. */
  report: string | null;
}

const STATE_TEXT: Record<SiteState, MessageKey> = { ready: 'statusReady', 'no-composer': 'statusNoComposer', 'copy-only': 'statusCopyOnly' };
const PART_NAME: Record<PartCheck['part'], MessageKey> = {
  composer: 'partComposer',
  'hot-list': 'partHotList',
  'group-name': 'partGroupName',
  'chat-name': 'partChatName',
};

/** The site's name in the UI language. */
export const siteName = (site: Platform) => platformLabel(site);

const names = (parts: PartCheck['part'][]) => parts.map((p) => t(PART_NAME[p])).join('、');

/** The sidebar's one-line page status with the parts the adapter found, and the "report this page" action. */
export class CkSiteStatus extends LitElement {
  static override styles = css`
    :host { display: block; }
    .status { display: grid; grid-template-columns: auto 1fr auto; gap: 2px 6px; align-items: baseline; font-size: 12px;
              padding: 6px 8px; border-radius: 6px; background: var(--ck-subtle, #f3f5f6); color: var(--ck-fg, #1f2328); }
    .dot { width: 8px; height: 8px; border-radius: 50%; background: var(--ck-accent, #0f766e); }
    [data-state='no-composer'] .dot { background: var(--ck-muted, #5f6b73); }
    [data-state='copy-only'] .dot { background: var(--ck-warning, #9a5800); }
    .parts { grid-column: 2 / 4; color: var(--ck-muted, #5f6b73); }
    button { font: inherit; font-size: 12px; border: none; background: none; color: var(--ck-accent, #0f766e); cursor: pointer;
             padding: 0; text-decoration: underline; }
    button:focus-visible { outline: 2px solid var(--ck-accent, #0f766e); outline-offset: 1px; }
  `;

  static override properties = { view: { attribute: false } };

  declare view: SiteStatusView | null;

  constructor() {
    super();
    this.view = null;
  }

  override render() {
    const view = this.view;
    if (!view) return nothing;
    return html`<div class="status" data-ck="site-status" data-state=${view.state} role="note" aria-live="polite">
        <span class="dot" aria-hidden="true"></span>
        <span>${t(STATE_TEXT[view.state], siteName(view.site))}</span>
        <button type="button" data-ck="report-page" @click=${() => this.dispatchEvent(sidebarEvent('ck-report-page', {}))}>${t('reportPage')}</button>
        <span class="parts">
          ${view.found.length ? t('statusFound', names(view.found)) : nothing}${view.found.length && view.missing.length ? ' · ' : nothing}${view.missing.length
            ? t('statusMissing', names(view.missing))
            : nothing}
        </span>
      </div>
      ${view.report === null ? nothing : html`<ck-report-preview .json=${view.report}></ck-report-preview>`}`;
  }
}

if (!customElements.get('ck-site-status')) customElements.define('ck-site-status', CkSiteStatus);

declare global {
  interface HTMLElementTagNameMap {
    'ck-site-status': CkSiteStatus;
  }
}
