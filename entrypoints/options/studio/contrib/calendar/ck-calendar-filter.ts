import { css, html, LitElement, nothing } from 'lit';
import { CALENDAR_LABELS, ENTRY_PLATFORMS, ENTRY_STATUSES, NODE_KIND_LABELS, NODE_KINDS, STAGES } from '../../../../../content-kit';
import type { CalendarFilterGroup, CalendarViewFilter } from './calendar-view-state';
import { filterIsEmpty } from './calendar-view-state';
import { calendarEvent } from './calendar-events';
import { t } from '../../../../../components/i18n/t';
import { nodeBadge, nodeChipStyles } from './node-chip';

/**
 * The calendar's filter bar: toggle chips for platform (offline events and "none" too), status, stage and kit. A
 * group with nothing switched on lets everything through. Each chip is a toggle button (`aria-pressed`) with
 * `data-group` and `data-value`, so a screen reader and a test can both tell what is filtered. The 节点 layer has its
 * own switch (`data-ck="calendar-nodes-toggle"`), with a legend of the kinds' marks while it is on.
 */
export class CkCalendarFilter extends LitElement {
  static override styles = [
    nodeChipStyles,
    css`
    :host { display: block; }
    .bar { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 14px; padding: 4px 12px 6px; border-bottom: 1px solid var(--ck-border); font-size: 12px; }
    [role='group'] { display: flex; flex-wrap: wrap; align-items: center; gap: 3px; min-width: 0; }
    .label { color: var(--ck-muted); margin-right: 2px; }
    button { font: inherit; font-size: 12px; max-width: 14em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; padding: 0 7px; height: 20px; border-radius: 10px; border: 1px solid var(--ck-border); background: var(--ck-bg); color: var(--ck-fg); cursor: pointer; }
    button[aria-pressed='true'] { background: var(--ck-list-active-bg); color: var(--ck-list-active-fg); border-color: var(--ck-focus); }
    button:focus-visible { outline: 2px solid var(--ck-focus); outline-offset: 1px; }
    .clear { border-style: dashed; }
    .count { color: var(--ck-muted); margin-left: auto; }
    .legend { display: flex; flex-wrap: wrap; gap: 2px 8px; }
  `,
  ];

  static override properties = { filter: { attribute: false }, kits: { attribute: false }, locale: {}, nodeLayer: { type: Boolean }, summary: {} };

  declare filter: CalendarViewFilter;
  declare kits: readonly { id: string; name: string }[];
  declare locale: 'zh' | 'en';
  /** The 节点 layer is on. */
  declare nodeLayer: boolean;
  /** What the count says about the entries on screen (see shownSummary). */
  declare summary: string;

  constructor() {
    super();
    this.filter = {};
    this.kits = [];
    this.locale = 'zh';
    this.nodeLayer = true;
    this.summary = '';
  }

  override render() {
    const words = CALENDAR_LABELS[this.locale];
    return html`<div class="bar" data-ck="calendar-filter" role="toolbar" aria-label=${t('calendarFilters')} @click=${this.onClick}>
      ${this.group('platforms', t('calendarFilterPlatform'), [...ENTRY_PLATFORMS.map((p) => [p, words.platform[p]] as const), ['none', t('calendarNoPlatform')] as const])}
      ${this.group('statuses', t('calendarFilterStatus'), ENTRY_STATUSES.map((s) => [s, words.status[s]] as const))}
      ${this.group('stages', t('calendarFilterStage'), [...STAGES.map((s) => [s, words.stage[s]] as const), ['none', t('calendarNoStage')] as const])}
      ${this.kits.length > 1 ? this.group('kits', t('calendarFilterKit'), this.kits.map((k) => [k.id, k.name] as const)) : nothing}
      ${filterIsEmpty(this.filter) ? nothing : html`<button class="clear" data-ck="calendar-filter-clear">${t('calendarClearFilters')}</button>`}
      <div role="group" aria-label=${t('calendarNodesLayer')}>
        <button data-ck="calendar-nodes-toggle" aria-pressed=${this.nodeLayer ? 'true' : 'false'} title=${t('calendarNodesLayerHint')}>${t('calendarNodesLayer')}</button>
        ${this.nodeLayer
          ? html`<span class="legend" aria-hidden="true">${NODE_KINDS.map((kind) => html`<span class="node node-${kind}"><span class="badge">${nodeBadge(kind)}</span><span class="name">${NODE_KIND_LABELS[kind][this.locale]}</span></span>`)}</span>`
          : nothing}
      </div>
      <span class="count" aria-live="polite" data-ck="calendar-count">${this.summary}</span>
    </div>`;
  }

  private group(group: CalendarFilterGroup, label: string, values: readonly (readonly [string, string])[]) {
    const on = (this.filter[group] ?? []) as readonly string[];
    return html`<div role="group" aria-label=${label}>
      <span class="label" aria-hidden="true">${label}</span>
      ${values.map(([value, text]) => html`<button data-group=${group} data-value=${value} aria-pressed=${on.includes(value) ? 'true' : 'false'} title=${text}>${text}</button>`)}
    </div>`;
  }

  private onClick(event: MouseEvent) {
    const button = (event.target as Element).closest<HTMLButtonElement>('button');
    if (!button) return;
    if (button.dataset.ck === 'calendar-nodes-toggle') this.dispatchEvent(calendarEvent('ck-calendar-nodes-toggle', { on: !this.nodeLayer }));
    else if (button.dataset.ck === 'calendar-filter-clear') this.dispatchEvent(calendarEvent('ck-calendar-filter-toggle', { group: null, value: null }));
    else this.dispatchEvent(calendarEvent('ck-calendar-filter-toggle', { group: button.dataset.group as CalendarFilterGroup, value: button.dataset.value! }));
  }
}

if (!customElements.get('ck-calendar-filter')) customElements.define('ck-calendar-filter', CkCalendarFilter);

declare global {
  interface HTMLElementTagNameMap {
    'ck-calendar-filter': CkCalendarFilter;
  }
}
