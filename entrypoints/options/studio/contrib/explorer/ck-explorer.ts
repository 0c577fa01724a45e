import { css, html, LitElement, nothing } from 'lit';
import { ITEM_KINDS, type ItemKind, type Kit, type KitItem, itemKey } from '../../../../../content-kit';
import type { Disposable } from '../../shell/emitter';
import type { StudioContext } from '../../shell/studio-context';
import { t } from '../../../../../components/i18n/t';
import { uiLocale } from '../../../../../components/i18n/ui-locale';
import { kindLabel, platformLabel, stageLabel, platformShortLabel } from '../../../../../components/i18n/labels';

/** Height of one tree row in pixels; the tree renders only the rows in view. */
const ROW = 24;
const OVERSCAN = 8;
const EXPANDED_KEY = 'community-kit.studio.explorer-expanded';

/** One visible line of the tree. */
interface Row {
  key: string;
  level: 1 | 2 | 3;
  type: 'kit' | 'group' | 'item';
  kit: Kit;
  kind?: ItemKind;
  item?: KitItem;
  count?: number;
  expanded?: boolean;
  setSize: number;
  posInSet: number;
}

/** What a context menu or drag works on. */
export type ExplorerTarget = { kitId: string; itemId?: string; kind?: ItemKind };


const kitKey = (kitId: string) => `k:${kitId}`;
const groupKey = (kitId: string, kind: string) => `g:${kitId}:${kind}`;
const itemRowKey = (kitId: string, itemId: string) => `i:${itemKey(kitId, itemId)}`;
const normalize = (s: string) => s.normalize('NFKC').toLowerCase();

/**
 * The explorer: kits → kinds → items as a tree (role="tree"), virtualised so that thousands of items cost only the
 * rows on screen. Click opens a preview tab, double-click or Enter a pinned one; F2 renames, Delete trashes; items
 * drag onto another kit to move there; the context menu lists the commands contributed to `explorer/*` menus.
 */
