import { html, LitElement, nothing } from 'lit';
import { isDateString, todayIn, weekRange, type Kit, parseItemKey } from '../../../../../content-kit';
import type { CalendarMode, CalendarViewFilter } from './calendar-view-state';
import { CALENDAR_MODES, LOCAL_TIME_ZONE, stepCursor, toggleFilter, viewDays } from './calendar-view-state';
import type { CalendarRow } from './calendar-rows';
import type { CalendarModel } from './create-calendar-model';
import { defaultKitId } from './default-kit-id';
import { groupByDate } from './calendar-rows';
import type { Disposable } from '../../shell/emitter';
import type { StudioContext } from '../../shell/studio-context';
import './ck-calendar-agenda';
import './ck-calendar-entry-panel';
import type { EntryStart } from './ck-calendar-entry-panel';
import './ck-calendar-filter';
import './ck-calendar-grid';
import './ck-calendar-import';
import { t } from '../../../../../components/i18n/t';
import { uiLocale } from '../../../../../components/i18n/ui-locale';
import { calendarDateFormat } from './calendar-date-format';
import type { CalendarEventDetails } from './calendar-events';
import { calendarViewStyles } from './calendar-view-styles';

/** What the calendar remembers with its tab (restored after a reload). */
export interface CalendarViewState {
  mode: CalendarMode;
  cursor: string;
  filter: CalendarViewFilter;
}

/** Where the keyboard focus is, for the commands' key conditions. */
export interface CalendarFocus {
  /** Focus is somewhere in the calendar. */
  inside: boolean;
  area: 'toolbar' | 'filter' | 'view' | 'panel' | 'dialog' | null;
  /** Focus is in a text field (its keys belong to the field). */
  typing: boolean;
  /** The entry chip that has the focus. */
  entryKey?: string;
}

const TYPING = 'input:not([type=checkbox]):not([type=radio]):not([type=button]):not([type=file]), textarea, select, [contenteditable]:not([contenteditable="false"])';
const MODE_LABEL = { month: 'calendarMonth', week: 'calendarWeek', agenda: 'calendarAgenda' } as const;

const ENTRY_ACTION_COMMANDS: Record<Exclude<CalendarEventDetails['ck-calendar-entry-action']['action'], 'close'>, string> = {
  'open-item': 'studio.calendar.openLinkedItem',
  'choose-item': 'studio.calendar.linkItem',
  'unlink-item': 'studio.calendar.unlinkItem',
  'new-draft': 'studio.calendar.createDraftItem',
  duplicate: 'studio.calendar.duplicateEntry',
  delete: 'studio.calendar.deleteEntry',
};
const detail = <N extends keyof CalendarEventDetails>(event: Event) => (event as CustomEvent<CalendarEventDetails[N]>).detail;

/**
 * The content calendar (the test contract's `[data-ck="calendar"]`): a toolbar (previous, today, next, the period's
 * title, month/week/agenda, new entry, apply a plan, import, export), the filter bar, the month or week grid or the
 * agenda, and the entry panel beside them. Its buttons run `studio.calendar.*` commands; the commands call the
 * methods here. Entries of every kit are shown; today (in the computer's time zone) is marked.
 */
export class CkCalendarView extends LitElement {
  static override styles = calendarViewStyles;

  static override properties = {
    studio: { attribute: false },
    model: { attribute: false },
    mode: {},
    cursor: {},
    filter: { attribute: false },
    selectedKey: { attribute: false },
    start: { attribute: false },
    focusKey: { attribute: false },
    importOpen: { state: true },
    revealToken: { state: true },
    revision: { state: true },
    today: { state: true },
    announcement: { state: true },
  };

  declare studio: StudioContext | null;
  declare model: CalendarModel | null;
  declare mode: CalendarMode;
  /** The focused day: it decides the month or week shown. */
  declare cursor: string;
  declare filter: CalendarViewFilter;
  /** The entry open in the entry panel. */
  declare selectedKey: string | null;
  /** The new-entry form's start, while it is open. */
  declare start: EntryStart | null;
  /** The entry that keeps the tab stop (the last one focused). */
  declare focusKey: string | null;
  declare importOpen: boolean;
  declare revealToken: number;
  declare revision: number;
  declare today: string;
  declare announcement: string;
  /** The kit the last new entry went to: the next one defaults to it. */
  lastKitId: string | undefined = undefined;
  private subscriptions: Disposable[] = [];
  private clock: ReturnType<typeof setInterval> | undefined;
  private daysMemo: { rows: CalendarRow[]; from: string; to: string; days: Map<string, CalendarRow[]> } | null = null;
  private kitsMemo: { kits: Kit[]; names: Map<string, string>; list: { id: string; name: string }[] } | null = null;

