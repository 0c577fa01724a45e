import { html, LitElement, nothing } from 'lit';
import { ITEM_KINDS, STAGES, type ItemKind, type LintFinding, type Stage } from '../../../content-kit';
import './ck-fill-form';
import './ck-lint-list';
import './ck-site-status';
import { rowsBlock, type LintRow } from '../lint-rows';
import type { SiteStatusView } from './ck-site-status';
import './ck-notice';
import { t } from '../../../components/i18n/t';
import { sidebarEvent } from './sidebar-events';
import { sidebarStyles } from './sidebar-styles';
import { renderSuggestionCard } from './suggestion-card-view';
import type { FillRequest, SidebarNotice, SuggestionView, TodayEntryView, TodayNodeView } from './sidebar-view';
import { kindLabel, stageLabel } from '../../../components/i18n/labels';

const MIN_WIDTH = 280;
const MAX_WIDTH = 560;

/**
 * The sidebar beside a site's composer: a handle on the page edge that opens a panel of suggestions,
 * hot topics, today's plan and the fill-in form. It only shows state and sends events; the content script
 * owns the data and the page.
 */
export class CkSidebar extends LitElement {
  static override styles = sidebarStyles;

  static override properties = {
    open: { type: Boolean, reflect: true },
    side: { type: String, reflect: true },
    width: { type: Number },
    targetLabel: { attribute: false },
    composerFound: { attribute: false },
    siteStatus: { attribute: false },
    suggestions: { attribute: false },
    hotTopics: { attribute: false },
    today: { attribute: false },
    todayNode: { attribute: false },
    fill: { attribute: false },
    notice: { attribute: false },
    findings: { attribute: false },
    tabTop: { attribute: false },
    layout: { type: String, reflect: true },
    draftLint: { attribute: false },
    query: { state: true },
    kind: { state: true },
    stage: { state: true },
  };

  declare open: boolean;
  declare side: 'left' | 'right';
  declare width: number;
  declare targetLabel: string;
  /** False when inserts become copies (no composer, or the editor refused). */
  declare composerFound: boolean;
  declare siteStatus: SiteStatusView | null;
  declare suggestions: SuggestionView[];
  declare hotTopics: string[];
  declare today: TodayEntryView[];
  declare todayNode: TodayNodeView | null;
  declare fill: FillRequest | null;
  declare notice: SidebarNotice | null;
  declare findings: LintFinding[];
  /** The closed tab's top (px), placed where it covers no content; undefined keeps the default. */
  declare tabTop: number | undefined;
  /** Docked beside the page or overlaying it. */
  declare layout: 'dock' | 'overlay';
  /** The findings in the composer's draft, one row per rule; an error among them blocks insert and copy. */
  declare draftLint: LintRow[];
  declare query: string;
  declare kind: ItemKind | '';
  declare stage: Stage | '';

  constructor() {
    super();
    this.open = false;
    this.side = 'right';
    this.width = 340;
    this.targetLabel = '';
    this.composerFound = true;
    this.siteStatus = null;
    this.suggestions = [];
    this.hotTopics = [];
    this.today = [];
    this.todayNode = null;
    this.fill = null;
    this.notice = null;
    this.findings = [];
    this.tabTop = undefined;
    this.layout = 'dock';
    this.draftLint = [];
    this.query = '';
    this.kind = '';
    this.stage = '';
  }

