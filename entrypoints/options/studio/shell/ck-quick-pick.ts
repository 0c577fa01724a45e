import { css, html, LitElement, nothing } from 'lit';
import type { PickRequest } from './create-workbench';
import { fuzzyScore } from './fuzzy-score';
import type { QuickPickItem } from './studio-types';
import { highlight } from '../../../../components/highlight/highlight';
import { t } from '../../../../components/i18n/t';

/** Most rows a picker renders; a longer list is narrowed by typing. */
const MAX_ROWS = 200;

/** Indices → [start, end) spans for highlight(). */
const spansOf = (indices: readonly number[]): [number, number][] => {
  const spans: [number, number][] = [];
  for (const i of indices) {
    const last = spans[spans.length - 1];
    if (last && last[1] === i) last[1] = i + 1;
    else spans.push([i, i + 1]);
  }
  return spans;
};

const HAN = /[\u3400-\u9fff]/;
const LATIN = /[A-Za-z]/;

/** Whether a query is written in the script of `text` (Han characters, or Latin letters), so `text` may be shown. */
const sameScript = (query: string, text: string): boolean => (HAN.test(text) ? HAN.test(query) : LATIN.test(query));

/** Filters a fixed list fuzzily over label, description and aliases; keeps the given order for an empty query. */
function filterItems(items: readonly QuickPickItem[], query: string): QuickPickItem[] {
  if (!query.trim()) return items.slice(0, MAX_ROWS);
  const scored: { item: QuickPickItem; score: number }[] = [];
  for (const item of items) {
    const onLabel = fuzzyScore(query, item.label);
    let score = onLabel?.score ?? -Infinity;
    for (const other of [item.description, item.otherLanguage, ...(item.aliases ?? [])]) {
      if (other) score = Math.max(score, (fuzzyScore(query, other)?.score ?? -Infinity) - 0.5);
    }
    if (score > -Infinity) scored.push({ item: { ...item, highlights: onLabel?.matches ?? [] }, score });
  }
  return scored.sort((a, b) => b.score - a.score).slice(0, MAX_ROWS).map((s) => s.item);
}

/**
 * The command palette, quick open and every other pick-from-a-list or one-line question, in VS Code's manner:
 * an input over a listbox; arrows move, Enter accepts, Escape or a click outside dismisses. Its `data-ck` hook is
 * the request's (`palette` for commands).
 */
export class CkQuickPick extends LitElement {
  static override styles = css`
    :host { position: fixed; inset: 0; z-index: 900; display: block; pointer-events: none; }
    .picker { pointer-events: auto; position: absolute; top: 48px; left: 50%; transform: translateX(-50%); width: min(620px, calc(100vw - 32px));
              background: var(--ck-menu-bg); color: var(--ck-fg); border: 1px solid var(--ck-border); border-radius: 8px;
              box-shadow: 0 12px 32px rgba(0, 0, 0, 0.28); padding: 6px; font: 13px/1.4 var(--ck-font); }
    input { box-sizing: border-box; width: 100%; font: inherit; font-size: 14px; padding: 6px 8px; border-radius: 4px;
            border: 1px solid var(--ck-focus); background: var(--ck-input-bg); color: var(--ck-fg); outline: none; }
    .prompt { padding: 6px 8px 2px; color: var(--ck-muted); font-size: 12px; }
    .error { color: var(--ck-error); }
    ul { list-style: none; margin: 6px 0 0; padding: 0; max-height: min(420px, 60vh); overflow: auto; }
    li { display: grid; grid-template-columns: 1fr auto; gap: 0 12px; padding: 4px 8px; border-radius: 4px; cursor: pointer; }
    li[aria-selected='true'], li[aria-selected='true'] .description, li[aria-selected='true'] .detail { background: var(--ck-selection-bg); color: var(--ck-selection-fg); }
    .label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .description { margin-left: 8px; color: var(--ck-muted); font-size: 12px; }
    .detail { grid-column: 1 / -1; color: var(--ck-muted); font-size: 12px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .keys { display: flex; gap: 4px; align-items: center; }
    kbd { font: 11px/1.6 var(--ck-font-mono); padding: 0 5px; border-radius: 3px; border: 1px solid var(--ck-border); background: var(--ck-kbd-bg); color: var(--ck-fg); }
    mark { background: none; color: inherit; font-weight: 700; text-decoration: underline; }
    .empty { padding: 8px; color: var(--ck-muted); }
  `;

  static override properties = {
    request: { attribute: false },
    query: { state: true },
    selected: { state: true },
  };

  declare request: PickRequest | null;
  declare query: string;
  declare selected: number;

  constructor() {
    super();
    this.request = null;
    this.query = '';
    this.selected = 0;
  }