export class CkExplorer extends LitElement {
  static override styles = css`
    :host { display: flex; flex-direction: column; min-height: 0; }
    .filter { flex: none; padding: 0 8px 6px; }
    .filter input { box-sizing: border-box; width: 100%; font: inherit; padding: 3px 6px; border-radius: 3px; border: 1px solid var(--ck-border); background: var(--ck-input-bg); color: var(--ck-fg); }
    .filter input:focus { outline: 1px solid var(--ck-focus); border-color: var(--ck-focus); }
    .scroller { flex: 1; min-height: 0; overflow: auto; position: relative; outline: none; }
    .scroller:focus-visible .row.focused { outline: 1px solid var(--ck-focus); outline-offset: -1px; }
    .spacer { position: relative; }
    .row { position: absolute; left: 0; right: 0; height: ${ROW}px; display: flex; align-items: center; gap: 4px; padding-right: 8px; box-sizing: border-box; cursor: pointer; white-space: nowrap; user-select: none; }
    .row:hover { background: var(--ck-hover-bg); }
    .row[aria-selected='true'] { background: var(--ck-list-active-bg); color: var(--ck-list-active-fg); }
    .row.drop-target { outline: 1px dashed var(--ck-accent); outline-offset: -2px; }
    .twisty { width: 16px; flex: none; text-align: center; font-size: 10px; opacity: 0.8; }
    .glyph { width: 16px; flex: none; text-align: center; font-size: 11px; opacity: 0.85; }
    .label { overflow: hidden; text-overflow: ellipsis; flex: 0 1 auto; }
    .kit .label { font-weight: 600; }
    .disabled .label { opacity: 0.55; text-decoration: line-through; }
    .meta { margin-left: auto; display: flex; gap: 3px; flex: none; font-size: 10px; }
    .badge { padding: 0 4px; border-radius: 3px; background: var(--ck-badge-bg); color: var(--ck-badge-fg); line-height: 16px; }
    .count { opacity: 0.6; font-size: 11px; margin-left: 4px; }
    .empty { padding: 8px 16px; color: var(--ck-muted); }
    .menu { position: fixed; z-index: 950; min-width: 180px; padding: 4px; margin: 0; list-style: none; background: var(--ck-menu-bg); color: var(--ck-fg); border: 1px solid var(--ck-border); border-radius: 6px; box-shadow: 0 8px 24px rgba(0, 0, 0, 0.2); }
    .menu button { display: block; width: 100%; text-align: left; font: inherit; padding: 4px 10px; border: 0; border-radius: 4px; background: none; color: inherit; cursor: pointer; }
    .menu button:hover, .menu button:focus { background: var(--ck-selection-bg); color: var(--ck-selection-fg); outline: none; }
  `;

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
  private expanded: Set<string>;
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
    this.expanded = this.loadExpanded();
  }

  /** Selects an item's row, expanding its kit and kind and scrolling it into view. */
  reveal(kitId: string, itemId: string): void {
    const item = this.studio?.data.item(kitId, itemId);
    if (!item) return;
    this.materialize();
    this.expanded.add(kitKey(kitId));
    this.expanded.add(groupKey(kitId, item.kind));
    this.saveExpanded();
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
    this.expanded.clear();
    this.saveExpanded();
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

  private renderRow(row: Row, index: number) {
    const indent = 4 + (row.level - 1) * 12;
    const record = row.type === 'kit' ? this.studio?.data.record(row.kit.id) : undefined;
    const common = {
      id: `ck-row-${index}`,
      style: `top: ${index * ROW}px; padding-left: ${indent}px`,
      selected: row.key === this.selected ? 'true' : 'false',
    };
    if (row.type === 'item') {
      const item = row.item!;
      return html`<div
        class="row item ${row.key === this.selected ? 'focused' : ''}"
        id=${common.id}
        role="treeitem"
        aria-level="3"
        aria-setsize=${row.setSize}
        aria-posinset=${row.posInSet}
        aria-selected=${common.selected}
        data-item-id=${item.id}
        data-kit-id=${row.kit.id}
        data-kind=${item.kind}
        style=${common.style}
        title=${`${item.title} · ${item.id}`}
        draggable="true"
        @click=${() => this.openRow(row, false)}
        @dblclick=${() => this.openRow(row, true)}
        @contextmenu=${(e: MouseEvent) => this.onContextMenu(e, row)}
        @dragstart=${(e: DragEvent) => this.onDragStart(e, row)}
      >
        <span class="twisty"></span><span class="label">${item.title}</span>
        <span class="meta">
          ${item.stage ? html`<span class="badge" data-stage=${item.stage}>${stageLabel(item.stage)}</span>` : nothing}
          ${(item.platforms ?? []).map((p) => html`<span class="badge" data-platform=${p} title=${platformLabel(p)}>${platformShortLabel(p)}</span>`)}
        </span>
      </div>`;
    }
    const isKit = row.type === 'kit';
    return html`<div
      class="row ${row.type} ${record && !record.enabled ? 'disabled' : ''} ${row.key === this.selected ? 'focused' : ''} ${isKit && this.dropKit === row.kit.id ? 'drop-target' : ''}"
      id=${common.id}
      role="treeitem"
      aria-level=${row.level}
      aria-setsize=${row.setSize}
      aria-posinset=${row.posInSet}
      aria-expanded=${row.expanded ? 'true' : 'false'}
      aria-selected=${common.selected}
      data-kit-id=${row.kit.id}
      data-kind=${row.kind ?? nothing}
      style=${common.style}
      title=${isKit ? `${row.kit.name} · ${row.kit.id}${record && !record.enabled ? ` · ${t('studioKitDisabled')}` : ''}` : ''}
      @click=${() => this.toggle(row)}
      @contextmenu=${(e: MouseEvent) => this.onContextMenu(e, row)}
      @dragover=${(e: DragEvent) => this.onDragOver(e, row)}
      @dragleave=${() => (this.dropKit = null)}
      @drop=${(e: DragEvent) => this.onDrop(e, row)}
    >
      <span class="twisty" aria-hidden="true">${row.expanded ? '▾' : '▸'}</span>
      <span class="label">${isKit ? row.kit.name : kindLabel(row.kind!)}</span><span class="count">${row.count}</span>
    </div>`;
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
      this.rows = this.buildRows();
      this.rowsVersion = this.version;
    }
    return this.rows;
  }

  private buildRows(): Row[] {
    const kits = this.studio?.data.kits() ?? [];
    const needle = normalize(this.filter.trim());
    const rows: Row[] = [];
    kits.forEach((kit, k) => {
      const groups = new Map<ItemKind, KitItem[]>(ITEM_KINDS.map((kind) => [kind, []]));
      for (const item of kit.items) {
        if (needle && !normalize(`${item.title} ${item.id} ${(item.tags ?? []).join(' ')}`).includes(needle)) continue;
        groups.get(item.kind)?.push(item);
      }
      const total = [...groups.values()].reduce((n, g) => n + g.length, 0);
      if (needle && total === 0) return;
      const open = !!needle || this.isExpanded(kitKey(kit.id));
      rows.push({ key: kitKey(kit.id), level: 1, type: 'kit', kit, count: total, expanded: open, setSize: kits.length, posInSet: k + 1 });
      if (!open) return;
      const kinds = ITEM_KINDS.filter((kind) => !needle || groups.get(kind)!.length);
      kinds.forEach((kind, g) => {
        const items = groups.get(kind)!;
        const groupOpen = !!needle || this.expanded.has(groupKey(kit.id, kind));
        rows.push({ key: groupKey(kit.id, kind), level: 2, type: 'group', kit, kind, count: items.length, expanded: groupOpen, setSize: kinds.length, posInSet: g + 1 });
        if (!groupOpen) return;
        items.forEach((item, i) => rows.push({ key: itemRowKey(kit.id, item.id), level: 3, type: 'item', kit, kind, item, setSize: items.length, posInSet: i + 1 }));
      });
    });
    return rows;
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

  private loadExpanded(): Set<string> {
    try {
      const saved = JSON.parse(localStorage.getItem(EXPANDED_KEY) ?? 'null') as string[] | null;
      if (Array.isArray(saved)) return new Set(saved);
    } catch {
      // Fall through to the default: kits open, kinds closed.
    }
    return new Set(['*']);
  }

  private saveExpanded() {
    try {
      localStorage.setItem(EXPANDED_KEY, JSON.stringify([...this.expanded]));
    } catch {
      // Only the tree's folding is lost.
    }
  }

  /** Turns the first-run default (every kit open) into explicit keys before the set is changed. */
  private materialize() {
    if (!this.expanded.delete('*')) return;
    for (const kit of this.studio?.data.kits() ?? []) this.expanded.add(kitKey(kit.id));
  }

  private isExpanded(key: string) {
    return this.expanded.has(key) || (this.expanded.has('*') && key.startsWith('k:'));
  }

  private toggle(row: Row, open = !row.expanded) {
    this.select(row.key);
    if (this.filter) return;
    this.materialize();
    if (open) this.expanded.add(row.key);
    else this.expanded.delete(row.key);
    this.saveExpanded();
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

  private onDragStart(event: DragEvent, row: Row) {
    if (!row.item || !event.dataTransfer) return;
    event.dataTransfer.setData('application/x-ck-item', JSON.stringify({ kitId: row.kit.id, itemId: row.item.id }));
    event.dataTransfer.setData('text/plain', row.item.title);
    event.dataTransfer.effectAllowed = 'move';
  }

  private onDragOver(event: DragEvent, row: Row) {
    if (!event.dataTransfer?.types.includes('application/x-ck-item')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    this.dropKit = row.kit.id;
  }

  private onDrop(event: DragEvent, row: Row) {
    const raw = event.dataTransfer?.getData('application/x-ck-item');
    this.dropKit = null;
    if (!raw) return;
    event.preventDefault();
    const from = JSON.parse(raw) as { kitId: string; itemId: string };
    if (from.kitId === row.kit.id) return;
    void this.studio?.commands.execute('studio.item.moveToKit', { ...from, toKitId: row.kit.id }).catch(() => undefined);
  }
}

if (!customElements.get('ck-explorer')) customElements.define('ck-explorer', CkExplorer);

declare global {
  interface HTMLElementTagNameMap {
    'ck-explorer': CkExplorer;
  }
}
