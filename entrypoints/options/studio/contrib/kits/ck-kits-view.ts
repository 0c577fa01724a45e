import { css, html, LitElement, nothing } from 'lit';
import type { Kit } from '../../../../../content-kit';
import type { KitRecord } from '../../../../../utils/store/store-schema';
import { isolateText } from './isolate-text';
import { importLabel } from './undo-import';
import { StudioDataWatch } from '../../shell/studio-data-watch';
import type { StudioContext } from '../../shell/studio-context';
import { t } from '../../../../../components/i18n/t';

/**
 * The Kits view: every kit with its version, items and entries, a switch for whether it feeds the sidebar, and its
 * place in the order (drag a row, or Alt+↑/↓ on it; kits higher up are suggested first). Above the list: import,
 * undo an import, back up everything, restore; below it, the recent imports, each with its own undo. Every action
 * runs a command.
 */
export class CkKitsView extends LitElement {
  static override styles = css`
    :host { display: flex; flex-direction: column; min-height: 0; height: 100%; font-size: 13px; }
    .toolbar { display: flex; flex-wrap: wrap; gap: 4px; padding: 0 8px 8px; }
    button { font: inherit; font-size: 12px; padding: 2px 8px; border-radius: 3px; border: 1px solid var(--ck-border); background: var(--ck-button-bg); color: var(--ck-button-fg); cursor: pointer; }
    button:disabled { opacity: 0.5; cursor: default; }
    button.icon { padding: 0 5px; line-height: 18px; }
    .hint { margin: 0 8px 6px; color: var(--ck-muted); font-size: 11px; }
    ol { list-style: none; margin: 0; padding: 0; overflow: auto; flex: 1; min-height: 0; }
    li { display: grid; grid-template-columns: auto auto 1fr; gap: 4px 6px; align-items: center; padding: 5px 8px; border-top: 2px solid transparent; border-bottom: 1px solid var(--ck-border); cursor: grab; outline: none; }
    li:hover { background: var(--ck-hover-bg); }
    li:focus-visible { outline: 1px solid var(--ck-focus); outline-offset: -1px; }
    li.drop-before { border-top-color: var(--ck-focus); }
    li.drop-after { border-bottom-color: var(--ck-focus); }
    li.disabled .name { color: var(--ck-muted); text-decoration: line-through; }
    .grip { color: var(--ck-muted); user-select: none; }
    .info { min-width: 0; }
    .name { display: block; font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; unicode-bidi: isolate; }
    .meta { display: block; color: var(--ck-muted); font-size: 11px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .badge { font-size: 10px; padding: 0 4px; border-radius: 3px; background: var(--ck-badge-bg); color: var(--ck-badge-fg); margin-left: 4px; }
    .actions { grid-column: 3; display: flex; flex-wrap: wrap; gap: 3px; }
    .empty { color: var(--ck-muted); padding: 8px; }
    .imports { padding: 6px 8px; border-top: 1px solid var(--ck-border); font-size: 12px; }
    .imports ul { margin: 0; padding: 0; list-style: none; }
    .imports h3 { margin: 0 0 4px; font-size: 11px; font-weight: 600; color: var(--ck-muted); }
    .imports li { display: flex; gap: 6px; align-items: center; padding: 2px 0; border: 0; cursor: default; }
    .imports .label { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  `;

  static override properties = { studio: { attribute: false }, dropAt: { state: true } };

  declare studio: StudioContext | null;
  declare dropAt: { id: string; after: boolean } | null;
  private dragged: string | null = null;

  constructor() {
    super();
    new StudioDataWatch(this, (change) => void ((change.records || change.kitIds.size || change.imports) && this.requestUpdate()));
    this.studio = null;
    this.dropAt = null;
  }



