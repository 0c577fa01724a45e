import { html, LitElement, nothing } from 'lit';
import { addDays, weekday, type CalendarNode } from '../../../../../content-kit';
import { calendarGridStyles } from './calendar-grid-styles';
import type { CalendarRow } from './calendar-rows';
import { viewDays } from './calendar-view-state';
import { calendarDateFormat } from './calendar-date-format';
import { calendarEvent } from './calendar-events';
import { entryChip } from './entry-chip';
import { entryChipStyles } from './entry-chip-styles';
import { nodeChip, nodeChipStyles, nodeLabel } from './node-chip';
import { t } from '../../../../../components/i18n/t';

/** Entries rendered per day before "+N more": a month cell scrolls within this, a week column shows this many until expanded. */
const CAP = { month: 12, week: 100 } as const;
const ENTRY_TYPE = 'application/x-ck-entry';
// 2026-01-05 is a Monday: the weekday headings are formatted from that week.
const MONDAY = Date.UTC(2026, 0, 5);

/**
 * The month view (6 weeks × 7 days, Monday first) or the week view (7 day columns) of the calendar: a `role="grid"`
 * of day cells (`data-ck="day"`, `data-date`) holding entry chips, with a roving tabindex on the days. Arrow keys
 * move between days (Home/End to the week's ends), Enter or a click on free space starts a new entry, Tab goes into
 * the day's entries and Shift+Tab back; entries drag to another day (Ctrl or Alt to copy). Only the days in view are rendered, and at most
 * `CAP` entries a day, so a calendar of any size costs the same.
 */
export class CkCalendarGrid extends LitElement {
  static override styles = [entryChipStyles, nodeChipStyles, calendarGridStyles];

  static override properties = {
    layout: {},
    cursor: {},
    today: {},
    days: { attribute: false },
    nodes: { attribute: false },
    kitNames: { attribute: false },
    focusKey: { attribute: false },
    selectedKey: { attribute: false },
    locale: {},
    compact: { type: Boolean },
    expanded: { state: true },
    dropDate: { state: true },
  };

  declare layout: 'month' | 'week';
  declare cursor: string;
  declare today: string;
  /** Rows by date for (at least) the days in view, each list sorted. */
  declare days: ReadonlyMap<string, readonly CalendarRow[]>;
  /** The 节点 by date while the layer is on, else null. */
  declare nodes: ReadonlyMap<string, readonly CalendarNode[]> | null;
  declare kitNames: ReadonlyMap<string, string>;
  /** The entry that keeps the tab stop when it is on the cursor day. */
  declare focusKey: string | null;
  declare selectedKey: string | null;
  declare locale: 'zh' | 'en';
  /** Narrow cells: month chips leave out the time. */
  declare compact: boolean;
  declare expanded: ReadonlySet<string>;
  declare dropDate: string | null;
  private dragKey: string | null = null;
  /** The day cell that is the grid's tab stop (tabindex 0); moved in updated(), see there. */
  private tabStop: HTMLElement | null = null;

  constructor() {
    super();
    this.layout = 'month';
    this.cursor = '2026-01-01';
    this.today = '';
    this.days = new Map();
    this.nodes = null;
    this.kitNames = new Map();
    this.focusKey = null;
    this.selectedKey = null;
    this.locale = 'zh';
    this.compact = false;
    this.expanded = new Set();
    this.dropDate = null;
  }

  /** Moves focus to a day cell (after the grid shows it). */
  focusDay(date: string): boolean {
    const cell = this.renderRoot.querySelector<HTMLElement>(`[data-ck="day"][data-date="${date}"]`);
    cell?.focus();
    return !!cell;
  }

  /** Moves focus to an entry chip, if it is rendered. */
  focusEntry(key: string): boolean {
    const chip = [...this.renderRoot.querySelectorAll<HTMLElement>('[data-ck="entry"]')].find((c) => c.dataset.entryKey === key);
    chip?.focus();
    return !!chip;
  }

