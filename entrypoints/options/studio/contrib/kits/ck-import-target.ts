import { css, html, LitElement } from 'lit';
import { t } from '../../../../../components/i18n/t';

/** What a file was given for: a kit, a backup, or either (a drop: the file says which). */
export type ImportPurpose = 'kit' | 'backup' | 'auto';
export type ImportFilesEvent = CustomEvent<{ file: File; purpose: ImportPurpose }>;

const hasFiles = (event: DragEvent) => !!event.dataTransfer && [...event.dataTransfer.types].includes('Files');

/**
 * Where files come into the studio: the kit file input (`input[type=file][data-ck="import-kit"]`), the backup file
 * input, and a drop anywhere on the page (with a hint while a file is dragged over it). It always stays in the
 * page, so the inputs exist whichever view is open. Sends `ck-import-files`.
 */
export class CkImportTarget extends LitElement {
  static override styles = css`
    :host { position: fixed; inset: 0; pointer-events: none; z-index: 1000; }
    input { display: none; }
    .drop { position: absolute; inset: 8px; display: grid; place-items: center; border: 2px dashed var(--ck-accent); border-radius: 8px; background: color-mix(in srgb, var(--ck-bg) 80%, transparent); font-size: 18px; color: var(--ck-fg); }
    .drop[hidden] { display: none; }
  `;

  static override properties = { dragging: { state: true } };

  declare dragging: boolean;
  private depth = 0;
  // The hint follows every file drag (capture); the drop itself is taken last (bubble), so a view with its own drop
  // zone that handles a file first (and prevents the default) keeps it.
  private readonly windowHandlers: [string, (event: DragEvent) => void, boolean][] = [
    ['dragenter', (event) => this.onDragEnter(event), true],
    ['dragleave', (event) => this.onDragLeave(event), true],
    ['dragover', (event) => this.onDragOver(event), false],
    ['drop', (event) => this.onDrop(event), false],
  ];

  constructor() {
    super();
    this.dragging = false;
  }

  /** Opens the file chooser for a kit or a backup. */
  choose(purpose: 'kit' | 'backup'): void {
    this.renderRoot.querySelector<HTMLInputElement>(purpose === 'kit' ? '[data-ck="import-kit"]' : '[data-ck="restore-backup"]')?.click();
  }

  override connectedCallback() {
    super.connectedCallback();
    for (const [type, handler, capture] of this.windowHandlers) addEventListener(type, handler as EventListener, { capture });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    for (const [type, handler, capture] of this.windowHandlers) removeEventListener(type, handler as EventListener, { capture });
  }

  override render() {
    return html`<input type="file" data-ck="import-kit" accept=".json,application/json" aria-label=${t('kitsImport')} @change=${(e: Event) => this.onChosen(e, 'kit')} />
      <input type="file" data-ck="restore-backup" accept=".json,application/json" aria-label=${t('kitsRestore')} @change=${(e: Event) => this.onChosen(e, 'backup')} />
      <div class="drop" data-ck="import-drop" ?hidden=${!this.dragging} aria-hidden="true">${t('kitsDropHint')}</div>`;
  }

  private onChosen(event: Event, purpose: 'kit' | 'backup') {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again still reports it.
    input.value = '';
    if (file) this.send(file, purpose);
  }

  private onDragEnter(event: DragEvent) {
    if (!hasFiles(event)) return;
    this.depth++;
    this.dragging = true;
  }

  private onDragOver(event: DragEvent) {
    if (!hasFiles(event)) return;
    // Allows the drop anywhere; without it the browser would open the file in place of the studio.
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  }

  private onDragLeave(event: DragEvent) {
    if (!hasFiles(event)) return;
    this.depth = Math.max(0, this.depth - 1);
    if (this.depth === 0) this.dragging = false;
  }

  private onDrop(event: DragEvent) {
    if (!hasFiles(event)) return;
    this.depth = 0;
    this.dragging = false;
    if (event.defaultPrevented) return;
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file) this.send(file, 'auto');
  }

  private send(file: File, purpose: ImportPurpose) {
    this.dispatchEvent(new CustomEvent('ck-import-files', { detail: { file, purpose } }) as ImportFilesEvent);
  }
}

if (!customElements.get('ck-import-target')) customElements.define('ck-import-target', CkImportTarget);

declare global {
  interface HTMLElementTagNameMap {
    'ck-import-target': CkImportTarget;
  }
  interface HTMLElementEventMap {
    'ck-import-files': ImportFilesEvent;
  }
}
