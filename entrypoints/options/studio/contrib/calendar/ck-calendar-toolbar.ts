import { css, html, LitElement, nothing } from 'lit';
import { weekRange } from '../../../../../content-kit';
import { t } from '../../../../../components/i18n/t';
import { CALENDAR_MODES, type CalendarMode } from './calendar-view-state';
import { calendarDateFormat } from './calendar-date-format';
import { calendarEvent } from './calendar-events';
import { calendarViewStyles } from './calendar-view-styles';

const MODE_LABEL = { month: 'calendarMonth', week: 'calendarWeek', agenda: 'calendarAgenda' } as const;

/** The period a view shows, as its heading: 2026年1月, 2026年1月5日至11日, 从 2026年1月 起. */
export function periodTitle(mode: CalendarMode, cursor: string, locale: 'zh' | 'en'): string {
  const at = (date: string) => Date.parse(`${date}T00:00:00Z`);
  if (mode === 'week') {
    const { start, end } = weekRange(cursor);
    return calendarDateFormat(locale, 'range').formatRange(at(start), at(end));
  }
  const month = calendarDateFormat(locale, 'month').format(at(cursor));
  return mode === 'agenda' ? t('calendarAgendaFrom', month) : month;
}

/**
 * The calendar's toolbar: previous, today, next, the period's title, month/week/agenda, new entry, apply a plan or a
 * sequence, import and export. Each button names a `studio.calendar.*` command, sent up as `ck-calendar-command`.
 */
export class CkCalendarToolbar extends LitElement {
  static override styles = [calendarViewStyles, css`:host { height: auto; flex: none; }`];

  static override properties = { mode: {}, cursor: {}, locale: {}, sequences: { type: Boolean } };

  declare mode: CalendarMode;
  declare cursor: string;
  declare locale: 'zh' | 'en';
  /** Some kit has sequences: show "Apply a sequence…". */
  declare sequences: boolean;

  constructor() {
    super();
    this.mode = 'month';
    this.cursor = '2026-01-01';
    this.locale = 'zh';
    this.sequences = false;
  }

  override render() {
    const unit = this.mode === 'week' ? 'Week' : 'Month';
    return html`<div class="toolbar" role="toolbar" aria-label=${t('calendarToolbar')} @click=${this.onClick}>
      <button class="icon" data-ck="calendar-prev" data-command="studio.calendar.previous" aria-label=${t(`calendarPrevious${unit}`)} title=${`${t(`calendarPrevious${unit}`)} (PageUp)`}>‹</button>
      <button data-ck="calendar-today" data-command="studio.calendar.today" title=${`${t('calendarToday')} (T)`}>${t('calendarToday')}</button>
      <button class="icon" data-ck="calendar-next" data-command="studio.calendar.next" aria-label=${t(`calendarNext${unit}`)} title=${`${t(`calendarNext${unit}`)} (PageDown)`}>›</button>
      <h2 data-ck="calendar-title" aria-live="polite">${periodTitle(this.mode, this.cursor, this.locale)}</h2>
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
      ${this.sequences ? html`<button data-ck="calendar-apply-sequence" data-command="studio.calendar.applySequence">${t('calendarApplySequence')}</button>` : nothing}
      <button data-ck="calendar-import-csv" data-command="studio.calendar.importCsv">${t('calendarImportCsv')}</button>
      <button data-ck="calendar-export" data-command="studio.calendar.export">${t('calendarExport')}</button>
    </div>`;
  }

  private onClick(event: MouseEvent) {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-command]');
    if (button) this.dispatchEvent(calendarEvent('ck-calendar-command', { command: button.dataset.command! }));
  }
}

if (!customElements.get('ck-calendar-toolbar')) customElements.define('ck-calendar-toolbar', CkCalendarToolbar);

declare global {
  interface HTMLElementTagNameMap {
    'ck-calendar-toolbar': CkCalendarToolbar;
  }
}
