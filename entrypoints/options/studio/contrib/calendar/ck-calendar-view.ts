import { LitElement, nothing } from 'lit';
import { isDateString, todayIn, type Kit } from '../../../../../content-kit';
import type { CalendarMode, CalendarViewFilter } from './calendar-view-state';
import { CALENDAR_MODES, LOCAL_TIME_ZONE, newEntryDate, stepCursor } from './calendar-view-state';
import type { CalendarRow } from './calendar-rows';
import type { CalendarModel } from './create-calendar-model';
import { defaultKitId } from './default-kit-id';
import { groupByDate } from './calendar-rows';
import type { Disposable } from '../../shell/emitter';
import type { StudioContext } from '../../shell/studio-context';
import type { EntryStart } from './ck-calendar-entry-panel';
import { calendarViewStyles } from './calendar-view-styles';
import { calendarFocus, type CalendarFocus } from './calendar-focus';
import { calendarViewListeners } from './calendar-view-listeners';
import { calendarViewTemplate } from './calendar-view-template';

/** What the calendar remembers with its tab (restored after a reload). */
export interface CalendarViewState {
  mode: CalendarMode;
  cursor: string;
  filter: CalendarViewFilter;
  /** The 节点 layer is shown (the default). */
  nodeLayer?: boolean;
}

/** The apply-a-sequence dialog's question: which sequence of which kit, from which day. */
export interface SequenceApplyRequest {
  kitId: string;
  sequenceId: string;
  anchor: string;
}

/**
 * The content calendar (the test contract's `[data-ck="calendar"]`): the toolbar, the filter bar (with the 节点 layer's
 * switch), the month or week grid or the agenda, and the entry panel beside them (over them when the calendar is
 * narrow). Its buttons run `studio.calendar.*` commands; the commands call the methods here. Entries of every kit are
 * shown; today (in the computer's time zone) is marked.
 */
export class CkCalendarView extends LitElement {
  static override styles = calendarViewStyles;