  override render() {
    const dates = viewDays(this.layout, this.cursor);
    const weeks = Array.from({ length: dates.length / 7 }, (_, i) => dates.slice(i * 7, i * 7 + 7));
    const heading = calendarDateFormat(this.locale, this.layout === 'week' ? 'weekdayLong' : 'weekdayShort');
    return html`<div
      class="grid ${this.layout} ${this.compact ? 'compact' : ''}"
      role="grid"
      aria-label=${this.layout === 'month' ? t('calendarMonthView') : t('calendarWeekView')}
      @click=${this.onClick}
      @keydown=${this.onKeydown}
      @focusin=${this.onFocusIn}
      @dragstart=${this.onDragStart}
      @dragover=${this.onDragOver}
      @dragleave=${this.onDragLeave}
      @drop=${this.onDrop}
      @dragend=${this.onDragEnd}
    >
      <div class="row" role="row">
        ${dates.slice(0, 7).map(
          (date, i) => html`<div class="colhead ${this.layout === 'week' && date === this.today ? 'today' : ''}" role="columnheader">
            ${heading.format(MONDAY + i * 86_400_000)}
            ${this.layout === 'week' ? html`<span class="num">${Number(date.slice(8))}</span>${date === this.today ? html` <span class="today-word">${t('calendarToday')}</span>` : nothing}` : nothing}
          </div>`,
        )}
      </div>
      ${weeks.map((week) => html`<div class="row" role="row">${week.map((date) => this.renderDay(date))}</div>`)}
    </div>`;
  }

  override updated() {
    // Moved here, not bound in the template: with focus inside, each tabindex change forces a style recalc (see entry-chip.ts).
    const cell = this.renderRoot.querySelector<HTMLElement>(`[data-ck="day"][data-date="${this.cursor}"]`);
    if (cell === this.tabStop && cell?.tabIndex === 0) return;
    if (this.tabStop?.isConnected && this.tabStop !== cell) this.tabStop.tabIndex = -1;
    if (cell) cell.tabIndex = 0;
    this.tabStop = cell;
  }

  private renderDay(date: string) {
    const rows = this.days.get(date) ?? [];
    const cap = this.expanded.has(date) ? Infinity : CAP[this.layout];
    const shown = rows.length > cap ? rows.slice(0, cap) : rows;
    const isCursor = date === this.cursor;
    const isToday = date === this.today;
    const outside = this.layout === 'month' && date.slice(0, 7) !== this.cursor.slice(0, 7);
    const day = Number(date.slice(8));
    const sep = this.locale === 'zh' ? '，' : ', ';
    // The cell's name is its content (this label, then its entries), so that it matches what is seen.
    const nodes = this.nodes?.get(date) ?? [];
    const label = [this.dateLabel(date), isToday ? t('calendarToday') : '', ...nodes.map((n) => nodeLabel(n, this.locale)), t('calendarDayEntries', rows.length)].filter(Boolean).join(sep);
    const nodeChips = nodes.length ? html`<span class="nodes" aria-hidden="true">${nodes.map((n) => nodeChip(n, this.locale))}</span>` : nothing;
    return html`<div
      class="day ${isCursor ? 'cursor' : ''} ${isToday ? 'today' : ''} ${outside ? 'outside' : ''} ${weekday(date) >= 6 ? 'weekend' : ''} ${this.dropDate === date ? 'drop' : ''}"
      role="gridcell"
      data-ck="day"
      data-date=${date}
      data-node-kinds=${nodes.length ? nodes.map((n) => n.kind).join(' ') : nothing}
      tabindex="-1"
      aria-selected=${isCursor ? 'true' : 'false'}
      aria-current=${isToday ? 'date' : nothing}
    >
      <span class="sr-only">${label}</span>
      ${this.layout === 'month'
        ? html`<div class="day-head" aria-hidden="true">
            <span class="num">${day === 1 ? this.monthDay(date) : day}</span>
            ${isToday ? html`<span class="today-word">${t('calendarToday')}</span>` : nothing} ${nodeChips}
          </div>`
        : nodeChips}
      <div class="entries">
        ${shown.map((row) =>
          entryChip(row, { locale: this.locale, kitName: this.kitNames.get(row.kitId) ?? row.kitId, selected: row.key === this.selectedKey }),
        )}
      </div>
      ${rows.length > shown.length
        ? html`<button class="more" data-ck="more" data-date=${date} data-count=${rows.length - shown.length} tabindex="-1" aria-label=${t('calendarMoreLabel', rows.length - shown.length)}>
            ${t('calendarMore', rows.length - shown.length)}
          </button>`
        : nothing}
    </div>`;
  }

  private dateLabel(date: string): string {
    return calendarDateFormat(this.locale, 'full').format(Date.parse(`${date}T00:00:00Z`));
  }

  private monthDay(date: string): string {
    return calendarDateFormat(this.locale, 'monthDay').format(Date.parse(`${date}T00:00:00Z`));
  }

  private select(date: string, focus: boolean) {
    this.dispatchEvent(calendarEvent('ck-calendar-day-select', { date, focus }));
  }