  override render() {
    const studio = this.studio;
    if (!studio) return nothing;
    const kits = studio.data.kits();
    const imports = studio.data.imports();
    return html`<div class="toolbar">
        <button data-ck="kits-import" @click=${() => this.run('studio.kits.import')}>${t('kitsImport')}</button>
        <button data-ck="undo-import-menu" ?disabled=${!imports.length} title=${imports.length ? '' : t('importNothingToUndo')} @click=${() => this.run('studio.kits.undoImport')}>${t('kitsUndoImportMenu')}</button>
        <button data-ck="backup" @click=${() => this.run('studio.kits.backup')}>${t('kitsBackup')}</button>
        <button data-ck="restore-backup-open" @click=${() => this.run('studio.kits.restore')}>${t('kitsRestore')}</button>
      </div>
      <p class="hint">${t('kitsDragHint')}</p>
      ${kits.length
        ? html`<ol data-ck="kits-view" aria-label=${t('kitsView')}>
            ${kits.map((kit, i) => this.renderRow(kit, studio.data.record(kit.id), i, kits.length))}
          </ol>`
        : html`<p class="empty">${t('kitsEmpty')}</p>`}
      ${imports.length
        ? html`<div class="imports"><h3 id="recent-imports">${t('kitsRecentImports')}</h3><ul data-ck="import-list" aria-labelledby="recent-imports">
            ${imports.map(
              (entry) => html`<li data-ck="import-entry" data-import-id=${entry.id} data-kit-id=${entry.kitId}>
                <span class="label">${importLabel(entry)}</span>
                <button data-ck="import-undo" @click=${() => this.run('studio.kits.undoImport', { importId: entry.id })}>${t('kitsUndoThis')}</button>
              </li>`,
            )}
          </ul></div>`
        : nothing}`;
  }

  private renderRow(kit: Kit, record: KitRecord | undefined, index: number, count: number) {
    const enabled = record?.enabled !== false;
    const drop = this.dropAt?.id === kit.id ? (this.dropAt.after ? 'drop-after' : 'drop-before') : '';
    return html`<li
      class="${enabled ? '' : 'disabled'} ${drop}"
      data-ck="kit-row"
      data-kit-id=${kit.id}
      data-enabled=${enabled ? 'true' : 'false'}
      tabindex="0"
      draggable="true"
      aria-label=${`${isolateText(kit.name)} · ${t('kitsCounts', kit.items.length, kit.calendar?.length ?? 0)}`}
      aria-posinset=${index + 1}
      aria-setsize=${count}
      @keydown=${(e: KeyboardEvent) => this.onRowKeydown(e, kit.id)}
      @dragstart=${(e: DragEvent) => this.onDragStart(e, kit.id)}
      @dragover=${(e: DragEvent) => this.onDragOver(e, kit.id)}
      @drop=${(e: DragEvent) => this.onDrop(e, kit.id)}
      @dragend=${this.onDragEnd}
    >
      <span class="grip" aria-hidden="true">⠿</span>
      <input type="checkbox" data-ck="kit-toggle" .checked=${enabled} aria-label=${t('kitsEnabledLabel', isolateText(kit.name))} title=${t('kitsEnabledLabel', isolateText(kit.name))} @change=${(e: Event) => this.onToggle(kit.id, (e.target as HTMLInputElement).checked)} />
      <span class="info">
        <span class="name"><bdi>${kit.name}</bdi>${record?.builtin ? html`<span class="badge">${t('kitsBuiltin')}</span>` : nothing}</span>
        <span class="meta" data-ck="kit-info" title=${`${kit.id} · v${kit.version}`}>v${kit.version} · ${t('kitsCounts', kit.items.length, kit.calendar?.length ?? 0)}</span>
      </span>
      <span class="actions">
        <button class="icon" data-ck="kit-move-up" ?disabled=${index === 0} aria-label=${t('kitsMoveUp')} title=${`${t('kitsMoveUp')} (Alt+↑)`} @click=${() => this.move(kit.id, -1)}>↑</button>
        <button class="icon" data-ck="kit-move-down" ?disabled=${index === count - 1} aria-label=${t('kitsMoveDown')} title=${`${t('kitsMoveDown')} (Alt+↓)`} @click=${() => this.move(kit.id, 1)}>↓</button>
        <button data-ck="kit-export" @click=${() => this.run('studio.kit.export', { kitId: kit.id })}>${t('kitsExport')}</button>
        <button data-ck="kit-handbook" @click=${() => this.run('studio.kit.exportHandbook', { kitId: kit.id })}>${t('kitsHandbook')}</button>
        <button data-ck="kit-edit" @click=${() => this.run('studio.kit.edit', { kitId: kit.id })}>${t('kitsEdit')}</button>
        <button data-ck="kit-delete" @click=${() => this.run('studio.kit.delete', { kitId: kit.id })}>${t('kitsDelete')}</button>
      </span>
    </li>`;
  }

