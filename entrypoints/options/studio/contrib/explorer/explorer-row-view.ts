import { html, nothing } from 'lit';
import { t } from '../../../../../components/i18n/t';
import { kindLabel, platformLabel, platformShortLabel, stageLabel } from '../../../../../components/i18n/labels';
import { ROW, type Row } from './explorer-rows';

/** What a row shows beyond its data: selection, a drop under way, and whether its kit feeds the sidebar. */
export interface RowState {
  selected: boolean;
  dropTarget: boolean;
  /** A kit row's kit is disabled. */
  disabled: boolean;
}

/** What a row does when used. */
export interface RowHandlers {
  open(row: Row, pinned: boolean): void;
  toggle(row: Row): void;
  contextMenu(event: MouseEvent, row: Row): void;
  dragStart(event: DragEvent, row: Row): void;
  dragOver(event: DragEvent, row: Row): void;
  dragLeave(): void;
  drop(event: DragEvent, row: Row): void;
}

/** One tree row at `index` (absolutely placed, for the virtualised list): an item, or a kit or kind group. */
export function renderExplorerRow(row: Row, index: number, state: RowState, on: RowHandlers) {
  const id = `ck-row-${index}`;
  const style = `top: ${index * ROW}px; padding-left: ${4 + (row.level - 1) * 12}px`;
  const selected = state.selected ? 'true' : 'false';
  if (row.type === 'item') {
    const item = row.item!;
    return html`<div
      class="row item ${state.selected ? 'focused' : ''}"
      id=${id}
      role="treeitem"
      aria-level="3"
      aria-setsize=${row.setSize}
      aria-posinset=${row.posInSet}
      aria-selected=${selected}
      data-item-id=${item.id}
      data-kit-id=${row.kit.id}
      data-kind=${item.kind}
      style=${style}
      title=${`${item.title} · ${item.id}`}
      draggable="true"
      @click=${() => on.open(row, false)}
      @dblclick=${() => on.open(row, true)}
      @contextmenu=${(e: MouseEvent) => on.contextMenu(e, row)}
      @dragstart=${(e: DragEvent) => on.dragStart(e, row)}
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
    class="row ${row.type} ${state.disabled ? 'disabled' : ''} ${state.selected ? 'focused' : ''} ${state.dropTarget ? 'drop-target' : ''}"
    id=${id}
    role="treeitem"
    aria-level=${row.level}
    aria-setsize=${row.setSize}
    aria-posinset=${row.posInSet}
    aria-expanded=${row.expanded ? 'true' : 'false'}
    aria-selected=${selected}
    data-kit-id=${row.kit.id}
    data-kind=${row.kind ?? nothing}
    style=${style}
    title=${isKit ? `${row.kit.name} · ${row.kit.id}${state.disabled ? ` · ${t('studioKitDisabled')}` : ''}` : ''}
    @click=${() => on.toggle(row)}
    @contextmenu=${(e: MouseEvent) => on.contextMenu(e, row)}
    @dragover=${(e: DragEvent) => on.dragOver(e, row)}
    @dragleave=${() => on.dragLeave()}
    @drop=${(e: DragEvent) => on.drop(e, row)}
  >
    <span class="twisty" aria-hidden="true">${row.expanded ? '▾' : '▸'}</span>
    <span class="label">${isKit ? row.kit.name : kindLabel(row.kind!)}</span><span class="count">${row.count}</span>
  </div>`;
}