  constructor() {
    super();
    this.studio = null;
    this.model = null;
    this.today = todayIn(LOCAL_TIME_ZONE);
    this.mode = 'month';
    this.cursor = this.today;
    this.filter = {};
    this.selectedKey = null;
    this.start = null;
    this.focusKey = null;
    this.importOpen = false;
    this.revealToken = 0;
    this.revision = 0;
    this.announcement = '';
  }

  override connectedCallback() {
    super.connectedCallback();
    this.subscribe();
    // Today moves on at midnight while the studio stays open.
    this.clock = setInterval(() => {
      const today = todayIn(LOCAL_TIME_ZONE);
      if (today !== this.today) this.today = today;
    }, 60_000);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    for (const dispose of this.subscriptions.splice(0)) dispose();
    clearInterval(this.clock);
  }

  override willUpdate(changed: Map<string, unknown>) {
    if (changed.has('studio') || changed.has('model')) this.subscribe();
    if (this.selectedKey && !this.model?.row(this.selectedKey)) this.selectedKey = null;
  }

  /** The entries the filters let through, all dates, sorted. */
  filteredRows(): CalendarRow[] {
    return this.model?.rows(this.filter) ?? [];
  }

  viewState(): CalendarViewState {
    return { mode: this.mode, cursor: this.cursor, filter: this.filter };
  }

  restoreViewState(state: unknown): void {
    const saved = state as Partial<CalendarViewState> | undefined;
    if (saved?.mode && CALENDAR_MODES.includes(saved.mode)) this.mode = saved.mode;
    if (typeof saved?.cursor === 'string' && isDateString(saved.cursor)) this.cursor = saved.cursor;
    if (saved?.filter && typeof saved.filter === 'object') this.filter = saved.filter;
  }

  /** Where the keyboard focus is, looking through shadow roots. */
  focusInfo(): CalendarFocus {
    const chain: Element[] = [];
    for (let active = document.activeElement; active; active = active.shadowRoot?.activeElement ?? null) chain.push(active);
    if (!chain.includes(this)) return { inside: false, area: null, typing: false };
    const last = chain.at(-1)!;
    const own = chain.find((el) => el.getRootNode() === this.shadowRoot);
    const area = (own?.closest<HTMLElement>('[data-area]')?.dataset.area ?? null) as CalendarFocus['area'];
    const entryKey = (last as HTMLElement).dataset?.ck === 'entry' ? (last as HTMLElement).dataset.entryKey : undefined;
    return { inside: true, area, typing: last.matches(TYPING), entryKey };
  }

  /** The entry a command acts on: the focused one, else the one open in the panel. */
  targetEntry(): string | null {
    return this.focusInfo().entryKey ?? this.selectedKey;
  }

  setMode(mode: CalendarMode): void {
    this.mode = mode;
    this.reveal(this.focusInfo().area === 'view');
  }

  /** Previous (−1) or next (+1) month or week. */
  step(step: number): void {
    this.cursor = stepCursor(this.mode, this.cursor, step);
    this.reveal(this.focusInfo().area === 'view');
  }

  /** Shows a date (today by default) and moves the cursor there. */
  goTo(date: string = this.today, focus = false): void {
    this.cursor = date;
    this.reveal(focus);
  }

  setFilter(filter: CalendarViewFilter): void {
    this.filter = filter;
  }

  /** Opens the new-entry form on a day, for a kit (the default kit when none is given), and focuses its title. */
  async startNew(date: string = this.cursor, kitId?: string): Promise<void> {
    this.panel()?.flush();
    const kit = kitId && this.studio?.data.kit(kitId) ? kitId : this.defaultKit();
    if (!kit) return;
    this.cursor = date;
    this.selectedKey = null;
    this.start = { date, kitId: kit };
    await this.updateComplete;
    await this.panel()?.focusTitle();
  }

  /** Shows an entry in the entry panel (and its day in the view). */
  async openEntry(key: string, focusPanel = false): Promise<void> {
    const row = this.model?.row(key);
    if (!row) return;
    if (this.selectedKey !== key) this.panel()?.flush();
    this.start = null;
    this.selectedKey = key;
    this.focusKey = key;
    if (this.mode !== 'agenda') this.cursor = row.entry.date;
    await this.updateComplete;
    if (focusPanel) await this.panel()?.focusTitle();
  }