  override willUpdate(changed: Map<string, unknown>) {
    if (changed.has('request') && this.request && this.request !== changed.get('request')) {
      this.query = this.request.options.value ?? '';
      this.selected = 0;
    }
  }

  override connectedCallback() {
    super.connectedCallback();
    addEventListener('pointerdown', this.onPointerDown, true);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('pointerdown', this.onPointerDown, true);
  }

  override updated(changed: Map<string, unknown>) {
    if (changed.has('request') && this.request) {
      const input = this.renderRoot.querySelector('input');
      input?.focus();
      input?.select();
    }
  }

  override render() {
    const request = this.request;
    if (!request) return nothing;
    const hook = request.type === 'pick' ? request.options.hook : 'input';
    if (request.type === 'input') {
      const error = request.options.validate?.(this.query);
      return html`<div class="picker" data-ck=${hook} role="dialog" aria-label=${request.options.prompt ?? request.options.placeholder}>
        <input aria-label=${request.options.placeholder} placeholder=${request.options.placeholder} .value=${this.query} @input=${this.onInput} @keydown=${this.onKeydown} />
        <div class="prompt ${error ? 'error' : ''}" role=${error ? 'alert' : nothing}>${error ?? request.options.prompt ?? t('studioInputPrompt')}</div>
      </div>`;
    }
    const items = this.visibleItems();
    const active = items[this.selected];
    return html`<div class="picker" data-ck=${hook} role="dialog" aria-label=${request.options.placeholder}>
      <input
        role="combobox"
        aria-expanded="true"
        aria-controls="ck-pick-list"
        aria-activedescendant=${active ? `ck-pick-${this.selected}` : nothing}
        aria-label=${request.options.placeholder}
        placeholder=${request.options.placeholder}
        .value=${this.query}
        @input=${this.onInput}
        @keydown=${this.onKeydown}
       
      />
      ${items.length
        ? html`<ul id="ck-pick-list" role="listbox">
            ${items.map(
              (item, i) => html`<li
                id=${`ck-pick-${i}`}
                role="option"
                data-id=${item.id}
                aria-selected=${i === this.selected ? 'true' : 'false'}
                @mousedown=${(e: Event) => this.onPick(e, item)}
                @mousemove=${() => (this.selected = i)}
              >
                <span class="label">${highlight(item.label, spansOf(item.highlights ?? []))}${this.descriptionOf(item) ? html`<span class="description">${this.descriptionOf(item)}</span>` : nothing}</span>
                <span class="keys">${(item.keys ?? []).map((k) => html`<kbd>${k}</kbd>`)}</span>
                ${item.detail ? html`<span class="detail">${item.detail}</span>` : nothing}
              </li>`,
            )}
          </ul>`
        : html`<div class="empty">${request.options.empty ?? t('studioNoResults')}</div>`}
    </div>`;
  }

  private visibleItems(): QuickPickItem[] {
    if (this.request?.type !== 'pick') return [];
    const { items } = this.request.options;
    return typeof items === 'function' ? items(this.query).slice(0, MAX_ROWS) : filterItems(items, this.query);
  }

  private onInput(event: Event) {
    this.query = (event.target as HTMLInputElement).value;
    this.selected = 0;
  }

  private onKeydown(event: KeyboardEvent) {
    const request = this.request;
    if (!request || event.isComposing) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      request.resolve(undefined);
      return;
    }
    if (request.type === 'input') {
      if (event.key === 'Enter') {
        event.preventDefault();
        if (!request.options.validate?.(this.query)) request.resolve(this.query);
      }
      return;
    }
    const count = this.visibleItems().length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count) this.selected = (this.selected + (event.key === 'ArrowDown' ? 1 : -1) + count) % count;
      void this.updateComplete.then(() => this.renderRoot.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' }));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const item = this.visibleItems()[this.selected];
      if (item) request.resolve(item);
    }
  }

  /** The dimmed text after a label: its description, else its other-language name while the query is in that script. */
  private descriptionOf(item: QuickPickItem): string | undefined {
    if (item.description) return item.description;
    return item.otherLanguage && sameScript(this.query, item.otherLanguage) ? item.otherLanguage : undefined;
  }

  private onPick(event: Event, item: QuickPickItem) {
    event.preventDefault();
    if (this.request?.type === 'pick') this.request.resolve(item);
  }

  private onPointerDown = (event: PointerEvent) => {
    // A click elsewhere dismisses the picker, as in VS Code (focus moving on its own does not).
    const picker = this.renderRoot.querySelector('.picker');
    if (this.request && picker && !event.composedPath().includes(picker)) this.request.resolve(undefined);
  };
}

if (!customElements.get('ck-quick-pick')) customElements.define('ck-quick-pick', CkQuickPick);

declare global {
  interface HTMLElementTagNameMap {
    'ck-quick-pick': CkQuickPick;
  }
}
