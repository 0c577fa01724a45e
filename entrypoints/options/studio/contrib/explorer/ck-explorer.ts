import { html, LitElement, nothing } from 'lit';
import type { Disposable } from '../../shell/emitter';
import type { StudioContext } from '../../shell/studio-context';
import { t } from '../../../../../components/i18n/t';
import { uiLocale } from '../../../../../components/i18n/ui-locale';
import { ExplorerFolds } from './explorer-folds';
import { renderExplorerRow, type RowHandlers } from './explorer-row-view';
import { buildExplorerRows, groupKey, itemRowKey, kitKey, ROW, type ExplorerTarget, type Row } from './explorer-rows';
import { explorerStyles } from './explorer-styles';
import { acceptItemDrag, droppedItem, startItemDrag } from './item-drag';

export type { ExplorerTarget } from './explorer-rows';

/** Rows rendered beyond the viewport on each side, so that scrolling shows no blank band. */
const OVERSCAN = 8;


/**
 * The explorer: kits → kinds → items as a tree (role="tree"), virtualised so that thousands of items cost only the
 * rows on screen. Click opens a preview tab, double-click or Enter a pinned one; F2 renames, Delete trashes; items
 * drag onto another kit to move there; the context menu lists the commands contributed to `explorer/*` menus.
 */
export class CkExplorer extends LitElement {
  static override styles = explorerStyles;
  static override properties = {
    studio: { attribute: false },
    filter: { state: true },
    scrollTop: { state: true },
    viewport: { state: true },
    selected: { state: true },
    menu: { state: true },
    dropKit: { state: true },
  };

  declare studio: StudioContext | null;
  declare filter: string;
  declare scrollTop: number;
  declare viewport: number;
  declare selected: string | null;
  declare menu: { x: number; y: number; target: ExplorerTarget; menuId: string } | null;
  declare dropKit: string | null;
  private folds = new ExplorerFolds();
  private rows: Row[] = [];
  private rowsVersion = -1;
  private version = 0;
  private subscriptions: Disposable[] = [];
  private resizeObserver: ResizeObserver | null = null;

  constructor() {
    super();
    this.studio = null;
    this.filter = '';
    this.scrollTop = 0;
    this.viewport = 600;
    this.selected = null;
    this.menu = null;
    this.dropKit = null;
  }

  /** Selects an item's row, expanding its kit and kind and scrolling it into view. */
  reveal(kitId: string, itemId: string): void {
    const item = this.studio?.data.item(kitId, itemId);
    if (!item) return;
    this.folds.set([kitKey(kitId), groupKey(kitId, item.kind)], true, this.kitIds());
    // The rows change first, so the selection finds the item's (now visible) row.
    this.invalidate();
    this.select(itemRowKey(kitId, itemId));
    void this.updateComplete.then(() => this.scrollToKey(itemRowKey(kitId, itemId)));
  }

  /** Puts the keyboard focus in the filter box. */
  focusFilter(): void {
    this.renderRoot.querySelector<HTMLInputElement>('.filter input')?.focus();
  }

  /** Puts the keyboard focus in the tree. */
  focusTree(): void {
    this.renderRoot.querySelector<HTMLElement>('.scroller')?.focus();
  }

  /** Folds every kit. */
  collapseAll(): void {
    this.folds.clear();
    this.invalidate();
  }

  override connectedCallback() {
    super.connectedCallback();
    this.subscribe();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    for (const dispose of this.subscriptions.splice(0)) dispose();
    this.resizeObserver?.disconnect();
  }

  override willUpdate(changed: Map<string, unknown>) {
    if (changed.has('studio')) {
      this.subscribe();
      this.invalidate();
    }
    if (changed.has('filter')) this.invalidate();
  }

  override firstUpdated() {
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller')!;
    this.resizeObserver = new ResizeObserver(() => (this.viewport = scroller.clientHeight || 600));
    this.resizeObserver.observe(scroller);
  }

