import { html, nothing } from 'lit';
import { t } from '../../../../../components/i18n/t';
import { uiLocale } from '../../../../../components/i18n/ui-locale';
import type { StudioContext } from '../../shell/studio-context';
import { agendaNodeRange, nodesByDate, unpublishedYear } from './calendar-node-layer';
import type { CalendarRow } from './calendar-rows';
import { viewDays } from './calendar-view-state';
import type { CkCalendarView } from './ck-calendar-view';
import type { CalendarModel } from './create-calendar-model';
import { shownSummary } from './shown-summary';
import './ck-calendar-agenda';
import './ck-calendar-entry-panel';
import './ck-calendar-filter';
import './ck-calendar-grid';
import './ck-calendar-import';
import './ck-calendar-toolbar';
import './ck-sequence-apply';

interface Range {
  from: string;
  to: string;
}

/**
 * The calendar's template: toolbar, filter bar, the "not yet published" note of the 节点 layer, the grid or the agenda
 * with the entry panel, and the import and apply-a-sequence dialogs. The view's state goes in; its parts' events go to
 * the view's listeners.
 */
export function calendarViewTemplate(view: CkCalendarView, studio: StudioContext, model: CalendarModel) {
  const locale = uiLocale();
  const rows = view.filteredRows();
  const kits = studio.data.kits();
  const { names, list } = view.kitInfo(kits);
  const selected = view.selectedKey ? model.row(view.selectedKey) : undefined;
  const panelOpen = !!selected || !!view.start;
  const linked = selected?.entry.itemId === undefined ? undefined : (studio.data.item(selected.kitId, selected.entry.itemId)?.title ?? null);
  const dates = viewDays(view.mode, view.cursor);
  const shown = view.mode === 'agenda' ? null : { from: dates[0]!, to: dates.at(-1)! };
  const range = shown ?? agendaNodeRange(view.cursor);
  // The agenda spans years: its note is about the year of the date in view.
  const unpublished = !view.nodeLayer ? undefined : shown ? unpublishedYear(shown.from, shown.to) : unpublishedYear(view.cursor, view.cursor);
  const on = view.on;
  const request = view.sequenceApply;
  return html`<div class="calendar" data-ck="calendar" data-mode=${view.mode} data-cursor=${view.cursor} data-today=${view.today}>
    <ck-calendar-toolbar
      data-area="toolbar"
      .mode=${view.mode}
      .cursor=${view.cursor}
      .locale=${locale}
      .sequences=${kits.some((k) => k.sequences?.length)}
      @ck-calendar-command=${on.command}
    ></ck-calendar-toolbar>
    <ck-calendar-filter
      data-area="filter"
      .filter=${view.filter}
      .kits=${list}
      .locale=${locale}
      .nodeLayer=${view.nodeLayer}
      .summary=${shownSummary(view.mode, rows, kits, shown)}
      @ck-calendar-filter-toggle=${on.filter}
      @ck-calendar-nodes-toggle=${on.nodes}
    ></ck-calendar-filter>
    ${unpublished === undefined ? nothing : html`<p class="notice" data-ck="nodes-unpublished" role="note">${t('calendarNodesUnpublished', unpublished)}</p>`}
    <div
      class="main ${panelOpen ? 'with-panel' : ''}"
      @ck-calendar-day-select=${on.daySelect}
      @ck-calendar-day-create=${on.dayCreate}
      @ck-calendar-day-more=${on.dayMore}
      @ck-calendar-entry-open=${on.entryOpen}
      @ck-calendar-entry-focus=${on.entryFocus}
      @ck-calendar-entry-drop=${on.entryDrop}
      @ck-calendar-scroll-date=${on.scrollDate}
      @ck-calendar-entry-change=${on.entryChange}
      @ck-calendar-entry-submit=${on.entrySubmit}
      @ck-calendar-entry-action=${on.entryAction}
    >
      <div class="view" data-area="view">${viewTemplate(view, rows, names, locale, panelOpen, range)}</div>
      ${panelOpen
        ? html`<ck-calendar-entry-panel
            data-area="panel"
            .row=${selected ?? null}
            .start=${selected ? null : view.start}
            .kits=${list}
            .kitName=${selected ? (names.get(selected.kitId) ?? selected.kitId) : ''}
            .itemTitle=${linked}
            .locale=${locale}
          ></ck-calendar-entry-panel>`
        : nothing}
    </div>
    <ck-calendar-import
      data-area="dialog"
      .open=${view.importOpen}
      .kits=${kits}
      .kitId=${view.defaultKit() ?? ''}
      .locale=${locale}
      @ck-calendar-import-confirm=${on.importConfirm}
      @ck-calendar-import-close=${on.importClose}
    ></ck-calendar-import>
    <ck-sequence-apply
      data-area="dialog"
      .request=${request}
      .kit=${request ? (studio.data.kit(request.kitId) ?? null) : null}
      .locale=${locale}
      @ck-calendar-sequence-anchor=${on.sequenceAnchor}
      @ck-calendar-sequence-confirm=${on.sequenceConfirm}
      @ck-calendar-sequence-close=${on.sequenceClose}
    ></ck-sequence-apply>
    <div class="sr-only" role="status" aria-live="polite">${view.announcement}</div>
  </div>`;
}

/** The month or week grid, or the agenda, with the 节点 of its range when the layer is on. */
function viewTemplate(view: CkCalendarView, rows: CalendarRow[], names: Map<string, string>, locale: 'zh' | 'en', compact: boolean, range: Range) {
  const nodes = view.nodeLayer ? nodesByDate(range.from, range.to) : null;
  if (view.mode === 'agenda')
    return html`<ck-calendar-agenda
      .rows=${rows}
      .nodes=${nodes}
      .kitNames=${names}
      .cursor=${view.cursor}
      .today=${view.today}
      .focusKey=${view.focusKey}
      .selectedKey=${view.selectedKey}
      .locale=${locale}
      .revealToken=${view.revealToken}
    ></ck-calendar-agenda>`;
  return html`<ck-calendar-grid
    .layout=${view.mode}
    .cursor=${view.cursor}
    .today=${view.today}
    .days=${view.daysIn(rows, range.from, range.to)}
    .nodes=${nodes}
    .kitNames=${names}
    .focusKey=${view.focusKey}
    .selectedKey=${view.selectedKey}
    .locale=${locale}
    .compact=${compact}
  ></ck-calendar-grid>`;
}
