import { css, html, LitElement, nothing } from 'lit';
import { agendaLines, AGENDA_HEIGHTS, type AgendaLine, firstLineOnOrAfter, visibleLines } from './agenda-lines';
import type { CalendarRow } from './calendar-rows';
import { calendarDateFormat } from './calendar-date-format';
import { calendarEvent } from './calendar-events';
import { entryChip } from './entry-chip';
import { entryChipStyles } from './entry-chip-styles';
import { nodeChip, nodeChipStyles } from './node-chip';
import type { CalendarNode } from '../../../../../content-kit';
import { t } from '../../../../../components/i18n/t';

/** Pixels rendered beyond the viewport on each side, so a fast scroll does not show blank space. */
const OVERSCAN = 480;

/**
 * The agenda: every entry the filters let through, one line each under a heading per date, as a virtualised list
 * (fixed line heights, only the lines in view are in the DOM). It opens scrolled to the cursor date; the list is one
 * tab stop that hands the focus to an entry; arrow keys move between entries (Home/End to the ends), Enter opens one. Entry chips carry the same hooks as in the grid.
 */
export class CkCalendarAgenda extends LitElement {
  static override styles = [
    entryChipStyles,
    nodeChipStyles,
    css`
      :host { display: block; height: 100%; min-height: 0; }
      .scroller { height: 100%; overflow-y: auto; position: relative; outline: none; }
      .spacer { position: relative; max-width: 960px; margin: 0 auto; }
      .line { position: absolute; left: 12px; right: 12px; box-sizing: border-box; }
      .date { display: flex; align-items: flex-end; gap: 8px; padding: 0 2px 4px; font-size: 12px; font-weight: 600; color: var(--ck-muted); border-bottom: 1px solid var(--ck-border); }
      .date.today { color: var(--ck-accent); }
      .date h3 { margin: 0; font: inherit; flex: none; }
      .date .nodes { display: flex; gap: 8px; min-width: 0; overflow: hidden; font-weight: normal; }
      .entry-line { padding: 4px 0 4px 12px; }
      .empty { padding: 32px; text-align: center; color: var(--ck-muted); }
    `,
  ];

  static override properties = {
    rows: { attribute: false },
    nodes: { attribute: false },
    kitNames: { attribute: false },
    cursor: {},
    today: {},
    focusKey: { attribute: false },
    selectedKey: { attribute: false },
    locale: {},
    revealToken: { attribute: false },
    scrollTop: { state: true },
    viewport: { state: true },
  };

  declare rows: readonly CalendarRow[];
  /** The 节点 by date while the layer is on (their days get a heading), else null. */
  declare nodes: ReadonlyMap<string, readonly CalendarNode[]> | null;
  declare kitNames: ReadonlyMap<string, string>;
  declare cursor: string;
  declare today: string;
  declare focusKey: string | null;
  declare selectedKey: string | null;
  declare locale: 'zh' | 'en';
  /** Changed by the calendar to scroll the list to the cursor date (navigation), never by scrolling itself. */
  declare revealToken: number;
  declare scrollTop: number;
  declare viewport: number;
  private layoutMemo: { rows: readonly CalendarRow[]; nodes: ReadonlyMap<string, readonly CalendarNode[]> | null; lines: AgendaLine[]; total: number } | null = null;
  private frame = 0;
  private resizeObserver: ResizeObserver | null = null;
  private revealed = -1;
  /** The scroll position the list was put at to show the cursor: reaching it says nothing about the date in view. */
  private placedAt = -1;

  constructor() {
    super();
    this.rows = [];
    this.nodes = null;
    this.kitNames = new Map();
    this.cursor = '2026-01-01';
    this.today = '';
    this.focusKey = null;
    this.selectedKey = null;
    this.locale = 'zh';
    this.revealToken = 0;
    this.scrollTop = 0;
    this.viewport = 800;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    cancelAnimationFrame(this.frame);
  }