  override render() {
    const rows = this.currentRows();
    const first = Math.max(0, Math.floor(this.scrollTop / ROW) - OVERSCAN);
    const last = Math.min(rows.length, Math.ceil((this.scrollTop + this.viewport) / ROW) + OVERSCAN);
    const focusedIndex = rows.findIndex((r) => r.key === this.selected);
    return html`<div class="filter">
        <input type="search" data-ck="explorer-filter" aria-label=${t('studioExplorerFilter')} placeholder=${t('studioExplorerFilter')} .value=${this.filter} @input=${this.onFilter} @keydown=${this.onFilterKeydown} />
      </div>
      <div
        class="scroller"
        data-ck="explorer"
        role="tree"
        aria-label=${t('studioExplorer')}
        tabindex="0"
        aria-activedescendant=${focusedIndex >= first && focusedIndex < last ? `ck-row-${focusedIndex}` : nothing}
        @scroll=${this.onScroll}
        @keydown=${this.onKeydown}
        @focus=${() => this.studio?.context.set('explorerFocus', true)}
        @blur=${() => this.studio?.context.set('explorerFocus', false)}
      >
        <div class="spacer" role="presentation" style=${`height: ${rows.length * ROW}px`}>${rows.slice(first, last).map((row, i) => this.renderRow(row, first + i))}</div>
        ${rows.length ? nothing : html`<div class="empty">${this.filter ? t('studioNoResults') : t('studioNoKits')}</div>`}
      </div>
      ${this.menu ? this.renderMenu() : nothing}`;
  }

  private renderMenu() {
    const menu = this.menu!;
    const commands = this.studio?.commands.menuCommands(menu.menuId) ?? [];
    const locale = uiLocale();
    return html`<ul class="menu" role="menu" style=${`left: ${menu.x}px; top: ${menu.y}px`} @keydown=${this.onMenuKeydown}>
      ${commands.map(
        (c) => html`<li role="none"><button role="menuitem" data-command=${c.id} @click=${() => this.runMenu(c.id, menu.target)}>${c.title[locale]}</button></li>`,
      )}
    </ul>`;
  }

  private currentRows(): Row[] {
    if (this.rowsVersion !== this.version) {
      this.rows = buildExplorerRows(this.studio?.data.kits() ?? [], this.filter, this.folds);
      this.rowsVersion = this.version;
    }
    return this.rows;
  }

  private renderRow(row: Row, index: number) {
    const record = row.type === 'kit' ? this.studio?.data.record(row.kit.id) : undefined;
    const state = { selected: row.key === this.selected, dropTarget: row.type === 'kit' && this.dropKit === row.kit.id, disabled: !!record && !record.enabled };
    return renderExplorerRow(row, index, state, this.rowHandlers);
  }

  private readonly rowHandlers: RowHandlers = {
    open: (row, pinned) => this.openRow(row, pinned),
    toggle: (row) => this.toggle(row),
    contextMenu: (event, row) => this.onContextMenu(event, row),
    dragStart: startItemDrag,
    dragOver: (event, row) => void (acceptItemDrag(event) && (this.dropKit = row.kit.id)),
    dragLeave: () => (this.dropKit = null),
    drop: (event, row) => {
      this.dropKit = null;
      const from = droppedItem(event);
      if (from && from.kitId !== row.kit.id) void this.studio?.commands.execute('studio.item.moveToKit', { ...from, toKitId: row.kit.id }).catch(() => undefined);
    },
  };

  private kitIds(): string[] {
    return (this.studio?.data.kits() ?? []).map((kit) => kit.id);
  }

  private invalidate() {
    this.version++;
    this.requestUpdate();
  }

  private subscribe() {
    for (const dispose of this.subscriptions.splice(0)) dispose();
    if (!this.studio || !this.isConnected) return;
    this.subscriptions.push(this.studio.data.onDidChange(() => this.invalidate()));
  }

  private toggle(row: Row, open = !row.expanded) {
    this.select(row.key);
    if (this.filter) return;
    this.folds.set([row.key], open, this.kitIds());
    this.invalidate();
  }

  private select(key: string) {
    this.selected = key;
    const row = this.currentRows().find((r) => r.key === key);
    this.studio?.context.set('explorer.selection', row ? ({ kitId: row.kit.id, itemId: row.item?.id, kind: row.kind } satisfies ExplorerTarget) : undefined);
  }

  private openRow(row: Row, pinned: boolean) {
    this.select(row.key);
    if (!row.item) return;
    void this.studio?.commands.execute('studio.item.open', { kitId: row.kit.id, itemId: row.item.id, pinned, focus: pinned }).catch(() => undefined);
  }