  /** Moves focus into the panel (after opening it from the keyboard). */
  focusPanel(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-ck="search"]')?.focus());
  }

  override render() {
    return html`
      <button
        class="toggle"
        data-ck="toggle"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="ck-panel"
        aria-label=${this.open ? t('sidebarClose') : t('sidebarHandle')}
        title=${this.open ? t('sidebarClose') : t('sidebarOpen')}
        style=${!this.open && this.tabTop !== undefined ? `top:${this.tabTop}px` : ''}
        @mousedown=${(e: Event) => e.preventDefault()}
        @click=${this.onToggle}
      >
        ${this.open ? '×' : t('sidebarHandle')}
      </button>
      <aside
        id="ck-panel"
        data-ck="sidebar"
        role="complementary"
        aria-label=${t('sidebarTitle')}
        ?hidden=${!this.open}
        style="width:${this.width}px"
        @keydown=${this.onKeydown}
      >
        <div class="resizer" role="separator" aria-orientation="vertical" aria-label=${t('sidebarResize')} @pointerdown=${this.onResizeStart}></div>
        <header>
          <h2>${t('sidebarTitle')}</h2>
          <span class="target">${this.targetLabel}</span>
          <button
            class="icon"
            type="button"
            data-ck="layout"
            aria-pressed=${this.layout === 'dock' ? 'true' : 'false'}
            title=${t('dockBeside')}
            aria-label=${t('dockBeside')}
            @click=${() => this.dispatchEvent(sidebarEvent('ck-layout', { layout: this.layout === 'dock' ? 'overlay' : 'dock' }))}
          >
            ◫
          </button>
          <button class="icon" type="button" title=${t('openStudio')} aria-label=${t('openStudio')} @click=${() => this.emitOpenStudio()}>⚙</button>
        </header>
        <div class="body">
          <ck-site-status .view=${this.siteStatus}></ck-site-status>
          ${this.fill ? this.renderFill() : nothing} ${this.renderToday()}
          ${this.draftLint.length ? html`<ck-lint-list ignorable .rows=${this.draftLint}></ck-lint-list>` : nothing}
          <input
            type="search"
            data-ck="search"
            .value=${this.query}
            placeholder=${t('searchPlaceholder')}
            aria-label=${t('searchPlaceholder')}
            @input=${(e: Event) => this.setFilter({ query: (e.target as HTMLInputElement).value })}
            @keydown=${this.onSearchKeydown}
          />
          <div class="filters">
            <div role="tablist" aria-label=${t('filterKind')}>
              ${(['', ...ITEM_KINDS] as const).map(
                (kind) => html`<button
                  role="tab"
                  type="button"
                  data-kind=${kind || 'all'}
                  aria-selected=${this.kind === kind ? 'true' : 'false'}
                  @click=${() => this.setFilter({ kind })}
                >
                  ${kind ? kindLabel(kind) : t('kindAll')}
                </button>`,
              )}
            </div>
            <select aria-label=${t('filterStage')} @change=${(e: Event) => this.setFilter({ stage: (e.target as HTMLSelectElement).value as Stage | '' })}>
              <option value="" ?selected=${!this.stage}>${t('stageAll')}</option>
              ${STAGES.map((s) => html`<option value=${s} ?selected=${this.stage === s}>${stageLabel(s)}</option>`)}
            </select>
          </div>
          ${this.renderHot()} ${this.renderSuggestions()}
        </div>
        <ck-notice .notice=${this.notice} .findings=${this.findings}></ck-notice>
      </aside>
    `;
  }

  private renderFill() {
    return html`<section class="fill" aria-label=${t('fillTitle', this.fill!.title)}>
      <ck-fill-form .request=${this.fill}></ck-fill-form>
    </section>`;
  }

  private renderToday() {
    const node = this.todayNode;
    if (!this.today.length && !node) return nothing;
    return html`<section class="today" aria-label=${t('todayTitle')}>
      <h3>${t('todayTitle')}</h3>
      ${node ? html`<p class="node" data-ck="today-node">${t(node.inDays ? 'todayNodeSoon' : 'todayNodeToday', node.name, node.inDays, Number(node.date.slice(5, 7)), Number(node.date.slice(8)))}</p>` : nothing}
      <ul>
        ${this.today.map(
          (e) => html`<li data-ck="today-entry" data-entry-id=${e.id}>
            <span class="time">${e.time ?? t('allDay')}</span>
            <span>${e.title}</span>
            ${e.itemKey && e.status !== 'published'
              ? html`<button type="button" @click=${() => this.dispatchEvent(sidebarEvent('ck-entry-insert', { kitId: e.kitId, entryId: e.id, itemKey: e.itemKey! }))}>
                  ${t('insert')}
                </button>`
              : nothing}
            ${e.status === 'published'
              ? html`<span class="empty">${t('statusPublished')}</span>`
              : html`<button type="button" @click=${() => this.dispatchEvent(sidebarEvent('ck-entry-published', { kitId: e.kitId, entryId: e.id }))}>
                  ${t('markPublished')}
                </button>`}
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderHot() {
    if (!this.hotTopics.length) return nothing;
    return html`<section aria-label=${t('hotTitle')}>
      <h3>${t('hotTitle')}</h3>
      <div class="chips">
        ${this.hotTopics.map(
          (topic) => html`<button
            class="chip"
            type="button"
            data-ck="hot-topic"
            title=${t('hotInsert', topic)}
            @mousedown=${(e: Event) => e.preventDefault()}
            @click=${() => this.dispatchEvent(sidebarEvent('ck-hot-insert', { topic }))}
          >
            #${topic}
          </button>`,
        )}
      </div>
    </section>`;
  }

  private renderSuggestions() {
    const query = this.query.trim();
    if (!this.suggestions.length) return html`<p class="empty" data-ck="no-match">${query ? t('searchNoMatch', query) : t('noSuggestions')}</p>`;
    const state = { composerFound: this.composerFound, blocked: rowsBlock(this.draftLint) };
    const on = { keydown: (e: KeyboardEvent, key: string) => this.onCardKeydown(e, key), emit: (event: Event) => this.dispatchEvent(event) };
    return html`<ul class="list" aria-label=${t('suggestionsTitle')}>
      ${this.suggestions.map((s, i) => renderSuggestionCard(s, i, state, on))}
    </ul>`;
  }

  private setFilter(change: Partial<{ query: string; kind: ItemKind | ''; stage: Stage | '' }>) {
    if (change.query !== undefined) this.query = change.query;
    if (change.kind !== undefined) this.kind = change.kind;
    if (change.stage !== undefined) this.stage = change.stage;
    this.dispatchEvent(sidebarEvent('ck-filter', { query: this.query, kind: this.kind, stage: this.stage }));
  }

  private onToggle() {
    this.dispatchEvent(sidebarEvent('ck-toggle', { open: !this.open }));
  }

  private emitOpenStudio() {
    this.dispatchEvent(sidebarEvent('ck-open-studio', {}));
  }

  private onKeydown(event: KeyboardEvent) {
    if (event.key === 'Escape' && !this.fill) {
      event.stopPropagation();
      this.dispatchEvent(sidebarEvent('ck-toggle', { open: false }));
    }
  }

  private onSearchKeydown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      this.renderRoot.querySelector<HTMLElement>('[data-ck="suggestion"]')?.focus();
    }
  }

  private onCardKeydown(event: KeyboardEvent, key: string) {
    if (event.target !== event.currentTarget) return;
    const card = event.currentTarget as HTMLElement;
    const move = (to: Element | null) => {
      if (!(to instanceof HTMLElement)) return;
      card.tabIndex = -1;
      to.tabIndex = 0;
      to.focus();
    };
    if (event.key === 'ArrowDown') move(card.nextElementSibling);
    else if (event.key === 'ArrowUp') {
      if (card.previousElementSibling) move(card.previousElementSibling);
      else this.renderRoot.querySelector<HTMLElement>('[data-ck="search"]')?.focus();
    } else if (event.key === 'Enter') this.dispatchEvent(sidebarEvent('ck-insert', { key }));
    else return;
    event.preventDefault();
  }

  private onResizeStart(event: PointerEvent) {
    const handle = event.currentTarget as HTMLElement;
    handle.setPointerCapture(event.pointerId);
    const startX = event.clientX;
    const startWidth = this.width;
    const sign = this.side === 'left' ? 1 : -1;
    const onMove = (e: PointerEvent) => {
      this.width = Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, startWidth + sign * (e.clientX - startX))));
    };
    const onUp = () => {
      handle.removeEventListener('pointermove', onMove);
      handle.removeEventListener('pointerup', onUp);
      this.dispatchEvent(sidebarEvent('ck-resize', { width: this.width }));
    };
    handle.addEventListener('pointermove', onMove);
    handle.addEventListener('pointerup', onUp);
  }
}

if (!customElements.get('ck-sidebar')) customElements.define('ck-sidebar', CkSidebar);

declare global {
  interface HTMLElementTagNameMap {
    'ck-sidebar': CkSidebar;
  }
}