  /** Focuses the first entry on or after a date (scrolling it into view); false when there is none. */
  async focusDate(date: string): Promise<boolean> {
    const { lines } = this.layout();
    let index = firstLineOnOrAfter(lines, date);
    while (index < lines.length && lines[index]!.kind !== 'entry') index++;
    // Nothing from that date on: the list stays where the date is (jumping back to the last entry would move the cursor).
    return index < lines.length && this.focusLine(index);
  }

  /** Focuses an entry by key, scrolling it into view; false when the list does not hold it. */
  async focusEntry(key: string): Promise<boolean> {
    const index = this.layout().lines.findIndex((l) => l.row?.key === key);
    return index >= 0 && this.focusLine(index);
  }

  override render() {
    const { lines, total } = this.layout();
    if (!lines.length) return html`<div class="scroller" role="list" aria-label=${t('calendarAgendaView')}><p class="empty" data-ck="agenda-empty">${t('calendarNoEntriesShown')}</p></div>`;
    const [start, end] = visibleLines(lines, this.scrollTop, this.viewport, OVERSCAN);
    const indices = Array.from({ length: end - start }, (_, i) => start + i);
    const focusIndex = this.focusKey ? lines.findIndex((l) => l.row?.key === this.focusKey) : -1;
    // The focused entry stays in the DOM while scrolled away, so the keyboard focus is never lost.
    if (focusIndex >= 0 && (focusIndex < start || focusIndex >= end)) indices.push(focusIndex);
    const dates = calendarDateFormat(this.locale, 'full');
    return html`<div class="scroller" role="list" tabindex="0" aria-label=${t('calendarAgendaView')} data-ck="agenda" @scroll=${this.onScroll} @keydown=${this.onKeydown} @click=${this.onClick} @focusin=${this.onFocusIn}>
      <div class="spacer" style=${`height: ${total}px`}>
        ${indices.map((i) => {
          const line = lines[i]!;
          const style = `top: ${line.top}px; height: ${line.height}px`;
          if (line.kind === 'date')
            return html`<div class="line date ${line.date === this.today ? 'today' : ''}" role="listitem" aria-setsize=${lines.length} aria-posinset=${i + 1} data-ck="agenda-date" data-date=${line.date} style=${style}>
              <h3>${dates.format(Date.parse(`${line.date}T00:00:00Z`))}</h3>${line.date === this.today ? html`<span>${t('calendarToday')}</span>` : nothing}
              ${this.nodes?.has(line.date) ? html`<span class="nodes">${this.nodes.get(line.date)!.map((n) => nodeChip(n, this.locale))}</span>` : nothing}
            </div>`;
          const row = line.row!;
          return html`<div class="line entry-line" role="listitem" aria-setsize=${lines.length} aria-posinset=${i + 1} style=${style}>
            ${entryChip(row, { locale: this.locale, kitName: this.kitNames.get(row.kitId) ?? row.kitId, selected: row.key === this.selectedKey, wide: true, draggable: false })}
          </div>`;
        })}
      </div>
    </div>`;
  }

  override firstUpdated() {
    const scroller = this.scroller();
    if (!scroller) return;
    this.resizeObserver = new ResizeObserver(() => {
      const current = this.scroller();
      if (current && current.clientHeight && current.clientHeight !== this.viewport) this.viewport = current.clientHeight;
    });
    this.resizeObserver.observe(this);
  }

  override updated() {
    if (this.revealed === this.revealToken) return;
    this.revealed = this.revealToken;
    const scroller = this.scroller();
    if (!scroller) return;
    const { lines } = this.layout();
    const line = lines[firstLineOnOrAfter(lines, this.cursor)];
    scroller.scrollTop = line ? line.top : scroller.scrollHeight;
    this.scrollTop = scroller.scrollTop;
    this.placedAt = scroller.scrollTop;
  }

  private layout() {
    if (this.layoutMemo?.rows !== this.rows || this.layoutMemo.nodes !== this.nodes)
      this.layoutMemo = { rows: this.rows, nodes: this.nodes, ...agendaLines(this.rows, AGENDA_HEIGHTS, this.nodes ? [...this.nodes.keys()] : []) };
    return this.layoutMemo;
  }