  /** Closes the entry panel, saving what it holds, and gives the focus back to the entry (or the day). */
  async closePanel(): Promise<void> {
    this.panel()?.flush();
    const key = this.selectedKey;
    const hadFocus = this.focusInfo().area === 'panel';
    this.selectedKey = null;
    this.start = null;
    if (hadFocus) {
      if (key && this.model?.row(key)) await this.revealEntry(key, true);
      else this.reveal(true);
    }
  }

  /** Shows an entry's day and, with `focus`, puts the keyboard focus on it (after a move, a duplicate, an undo). */
  async revealEntry(key: string, focus: boolean): Promise<void> {
    const row = this.model?.row(key);
    if (!row) return;
    this.focusKey = key;
    if (this.mode !== 'agenda' || focus) this.cursor = row.entry.date;
    await this.updateComplete;
    if (!focus) return;
    const view = this.viewElement();
    await view?.updateComplete;
    if (view?.localName === 'ck-calendar-agenda') await (view as HTMLElementTagNameMap['ck-calendar-agenda']).focusEntry(key);
    else (view as HTMLElementTagNameMap['ck-calendar-grid'] | null)?.focusEntry(key);
  }

  /** Puts the focus on the cursor day (or the agenda's first entry from it). */
  async focusCursor(): Promise<void> {
    await this.updateComplete;
    const view = this.viewElement();
    await view?.updateComplete;
    if (view?.localName === 'ck-calendar-agenda') {
      if (!(await (view as HTMLElementTagNameMap['ck-calendar-agenda']).focusDate(this.cursor))) view.shadowRoot?.querySelector<HTMLElement>('.scroller')?.focus();
    } else (view as HTMLElementTagNameMap['ck-calendar-grid'] | null)?.focusDay(this.cursor);
  }

  openImport(): void {
    this.importOpen = true;
  }

  closeImport(): void {
    this.importOpen = false;
  }

