import { css, html, LitElement } from 'lit';
import type { TrashEntry } from '../../../../../utils/store/store-schema';
import { StudioDataWatch } from '../../shell/studio-data-watch';
import type { StudioContext } from '../../shell/studio-context';
import { t } from '../../../../../components/i18n/t';
import { kindLabel } from '../../../../../components/i18n/labels';

const titleOf = (entry: TrashEntry) => (entry.kind === 'kit' ? entry.value.name : entry.value.title);
const kindOf = (entry: TrashEntry) => (entry.kind === 'item' ? kindLabel(entry.value.kind) : entry.kind === 'kit' ? t('studioTrashKit', entry.value.items.length) : t('studioTrashEntry'));

/** The trash: deleted items, entries and kits, newest first, each with Restore and Delete for good. */
export class CkTrashPanel extends LitElement {
  static override styles = css`
    :host { display: block; font-size: 12px; }
    ul { list-style: none; margin: 0; padding: 0; }
    li { display: flex; gap: 10px; align-items: center; padding: 3px 4px; border-radius: 3px; }
    li:hover { background: var(--ck-hover-bg); }
    .title { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .meta { color: var(--ck-muted); white-space: nowrap; }
    button { font: inherit; padding: 0 8px; border-radius: 3px; border: 1px solid var(--ck-border); background: var(--ck-button-bg); color: var(--ck-button-fg); cursor: pointer; }
    .empty { color: var(--ck-muted); padding: 4px; }
    .bar { display: flex; justify-content: flex-end; padding: 2px 4px 6px; }
  `;

  static override properties = { studio: { attribute: false } };

  declare studio: StudioContext | null;

  constructor() {
    super();
    new StudioDataWatch(this, (change) => void (change.trash && this.requestUpdate()));
    this.studio = null;
  }



  override render() {
    const studio = this.studio;
    const entries = [...(studio?.data.trash() ?? [])].reverse();
    if (!entries.length) return html`<p class="empty">${t('studioTrashEmpty')}</p>`;
    const kits = new Map((studio?.data.kits() ?? []).map((k) => [k.id, k.name]));
    const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'short' });
    return html`<div class="bar"><button @click=${() => void studio?.commands.execute('studio.trash.empty').catch(() => undefined)}>${t('studioTrashEmptyAll')}</button></div>
      <ul data-ck="trash">
        ${entries.map(
          (entry) => html`<li data-ck="trash-entry" data-kind=${entry.kind} data-item-id=${entry.value.id} data-kit-id=${entry.kitId}>
            <span class="title">${titleOf(entry)}</span>
            <span class="meta">${kindOf(entry)} · ${entry.kind === 'kit' ? entry.kitId : (kits.get(entry.kitId) ?? entry.kitId)} · ${when.format(entry.deletedAt)}</span>
            <button data-ck="restore" ?disabled=${entry.kind !== 'kit' && !kits.has(entry.kitId)} @click=${() => this.restore(entry)}>${t('studioRestore')}</button>
            <button @click=${() => void studio?.data.purgeTrash([entry])}>${t('studioDeleteForever')}</button>
          </li>`,
        )}
      </ul>`;
  }

  private restore(entry: TrashEntry) {
    const studio = this.studio;
    void studio?.data
      .restoreTrash(entry)
      .then((ref) =>
        entry.kind === 'item' ? studio.commands.execute('studio.item.open', { ...ref, pinned: true }) : entry.kind === 'kit' ? studio.commands.execute('studio.kit.edit', { kitId: ref.kitId }) : undefined,
      )
      .catch((error: unknown) => studio.workbench.notify({ severity: 'error', message: String((error as Error)?.message ?? error) }));
  }
}

if (!customElements.get('ck-trash-panel')) customElements.define('ck-trash-panel', CkTrashPanel);

declare global {
  interface HTMLElementTagNameMap {
    'ck-trash-panel': CkTrashPanel;
  }
}