  private run(command: string, args?: unknown) {
    void this.studio?.commands.execute(command, args).catch(() => undefined);
  }

  private onToggle(kitId: string, enabled: boolean) {
    void this.studio?.data.setKitEnabled(kitId, enabled).catch((error: unknown) => this.studio?.workbench.notify({ severity: 'error', message: String((error as Error)?.message ?? error) }));
  }

  /** Moves a kit one place up (-1) or down (1), keeping the focus on its row. */
  private move(kitId: string, step: -1 | 1) {
    const ids = this.studio?.data.kits().map((k) => k.id) ?? [];
    const from = ids.indexOf(kitId);
    const to = from + step;
    if (from < 0 || to < 0 || to >= ids.length) return;
    ids.splice(from, 1);
    ids.splice(to, 0, kitId);
    this.reorder(ids, kitId);
  }

  private reorder(ids: string[], focus: string) {
    const studio = this.studio;
    if (!studio) return;
    void studio.data
      .setKitOrder(ids)
      .then(() => this.updateComplete)
      .then(() => [...this.renderRoot.querySelectorAll<HTMLElement>('[data-ck="kit-row"]')].find((row) => row.dataset.kitId === focus)?.focus())
      .catch((error: unknown) => studio.workbench.notify({ severity: 'error', message: String((error as Error)?.message ?? error) }));
  }

  private onRowKeydown(event: KeyboardEvent, kitId: string) {
    if (event.target !== event.currentTarget) return;
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      this.move(kitId, event.key === 'ArrowUp' ? -1 : 1);
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      const row = event.currentTarget as HTMLElement;
      ((event.key === 'ArrowUp' ? row.previousElementSibling : row.nextElementSibling) as HTMLElement | null)?.focus();
    } else if (event.key === ' ') {
      event.preventDefault();
      const record = this.studio?.data.record(kitId);
      this.onToggle(kitId, record?.enabled === false);
    }
  }

  private onDragStart(event: DragEvent, kitId: string) {
    this.dragged = kitId;
    event.dataTransfer?.setData('text/plain', kitId);
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
  }

  private onDragOver(event: DragEvent, kitId: string) {
    if (!this.dragged) return;
    event.preventDefault();
    const row = event.currentTarget as HTMLElement;
    const box = row.getBoundingClientRect();
    this.dropAt = { id: kitId, after: event.clientY > box.top + box.height / 2 };
  }

  private onDrop(event: DragEvent, kitId: string) {
    const dragged = this.dragged;
    if (!dragged) return;
    event.preventDefault();
    const after = this.dropAt?.id === kitId && this.dropAt.after;
    this.onDragEnd();
    if (dragged === kitId) return;
    const ids = (this.studio?.data.kits().map((k) => k.id) ?? []).filter((id) => id !== dragged);
    ids.splice(ids.indexOf(kitId) + (after ? 1 : 0), 0, dragged);
    this.reorder(ids, dragged);
  }

  private onDragEnd() {
    this.dragged = null;
    this.dropAt = null;
  }
}

if (!customElements.get('ck-kits-view')) customElements.define('ck-kits-view', CkKitsView);

declare global {
  interface HTMLElementTagNameMap {
    'ck-kits-view': CkKitsView;
  }
}