  private runMenu(id: string, target: ExplorerTarget) {
    this.menu = null;
    void this.studio?.commands.execute(id, target).catch(() => undefined);
  }

  private scrollToKey(key: string) {
    const index = this.currentRows().findIndex((r) => r.key === key);
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    if (index < 0 || !scroller) return;
    const top = index * ROW;
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (top + ROW > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = top + ROW - scroller.clientHeight;
    this.scrollTop = scroller.scrollTop;
  }

  private onScroll(event: Event) {
    this.scrollTop = (event.target as HTMLElement).scrollTop;
    this.menu = null;
  }

  private onFilter(event: Event) {
    this.filter = (event.target as HTMLInputElement).value;
    this.scrollTop = 0;
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    if (scroller) scroller.scrollTop = 0;
  }

  private onFilterKeydown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      const first = this.currentRows()[0];
      if (first) this.select(first.key);
      this.focusTree();
    } else if (event.key === 'Escape' && this.filter) {
      event.stopPropagation();
      this.filter = '';
    }
  }

  private onKeydown(event: KeyboardEvent) {
    const rows = this.currentRows();
    if (!rows.length || event.isComposing) return;
    let index = rows.findIndex((r) => r.key === this.selected);
    const row = rows[index];
    const page = Math.max(1, Math.floor(this.viewport / ROW) - 1);
    const move = (to: number) => {
      const target = rows[Math.max(0, Math.min(rows.length - 1, to))]!;
      this.select(target.key);
      this.scrollToKey(target.key);
    };
    switch (event.key) {
      case 'ArrowDown':
        move(index + 1);
        break;
      case 'ArrowUp':
        move(index < 0 ? 0 : index - 1);
        break;
      case 'PageDown':
        move(index + page);
        break;
      case 'PageUp':
        move(index - page);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(rows.length - 1);
        break;
      case 'ArrowRight':
        if (row && row.type !== 'item' && !row.expanded) this.toggle(row, true);
        else move(index + 1);
        break;
      case 'ArrowLeft':
        if (row && row.type !== 'item' && row.expanded) this.toggle(row, false);
        else if (row) {
          while (index > 0 && rows[index]!.level >= row.level) index--;
          move(index);
        }
        break;
      case 'Enter':
        if (row?.item) this.openRow(row, true);
        else if (row) this.toggle(row);
        break;
      case ' ':
        if (row?.item) this.openRow(row, false);
        else if (row) this.toggle(row);
        break;
      case 'ContextMenu':
        if (row) this.openMenuAt(row, 40, (rows.indexOf(row) + 1) * ROW - this.scrollTop + 60);
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  private onContextMenu(event: MouseEvent, row: Row) {
    event.preventDefault();
    this.select(row.key);
    this.openMenuAt(row, event.clientX, event.clientY);
  }

  private openMenuAt(row: Row, x: number, y: number) {
    const menuId = row.type === 'item' ? 'explorer/item' : row.type === 'group' ? 'explorer/group' : 'explorer/kit';
    if (!this.studio?.commands.menuCommands(menuId).length) return;
    this.menu = { x, y, menuId, target: { kitId: row.kit.id, itemId: row.item?.id, kind: row.kind } };
    const close = (e: Event) => {
      if (e.composedPath().some((n) => n instanceof HTMLElement && n.classList.contains('menu'))) return;
      this.menu = null;
      window.removeEventListener('pointerdown', close, true);
    };
    window.addEventListener('pointerdown', close, true);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.menu button')?.focus());
  }

  private onMenuKeydown(event: KeyboardEvent) {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.menu button')];
    const at = buttons.indexOf(this.renderRoot.querySelector<HTMLButtonElement>('.menu button:focus')!);
    if (event.key === 'Escape') {
      this.menu = null;
      this.focusTree();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      buttons[(at + (event.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length]?.focus();
    } else return;
    event.preventDefault();
    event.stopPropagation();
  }
}

if (!customElements.get('ck-explorer')) customElements.define('ck-explorer', CkExplorer);

declare global {
  interface HTMLElementTagNameMap {
    'ck-explorer': CkExplorer;
  }
}