  private scroller() {
    return this.renderRoot.querySelector<HTMLElement>('.scroller');
  }

  private async focusLine(index: number): Promise<boolean> {
    const line = this.layout().lines[index];
    const scroller = this.scroller();
    if (!line?.row || !scroller) return false;
    if (line.top < scroller.scrollTop) scroller.scrollTop = Math.max(0, line.top - AGENDA_HEIGHTS.date);
    else if (line.top + line.height > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = line.top + line.height - scroller.clientHeight;
    this.scrollTop = scroller.scrollTop;
    this.focusKey = line.row.key;
    await this.updateComplete;
    const chip = [...this.renderRoot.querySelectorAll<HTMLElement>('[data-ck="entry"]')].find((c) => c.dataset.entryKey === line.row!.key);
    chip?.focus();
    return !!chip;
  }

  private onScroll() {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      const scroller = this.scroller();
      if (!scroller) return;
      this.scrollTop = scroller.scrollTop;
      // Opening the agenda on the cursor is not the user scrolling: the cursor (the month to go back to) stays.
      if (scroller.scrollTop === this.placedAt) return;
      this.placedAt = -1;
      const { lines } = this.layout();
      const [start] = visibleLines(lines, scroller.scrollTop, 1);
      const line = lines[start];
      if (line) this.dispatchEvent(calendarEvent('ck-calendar-scroll-date', { date: line.date }));
    });
  }

  private onClick(event: MouseEvent) {
    const chip = (event.target as Element).closest<HTMLElement>('[data-ck="entry"]');
    if (!chip) return;
    chip.focus();
    this.dispatchEvent(calendarEvent('ck-calendar-entry-open', { key: chip.dataset.entryKey!, focusPanel: false }));
  }

  private onKeydown(event: KeyboardEvent) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    const chip = (event.target as Element).closest<HTMLElement>('[data-ck="entry"]');
    if (!chip) return;
    const { lines } = this.layout();
    const index = lines.findIndex((l) => l.row?.key === chip.dataset.entryKey);
    const step = (from: number, direction: 1 | -1) => {
      for (let i = from + direction; i >= 0 && i < lines.length; i += direction) if (lines[i]!.kind === 'entry') return i;
      return -1;
    };
    let target = -1;
    if (event.key === 'ArrowDown') target = step(index, 1);
    else if (event.key === 'ArrowUp') target = step(index, -1);
    else if (event.key === 'Home') target = step(-1, 1);
    else if (event.key === 'End') target = step(lines.length, -1);
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.dispatchEvent(calendarEvent('ck-calendar-entry-open', { key: chip.dataset.entryKey!, focusPanel: event.key === 'Enter' }));
      return;
    } else return;
    event.preventDefault();
    if (target >= 0) void this.focusLine(target);
  }

  private onFocusIn(event: FocusEvent) {
    const target = event.target as HTMLElement;
    const chip = target.closest<HTMLElement>('[data-ck="entry"]');
    if (chip) {
      this.dispatchEvent(calendarEvent('ck-calendar-entry-focus', { key: chip.dataset.entryKey!, date: chip.dataset.date! }));
      return;
    }
    // The list is the tab stop: coming in from outside, the focus goes on to the last entry focused, else the first in view.
    const from = event.relatedTarget as Node | null;
    if (!target.classList.contains('scroller') || (from && this.renderRoot.contains(from))) return;
    const { lines } = this.layout();
    const index = this.focusKey ? lines.findIndex((l) => l.row?.key === this.focusKey) : -1;
    const first = lines.findIndex((l) => l.kind === 'entry' && l.top >= this.scrollTop);
    if (index >= 0 || first >= 0) void this.focusLine(index >= 0 ? index : first);
  }
}

if (!customElements.get('ck-calendar-agenda')) customElements.define('ck-calendar-agenda', CkCalendarAgenda);

declare global {
  interface HTMLElementTagNameMap {
    'ck-calendar-agenda': CkCalendarAgenda;
  }
}