  /** Says something to screen readers (a move, an undo) through the calendar's live region. */
  announce(message: string): void {
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = message));
  }

  /** Saves what the entry panel holds. */
  flush(): void {
    this.panel()?.flush();
  }

  /** The kit a new entry goes to by default. */
  defaultKit(): string | undefined {
    const studio = this.studio;
    if (!studio) return undefined;
    const selected = studio.context.get<{ kitId?: string }>('explorer.selection')?.kitId;
    return defaultKitId(studio.data.records(), [this.lastKitId, selected]);
  }

  override render() {
    const studio = this.studio;
    if (!studio || !this.model) return nothing;
    const locale = uiLocale();
    const rows = this.filteredRows();
    const { names, list } = this.kitInfo(studio.data.kits());
    const total = studio.data.kits().reduce((n, k) => n + (k.calendar?.length ?? 0), 0);
    const selected = this.selectedKey ? this.model.row(this.selectedKey) : undefined;
    const panelOpen = !!selected || !!this.start;
    const linked = selected?.entry.itemId === undefined ? undefined : (studio.data.item(selected.kitId, selected.entry.itemId)?.title ?? null);
    const unit = this.mode === 'week' ? 'Week' : 'Month';
    return html`<div class="calendar" data-ck="calendar" data-mode=${this.mode} data-cursor=${this.cursor} data-today=${this.today}>
      <div class="toolbar" role="toolbar" data-area="toolbar" aria-label=${t('calendarToolbar')} @click=${this.onToolbar}>
        <button class="icon" data-ck="calendar-prev" data-command="studio.calendar.previous" aria-label=${t(`calendarPrevious${unit}`)} title=${`${t(`calendarPrevious${unit}`)} (PageUp)`}>‹</button>
        <button data-ck="calendar-today" data-command="studio.calendar.today" title=${`${t('calendarToday')} (T)`}>${t('calendarToday')}</button>
        <button class="icon" data-ck="calendar-next" data-command="studio.calendar.next" aria-label=${t(`calendarNext${unit}`)} title=${`${t(`calendarNext${unit}`)} (PageDown)`}>›</button>
        <h2 data-ck="calendar-title" aria-live="polite">${this.periodTitle(locale)}</h2>
        <div class="modes" role="group" aria-label=${t('calendarViews')}>
          ${CALENDAR_MODES.map(
            (mode) => html`<button data-ck="calendar-mode" data-mode=${mode} data-command=${`studio.calendar.show${mode[0]!.toUpperCase()}${mode.slice(1)}`} aria-pressed=${this.mode === mode ? 'true' : 'false'} title=${`${t(MODE_LABEL[mode])} (${mode[0]!.toUpperCase()})`}>
              ${t(MODE_LABEL[mode])}
            </button>`,
          )}
        </div>
        <span class="spacer"></span>
        <button class="primary" data-ck="calendar-new" data-command="studio.calendar.newEntry" title=${`${t('calendarNewEntry')} (N)`}>＋ ${t('calendarNewEntry')}</button>
        <button data-ck="calendar-apply-plan" data-command="studio.calendar.applyPlan">${t('calendarApplyPlan')}</button>
        <button data-ck="calendar-import-csv" data-command="studio.calendar.importCsv">${t('calendarImportCsv')}</button>
        <button data-ck="calendar-export" data-command="studio.calendar.export">${t('calendarExport')}</button>
      </div>
      <ck-calendar-filter data-area="filter" .filter=${this.filter} .kits=${list} .locale=${locale} .shown=${rows.length} .total=${total} @ck-calendar-filter-toggle=${this.onFilter}></ck-calendar-filter>
      <div
        class="main ${panelOpen ? 'with-panel' : ''}"
        @ck-calendar-day-select=${this.onDaySelect}
        @ck-calendar-day-create=${this.onDayCreate}
        @ck-calendar-day-more=${this.onDayMore}
        @ck-calendar-entry-open=${this.onEntryOpen}
        @ck-calendar-entry-focus=${this.onEntryFocus}
        @ck-calendar-entry-drop=${this.onEntryDrop}
        @ck-calendar-scroll-date=${this.onScrollDate}
        @ck-calendar-entry-change=${this.onEntryChange}
        @ck-calendar-entry-submit=${this.onEntrySubmit}
        @ck-calendar-entry-action=${this.onEntryAction}
      >
        <div class="view" data-area="view">${this.renderView(rows, names, locale, panelOpen)}</div>
        ${panelOpen
          ? html`<ck-calendar-entry-panel
              data-area="panel"
              .row=${selected ?? null}
              .start=${selected ? null : this.start}
              .kits=${list}
              .kitName=${selected ? (names.get(selected.kitId) ?? selected.kitId) : ''}
              .itemTitle=${linked}
              .locale=${locale}
            ></ck-calendar-entry-panel>`
          : nothing}
      </div>
      <ck-calendar-import
        data-area="dialog"
        .open=${this.importOpen}
        .kits=${studio.data.kits()}
        .kitId=${this.defaultKit() ?? ''}
        .locale=${locale}
        @ck-calendar-import-confirm=${this.onImportConfirm}
        @ck-calendar-import-close=${this.onImportClose}
      ></ck-calendar-import>
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderView(rows: CalendarRow[], names: Map<string, string>, locale: 'zh' | 'en', compact: boolean) {
    if (this.mode === 'agenda')
      return html`<ck-calendar-agenda
        .rows=${rows}
        .kitNames=${names}
        .cursor=${this.cursor}
        .today=${this.today}
        .focusKey=${this.focusKey}
        .selectedKey=${this.selectedKey}
        .locale=${locale}
        .revealToken=${this.revealToken}
      ></ck-calendar-agenda>`;
    const dates = viewDays(this.mode, this.cursor);
    return html`<ck-calendar-grid
      .layout=${this.mode}
      .cursor=${this.cursor}
      .today=${this.today}
      .days=${this.daysIn(rows, dates[0]!, dates.at(-1)!)}
      .kitNames=${names}
      .focusKey=${this.focusKey}
      .selectedKey=${this.selectedKey}
      .locale=${locale}
      .compact=${compact}
    ></ck-calendar-grid>`;
  }

  private periodTitle(locale: 'zh' | 'en'): string {
    const at = (date: string) => Date.parse(`${date}T00:00:00Z`);
    if (this.mode === 'week') {
      const { start, end } = weekRange(this.cursor);
      return calendarDateFormat(locale, 'range').formatRange(at(start), at(end));
    }
    const month = calendarDateFormat(locale, 'month').format(at(this.cursor));
    return this.mode === 'agenda' ? t('calendarAgendaFrom', month) : month;
  }

  private daysIn(rows: CalendarRow[], from: string, to: string) {
    const memo = this.daysMemo;
    if (memo && memo.rows === rows && memo.from === from && memo.to === to) return memo.days;
    this.daysMemo = { rows, from, to, days: groupByDate(rows, from, to) };
    return this.daysMemo.days;
  }

  private kitInfo(kits: Kit[]) {
    const memo = this.kitsMemo;
    if (memo && memo.kits.length === kits.length && memo.kits.every((k, i) => k === kits[i])) return memo;
    this.kitsMemo = { kits, names: new Map(kits.map((k) => [k.id, k.name])), list: kits.map((k) => ({ id: k.id, name: k.name })) };
    return this.kitsMemo;
  }

  private panel() {
    return this.renderRoot.querySelector('ck-calendar-entry-panel');
  }

  private viewElement() {
    return this.renderRoot.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('ck-calendar-grid, ck-calendar-agenda');
  }

  /** Scrolls the agenda to the cursor and, with `focus`, focuses the cursor day. */
  private reveal(focus: boolean) {
    this.revealToken++;
    if (focus) void this.focusCursor();
  }

  private subscribe() {
    for (const dispose of this.subscriptions.splice(0)) dispose();
    if (!this.studio || !this.model || !this.isConnected) return;
    this.subscriptions.push(
      this.studio.data.onDidChange(() => this.revision++),
      this.model.onDidChange(() => this.revision++),
    );
  }

  private run(command: string, args?: unknown) {
    return this.studio?.commands.execute(command, args).catch(() => undefined);
  }

  private onToolbar(event: MouseEvent) {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-command]');
    if (button) void this.run(button.dataset.command!);
  }

  private onFilter(event: Event) {
    const { group, value } = detail<'ck-calendar-filter-toggle'>(event);
    if (!group) this.filter = {};
    else if (value === null) {
      const next = { ...this.filter };
      delete next[group];
      this.filter = next;
    } else this.filter = toggleFilter(this.filter, group, value);
  }

  private onDaySelect(event: Event) {
    const { date, focus } = detail<'ck-calendar-day-select'>(event);
    this.cursor = date;
    if (focus) void this.focusCursor();
  }

  private onDayCreate(event: Event) {
    void this.run('studio.calendar.newEntry', { date: detail<'ck-calendar-day-create'>(event).date });
  }

  private onDayMore(event: Event) {
    this.mode = 'week';
    this.cursor = detail<'ck-calendar-day-more'>(event).date;
    void this.focusCursor();
  }

  private onEntryOpen(event: Event) {
    const { key, focusPanel } = detail<'ck-calendar-entry-open'>(event);
    void this.openEntry(key, focusPanel);
  }

  private onEntryFocus(event: Event) {
    const { key, date } = detail<'ck-calendar-entry-focus'>(event);
    this.focusKey = key;
    if (this.mode !== 'agenda') this.cursor = date;
  }

  private onEntryDrop(event: Event) {
    const { key, date, copy } = detail<'ck-calendar-entry-drop'>(event);
    const row = this.model?.row(key);
    if (!row || (!copy && row.entry.date === date)) return;
    void this.run(copy ? 'studio.calendar.duplicateEntry' : 'studio.calendar.moveEntry', { key, date });
  }

  private onScrollDate(event: Event) {
    this.cursor = detail<'ck-calendar-scroll-date'>(event).date;
  }

  private onEntryChange(event: Event) {
    void this.run('studio.calendar.updateEntry', detail<'ck-calendar-entry-change'>(event));
  }

  private onEntrySubmit(event: Event) {
    void this.run('studio.calendar.createEntry', detail<'ck-calendar-entry-submit'>(event));
  }

  private onEntryAction(event: Event) {
    const { key, action } = detail<'ck-calendar-entry-action'>(event);
    if (action === 'close') {
      void this.closePanel();
      return;
    }
    const command = ENTRY_ACTION_COMMANDS[action];
    if (command && key && parseItemKey(key)) void this.run(command, { key });
  }

  private onImportConfirm(event: Event) {
    void this.run('studio.calendar.importRows', detail<'ck-calendar-import-confirm'>(event));
  }

  private onImportClose() {
    this.importOpen = false;
    this.renderRoot.querySelector<HTMLElement>('[data-ck="calendar-import-csv"]')?.focus();
  }
}

if (!customElements.get('ck-calendar-view')) customElements.define('ck-calendar-view', CkCalendarView);

declare global {
  interface HTMLElementTagNameMap {
    'ck-calendar-view': CkCalendarView;
  }
}
