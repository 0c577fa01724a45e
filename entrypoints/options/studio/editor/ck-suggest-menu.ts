import { css, html, LitElement } from 'lit';

/** One choice of an editor menu (slash commands, blank names). */
export interface SuggestMenuItem {
  id: string;
  label: string;
  detail?: string;
  /** A short glyph shown before the label. */
  icon?: string;
}

/**
 * The floating menu the body editor shows for `/` and `{{`: a listbox the editor drives from the keyboard
 * (move, pick) while focus stays in the text. It positions itself at `anchor` (viewport coordinates).
 */
export class CkSuggestMenu extends LitElement {
  static override styles = css`
    :host { position: fixed; z-index: 1000; display: block; min-width: 220px; max-width: 360px; }
    ul { list-style: none; margin: 0; padding: 4px; max-height: 280px; overflow: auto; border-radius: 6px;
         background: var(--ck-menu-bg, #fff); color: var(--ck-fg, #1f2328); border: 1px solid var(--ck-border, #d0d7de);
         box-shadow: 0 8px 24px rgba(0, 0, 0, 0.18); font: 13px/1.4 system-ui, sans-serif; }
    li { display: flex; gap: 8px; align-items: baseline; padding: 4px 8px; border-radius: 4px; cursor: pointer; }
    li[aria-selected='true'] { background: var(--ck-selection-bg, #0969da); color: var(--ck-selection-fg, #fff); }
    .icon { flex: none; width: 1.4em; text-align: center; opacity: 0.8; }
    .label { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .empty { padding: 4px 8px; color: var(--ck-muted); font-size: 12px; }
    .detail { flex: none; max-width: 45%; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; opacity: 0.7; font-size: 12px; }
  `;

  static override properties = {
    items: { attribute: false },
    empty: { attribute: false },
    anchor: { attribute: false },
    selected: { state: true },
  };

  declare items: SuggestMenuItem[];
  /** Shown when there is nothing to choose (a hint); without it the menu hides. */
  declare empty: string;
  declare anchor: { left: number; top: number; bottom: number } | null;
  declare selected: number;

  constructor() {
    super();
    this.items = [];
    this.empty = '';
    this.anchor = null;
    this.selected = 0;
  }

  /** Moves the highlight by `step`, wrapping around. */
  move(step: number): void {
    if (!this.items.length) return;
    this.selected = (this.selected + step + this.items.length) % this.items.length;
    void this.updateComplete.then(() => this.renderRoot.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' }));
  }

  /** The highlighted item. */
  current(): SuggestMenuItem | undefined {
    return this.items[this.selected];
  }

  override willUpdate(changed: Map<string, unknown>) {
    if (changed.has('items') && this.selected >= this.items.length) this.selected = 0;
    if (changed.has('anchor') || changed.has('items')) this.place();
  }

  override render() {
    if (!this.items.length) return this.empty ? html`<ul role="listbox" data-ck="suggest-menu"><li class="empty" role="presentation">${this.empty}</li></ul>` : null;
    return html`<ul role="listbox" data-ck="suggest-menu">
      ${this.items.map(
        (item, i) => html`<li
          role="option"
          data-id=${item.id}
          aria-selected=${i === this.selected ? 'true' : 'false'}
          @mousedown=${(e: Event) => this.onPick(e, item)}
          @mousemove=${() => (this.selected = i)}
        >
          <span class="icon" aria-hidden="true">${item.icon ?? ''}</span><span class="label">${item.label}</span>${item.detail ? html`<span class="detail">${item.detail}</span>` : null}
        </li>`,
      )}
    </ul>`;
  }

  private place() {
    if (!this.anchor) return;
    const below = this.anchor.bottom + 4;
    const fitsBelow = below + 290 < window.innerHeight;
    this.style.left = `${Math.max(4, Math.min(this.anchor.left, window.innerWidth - 370))}px`;
    this.style.top = fitsBelow ? `${below}px` : '';
    this.style.bottom = fitsBelow ? '' : `${window.innerHeight - this.anchor.top + 4}px`;
  }

  private onPick(event: Event, item: SuggestMenuItem) {
    // mousedown, not click: the editor must not lose its selection first.
    event.preventDefault();
    this.dispatchEvent(new CustomEvent('ck-suggest-pick', { detail: { item }, bubbles: true, composed: true }));
  }
}

if (!customElements.get('ck-suggest-menu')) customElements.define('ck-suggest-menu', CkSuggestMenu);

declare global {
  interface HTMLElementTagNameMap {
    'ck-suggest-menu': CkSuggestMenu;
  }
  interface HTMLElementEventMap {
    'ck-suggest-pick': CustomEvent<{ item: SuggestMenuItem }>;
  }
}
