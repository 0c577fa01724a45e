import { css, html, LitElement, nothing } from 'lit';
import { ITEM_KINDS, STAGES, type ItemKind, type Stage, type Suggestion } from '../../../../../content-kit';
import { StudioDataWatch } from '../../shell/studio-data-watch';
import type { StudioContext } from '../../shell/studio-context';
import { highlight } from '../../../../../components/highlight/highlight';
import { t } from '../../../../../components/i18n/t';
import { kindLabel, stageLabel } from '../../../../../components/i18n/labels';

const LIMIT = 100;

/**
 * Search across every kit with the sidebar's own suggester (Chinese bigrams, domain concepts), narrowed by kind
 * and stage. Results open like explorer rows: click for a preview tab, double-click or Enter to keep it.
 */
export class CkSearchView extends LitElement {
  static override styles = css`
    :host { display: flex; flex-direction: column; min-height: 0; }
    form { flex: none; display: grid; gap: 6px; padding: 0 8px 8px; }
    input, select { font: inherit; padding: 3px 6px; border-radius: 3px; border: 1px solid var(--ck-border); background: var(--ck-input-bg); color: var(--ck-fg); min-width: 0; }
    input:focus, select:focus { outline: 1px solid var(--ck-focus); border-color: var(--ck-focus); }
    .filters { display: grid; grid-template-columns: 1fr 1fr; gap: 6px; }
    .summary { padding: 0 12px 4px; color: var(--ck-muted); font-size: 12px; }
    ul { flex: 1; min-height: 0; overflow: auto; list-style: none; margin: 0; padding: 0; }
    li { padding: 4px 12px; cursor: pointer; border-left: 2px solid transparent; }
    li:hover { background: var(--ck-hover-bg); }
    li[aria-selected='true'] { background: var(--ck-list-active-bg); color: var(--ck-list-active-fg); border-left-color: var(--ck-accent); }
    .title { display: block; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    ul:focus-visible { outline: 1px solid var(--ck-focus); outline-offset: -1px; }
    .meta { display: block; font-size: 11px; color: var(--ck-muted); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    mark { background: var(--ck-chip-bg); color: inherit; border-radius: 2px; }
  `;

  static override properties = {
    studio: { attribute: false },
    query: { state: true },
    kind: { state: true },
    stage: { state: true },
    results: { state: true },
    selected: { state: true },
  };

  declare studio: StudioContext | null;
  declare query: string;
  declare kind: ItemKind | '';
  declare stage: Stage | '';
  declare results: Suggestion[];
  declare selected: number;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    new StudioDataWatch(this, () => void (this.query && this.schedule(200)));
    this.studio = null;
    this.query = '';
    this.kind = '';
    this.stage = '';
    this.results = [];
    this.selected = -1;
  }

  /** Focuses the search box (selecting what is in it). */
  focusInput(): void {
    const input = this.renderRoot.querySelector<HTMLInputElement>('input');
    input?.focus();
    input?.select();
  }



  override render() {
    const kits = new Map((this.studio?.data.kits() ?? []).map((k) => [k.id, k.name]));
    return html`<form role="search" @submit=${(e: Event) => e.preventDefault()}>
        <input type="search" data-ck="studio-search" aria-label=${t('studioSearch')} placeholder=${t('studioSearchPlaceholder')} .value=${this.query} @input=${this.onQuery} @keydown=${this.onKeydown} />
        <div class="filters">
          <select aria-label=${t('filterKind')} @change=${(e: Event) => this.onFilter('kind', (e.target as HTMLSelectElement).value)}>
            <option value="">${t('kindAll')}</option>
            ${ITEM_KINDS.map((k) => html`<option value=${k} ?selected=${k === this.kind}>${kindLabel(k)}</option>`)}
          </select>
          <select aria-label=${t('filterStage')} @change=${(e: Event) => this.onFilter('stage', (e.target as HTMLSelectElement).value)}>
            <option value="">${t('stageAll')}</option>
            ${STAGES.map((s) => html`<option value=${s} ?selected=${s === this.stage}>${stageLabel(s)}</option>`)}
          </select>
        </div>
      </form>
      ${this.query.trim() ? html`<div class="summary" aria-live="polite">${t('studioSearchCount', this.results.length)}</div>` : nothing}
      <ul role="listbox" tabindex="0" aria-label=${t('studioSearchResults')} aria-activedescendant=${this.selected >= 0 ? `result-${this.selected}` : nothing} @keydown=${this.onKeydown}>
        ${this.results.map(
          (r, i) => html`<li
            role="option"
            id=${`result-${i}`}
            data-ck="search-result"
            data-item-id=${r.id}
            data-kit-id=${r.kitId}
            aria-selected=${i === this.selected ? 'true' : 'false'}
            @click=${() => this.open(i, false)}
            @dblclick=${() => this.open(i, true)}
          >
            <span class="title">${highlight(r.title, r.matches.filter((m) => m.field === 'title').map((m) => [m.start, m.end] as const))}</span>
            <span class="meta">${[kits.get(r.kitId) ?? r.kitId, kindLabel(r.kind), r.stage ? stageLabel(r.stage) : ''].filter(Boolean).join(' · ')}</span>
          </li>`,
        )}
      </ul>`;
  }

  private schedule(ms: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), ms);
  }

  private run() {
    const query = this.query.trim();
    if (!query || !this.studio) {
      this.results = [];
      return;
    }
    this.results = this.studio.index.suggest({ query }, { limit: LIMIT, ...(this.kind && { kind: this.kind }), ...(this.stage && { stage: this.stage }) });
    this.selected = this.results.length ? 0 : -1;
  }

  private onQuery(event: Event) {
    this.query = (event.target as HTMLInputElement).value;
    this.schedule(80);
  }

  private onFilter(which: 'kind' | 'stage', value: string) {
    if (which === 'kind') this.kind = value as ItemKind | '';
    else this.stage = value as Stage | '';
    this.run();
  }

  private onKeydown(event: KeyboardEvent) {
    if (event.isComposing || !this.results.length) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.selected = Math.max(0, Math.min(this.results.length - 1, this.selected + (event.key === 'ArrowDown' ? 1 : -1)));
      void this.updateComplete.then(() => this.renderRoot.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' }));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      this.open(Math.max(0, this.selected), true);
    }
  }

  private open(index: number, pinned: boolean) {
    const result = this.results[index];
    if (!result) return;
    this.selected = index;
    void this.studio?.commands.execute('studio.item.open', { kitId: result.kitId, itemId: result.id, pinned, focus: pinned }).catch(() => undefined);
  }
}

if (!customElements.get('ck-search-view')) customElements.define('ck-search-view', CkSearchView);

declare global {
  interface HTMLElementTagNameMap {
    'ck-search-view': CkSearchView;
  }
}