  private onClick(event: MouseEvent) {
    const target = event.target as Element;
    const chip = target.closest<HTMLElement>('[data-ck="entry"]');
    if (chip) {
      chip.focus();
      this.dispatchEvent(calendarEvent('ck-calendar-entry-open', { key: chip.dataset.entryKey!, focusPanel: false }));
      return;
    }
    const more = target.closest<HTMLElement>('[data-ck="more"]');
    if (more) {
      const date = more.dataset.date!;
      if (this.layout === 'week') this.expanded = new Set([...this.expanded, date]);
      else this.dispatchEvent(calendarEvent('ck-calendar-day-more', { date }));
      return;
    }
    const day = target.closest<HTMLElement>('[data-ck="day"]');
    if (!day) return;
    this.select(day.dataset.date!, false);
    this.dispatchEvent(calendarEvent('ck-calendar-day-create', { date: day.dataset.date! }));
  }

  private onKeydown(event: KeyboardEvent) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    const target = event.target as Element;
    const chip = target.closest<HTMLElement>('[data-ck="entry"]');
    const day = target.closest<HTMLElement>('[data-ck="day"]');
    if (!day) return;
    const date = day.dataset.date!;
    const chips = [...day.querySelectorAll<HTMLElement>('[data-ck="entry"]')];
    if (event.key === 'Tab' && !event.shiftKey && !chip && chips.length) {
      // Tab goes from a day into its entries (the last one focused there, else the first).
      event.preventDefault();
      (chips.find((c) => c.dataset.entryKey === this.focusKey) ?? chips[0]!).focus();
      return;
    }
    if (chip) {
      const siblings = chips;
      const at = siblings.indexOf(chip);
      if (event.key === 'Tab' && event.shiftKey) {
        event.preventDefault();
        day.focus();
        return;
      }
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        this.dispatchEvent(calendarEvent('ck-calendar-entry-open', { key: chip.dataset.entryKey!, focusPanel: event.key === 'Enter' }));
        return;
      }
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const next = siblings[at + (event.key === 'ArrowDown' ? 1 : -1)];
        if (next) next.focus();
        else if (event.key === 'ArrowUp') day.focus();
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        day.focus();
        return;
      }
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    }
    const moves: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7, Home: 1 - weekday(date), End: 7 - weekday(date) };
    if (event.key in moves) {
      event.preventDefault();
      this.select(addDays(date, moves[event.key]!), true);
    } else if ((event.key === 'Enter' || event.key === ' ') && !chip) {
      event.preventDefault();
      this.dispatchEvent(calendarEvent('ck-calendar-day-create', { date }));
    }
  }

  private onFocusIn(event: FocusEvent) {
    const chip = (event.target as Element).closest<HTMLElement>('[data-ck="entry"]');
    if (chip) this.dispatchEvent(calendarEvent('ck-calendar-entry-focus', { key: chip.dataset.entryKey!, date: chip.dataset.date! }));
  }

  private onDragStart(event: DragEvent) {
    const chip = (event.target as Element).closest<HTMLElement>('[data-ck="entry"]');
    if (!chip || !event.dataTransfer) return;
    this.dragKey = chip.dataset.entryKey!;
    event.dataTransfer.setData(ENTRY_TYPE, this.dragKey);
    event.dataTransfer.setData('text/plain', chip.querySelector('.title')?.textContent ?? '');
    event.dataTransfer.effectAllowed = 'copyMove';
  }

  private onDragOver(event: DragEvent) {
    const day = (event.target as Element).closest<HTMLElement>('[data-ck="day"]');
    if (!day || !(this.dragKey || event.dataTransfer?.types.includes(ENTRY_TYPE))) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = event.ctrlKey || event.altKey ? 'copy' : 'move';
    this.dropDate = day.dataset.date!;
  }

  private onDragLeave(event: DragEvent) {
    if (!event.relatedTarget || !this.renderRoot.contains(event.relatedTarget as Node)) this.dropDate = null;
  }

  private onDrop(event: DragEvent) {
    const day = (event.target as Element).closest<HTMLElement>('[data-ck="day"]');
    const key = event.dataTransfer?.getData(ENTRY_TYPE) || this.dragKey;
    this.dropDate = null;
    this.dragKey = null;
    if (!day || !key) return;
    event.preventDefault();
    this.dispatchEvent(calendarEvent('ck-calendar-entry-drop', { key, date: day.dataset.date!, copy: event.ctrlKey || event.altKey }));
  }

  private onDragEnd() {
    this.dragKey = this.dropDate = null;
  }
}

if (!customElements.get('ck-calendar-grid')) customElements.define('ck-calendar-grid', CkCalendarGrid);

declare global {
  interface HTMLElementTagNameMap {
    'ck-calendar-grid': CkCalendarGrid;
  }
}