  static override properties = {
    studio: { attribute: false },
    model: { attribute: false },
    mode: {},
    cursor: {},
    filter: { attribute: false },
    nodeLayer: { attribute: false },
    selectedKey: { attribute: false },
    start: { attribute: false },
    focusKey: { attribute: false },
    importOpen: { state: true },
    sequenceApply: { state: true },
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
  declare nodeLayer: boolean;
  /** The entry open in the entry panel. */
  declare selectedKey: string | null;
  /** The new-entry form's start, while it is open. */
  declare start: EntryStart | null;
  /** The entry that keeps the tab stop (the last one focused). */
  declare focusKey: string | null;
  declare importOpen: boolean;
  declare sequenceApply: SequenceApplyRequest | null;
  declare revealToken: number;
  declare revision: number;
  declare today: string;
  declare announcement: string;
  /** The kit the last new entry went to: the next one defaults to it. */
  lastKitId: string | undefined = undefined;
  /** The day the user chose (a click, the arrow keys, "go to date"): a new entry starts there. */
  pickedDay: string | null = null;
  private subscriptions: Disposable[] = [];
  private clock: ReturnType<typeof setInterval> | undefined;
  private daysMemo: { rows: CalendarRow[]; from: string; to: string; days: Map<string, CalendarRow[]> } | null = null;
  private kitsMemo: { kits: Kit[]; names: Map<string, string>; list: { id: string; name: string }[] } | null = null;
  /** Handlers of its parts' events. */
  readonly on = calendarViewListeners(this);

  constructor() {
    super();
    this.studio = null;
    this.model = null;
    this.today = todayIn(LOCAL_TIME_ZONE);
    this.mode = 'month';
    this.cursor = this.today;
    this.filter = {};
    this.nodeLayer = true;
    this.selectedKey = null;
    this.start = null;
    this.focusKey = null;
    this.importOpen = false;
    this.sequenceApply = null;
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
    return { mode: this.mode, cursor: this.cursor, filter: this.filter, nodeLayer: this.nodeLayer };
  }

  restoreViewState(state: unknown): void {
    const saved = state as Partial<CalendarViewState> | undefined;
    if (saved?.mode && CALENDAR_MODES.includes(saved.mode)) this.mode = saved.mode;
    if (typeof saved?.cursor === 'string' && isDateString(saved.cursor)) this.cursor = saved.cursor;
    if (saved?.filter && typeof saved.filter === 'object') this.filter = saved.filter;
    if (typeof saved?.nodeLayer === 'boolean') this.nodeLayer = saved.nodeLayer;
  }

  /** Where the keyboard focus is, looking through shadow roots. */
  focusInfo(): CalendarFocus {
    return calendarFocus(this);
  }

  /** The entry a command acts on: the focused one, else the one open in the panel. */
  targetEntry(): string | null {
    return this.focusInfo().entryKey ?? this.selectedKey;
  }

  /** Switches the view, keeping the cursor's date in view (the agenda keeps it as the date it scrolled to). */
  setMode(mode: CalendarMode): void {
    this.mode = mode;
    this.reveal(this.focusInfo().area === 'view');
  }

  /** Previous (−1) or next (+1) month or week. */
  step(step: number): void {
    this.cursor = stepCursor(this.mode, this.cursor, step);
    this.pickedDay = null;
    this.reveal(this.focusInfo().area === 'view');
  }

  /** Shows a date (today by default) and moves the cursor there. */
  goTo(date: string = this.today, focus = false): void {
    this.cursor = date;
    this.pickedDay = date === this.today ? null : date;
    this.reveal(focus);
  }

  setFilter(filter: CalendarViewFilter): void {
    this.filter = filter;
  }

  /** Opens the new-entry form on a day, for a kit (the default kit when none is given), and focuses its title. */
  async startNew(date: string = newEntryDate(this.mode, this.cursor, this.today, this.pickedDay), kitId?: string): Promise<void> {
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

  /** Opens the apply-a-sequence dialog (a date picker and the preview of what it adds). */
  openSequenceApply(request: SequenceApplyRequest): void {
    this.sequenceApply = request;
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

  /** Runs a calendar command (errors are reported by the command registry). */
  run(command: string, args?: unknown) {
    return this.studio?.commands.execute(command, args).catch(() => undefined);
  }

  /** Gives the focus back to a toolbar button (after a dialog closes). */
  focusToolbarButton(hook: string): void {
    this.renderRoot.querySelector('ck-calendar-toolbar')?.renderRoot.querySelector<HTMLElement>(`[data-ck="${hook}"]`)?.focus();
  }

  override render() {
    return this.studio && this.model ? calendarViewTemplate(this, this.studio, this.model) : nothing;
  }

  /** Rows by date for the days from `from` to `to`, kept while the rows and the range stay the same. */
  daysIn(rows: CalendarRow[], from: string, to: string) {
    const memo = this.daysMemo;
    if (memo && memo.rows === rows && memo.from === from && memo.to === to) return memo.days;
    this.daysMemo = { rows, from, to, days: groupByDate(rows, from, to) };
    return this.daysMemo.days;
  }

  /** The kits' names by id and as a list, kept while the kits stay the same. */
  kitInfo(kits: Kit[]) {
    const memo = this.kitsMemo;
    if (memo && memo.kits.length === kits.length && memo.kits.every((k, i) => k === kits[i])) return memo;
    this.kitsMemo = { kits, names: new Map(kits.map((k) => [k.id, k.name])), list: kits.map((k) => ({ id: k.id, name: k.name })) };
    return this.kitsMemo;
  }

  /** The entry panel, when open. */
  panel() {
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
}

if (!customElements.get('ck-calendar-view')) customElements.define('ck-calendar-view', CkCalendarView);

declare global {
  interface HTMLElementTagNameMap {
    'ck-calendar-view': CkCalendarView;
  }
}
