import { css, html, LitElement, nothing } from 'lit';
import { CANVAS_FIELDS, type Author, type Canvas } from '../../../../../content-kit';
import type { KitSession } from './create-kit-session';
import type { Disposable } from '../../shell/emitter';
import type { StudioContext } from '../../shell/studio-context';
import { t } from '../../../../../components/i18n/t';
import type { MessageKey } from '../../../../../components/i18n/t';

type CanvasField = (typeof CANVAS_FIELDS)[number];

const CANVAS_TEXT: Record<CanvasField, { label: MessageKey; guide: MessageKey }> = {
  interest: { label: 'studioCanvasInterest', guide: 'studioCanvasInterestGuide' },
  structure: { label: 'studioCanvasStructure', guide: 'studioCanvasStructureGuide' },
  output: { label: 'studioCanvasOutput', guide: 'studioCanvasOutputGuide' },
  operations: { label: 'studioCanvasOperations', guide: 'studioCanvasOperationsGuide' },
  replication: { label: 'studioCanvasReplication', guide: 'studioCanvasReplicationGuide' },
};

/**
 * A kit's own fields: name, version, language, time zone, description and authors, whether it feeds the sidebar,
 * and the community canvas (DOMAIN.md's five elements) with a line of guidance for each. Autosaved by its session.
 */
export class CkKitEditor extends LitElement {
  static override styles = css`
    :host { display: block; height: 100%; overflow: auto; background: var(--ck-bg); }
    .page { max-width: 860px; padding: 16px 24px 48px; display: grid; gap: 18px; }
    h1 { margin: 0; font-size: 20px; font-weight: 600; }
    h2 { margin: 0 0 4px; font-size: 13px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--ck-muted); }
    .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 10px 16px; }
    label { display: grid; gap: 3px; font-size: 12px; color: var(--ck-muted); }
    input, textarea, select { font: inherit; font-size: 13px; color: var(--ck-fg); background: var(--ck-input-bg); border: 1px solid var(--ck-border); border-radius: 4px; padding: 4px 6px; }
    input:focus, textarea:focus { outline: 1px solid var(--ck-focus); border-color: var(--ck-focus); }
    textarea { resize: vertical; min-height: 64px; line-height: 1.5; }
    .guide { font-size: 12px; color: var(--ck-muted); margin: 0; }
    .canvas { display: grid; gap: 12px; }
    .authors { display: grid; gap: 6px; }
    .author { display: grid; grid-template-columns: 1fr 1fr auto; gap: 6px; }
    button { font: inherit; padding: 2px 10px; border-radius: 3px; border: 1px solid var(--ck-border); background: var(--ck-button-bg); color: var(--ck-button-fg); cursor: pointer; justify-self: start; }
    .toggle { display: flex; gap: 8px; align-items: center; font-size: 13px; color: var(--ck-fg); }
    .banner { padding: 6px 10px; border-radius: 4px; background: var(--ck-error-bg); display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
    .banner.conflict { background: var(--ck-warning-bg); }
    .meta { font-size: 12px; color: var(--ck-muted); }
  `;

  static override properties = { studio: { attribute: false }, session: { attribute: false }, revision: { state: true } };

  declare studio: StudioContext | null;
  declare session: KitSession | null;
  declare revision: number;
  private subscriptions: Disposable[] = [];

  constructor() {
    super();
    this.studio = null;
    this.session = null;
    this.revision = 0;
  }

  focusName(): void {
    this.renderRoot.querySelector<HTMLInputElement>('[data-ck="kit-name"]')?.focus();
  }

  dispose(): void {
    for (const dispose of this.subscriptions.splice(0)) dispose();
  }

  override willUpdate(changed: Map<string, unknown>) {
    if (changed.has('session') && this.session) {
      for (const dispose of this.subscriptions.splice(0)) dispose();
      this.subscriptions.push(this.session.onDidChangeState(() => this.revision++));
    }
  }

  override render() {
    const session = this.session;
    const kit = session && this.studio?.data.kit(session.kitId);
    if (!session || !kit) return nothing;
    const fields = session.fields();
    const state = session.state();
    const record = this.studio?.data.record(kit.id);
    const canvas: Canvas = fields.canvas ?? {};
    const authors: Author[] = fields.authors ?? [];
    return html`<div class="page" data-ck="kit-editor" data-kit-id=${kit.id}>
      <h1>${fields.name || kit.id}</h1>
      ${state.status === 'invalid' || state.status === 'error'
        ? html`<div class="banner" role="alert">${t('studioInvalid', state.message ?? '')}</div>`
        : state.status === 'conflict'
          ? html`<div class="banner conflict" role="alert">${t('studioKitConflict', state.message ?? '')}
              <button @click=${() => void session.resolve('theirs').then(() => this.revision++)}>${t('studioTakeTheirs')}</button>
              <button @click=${() => void session.resolve('mine')}>${t('studioKeepMine')}</button></div>`
          : nothing}
      <section>
        <h2>${t('studioKitAbout')}</h2>
        <div class="grid">
          <label>${t('studioKitName')}<input data-ck="kit-name" maxlength="80" .value=${fields.name ?? ''} @input=${(e: Event) => this.edit({ name: (e.target as HTMLInputElement).value })} /></label>
          <label>${t('studioKitVersion')}<input .value=${fields.version ?? ''} @input=${(e: Event) => this.edit({ version: (e.target as HTMLInputElement).value.trim() })} /></label>
          <label>${t('studioKitLocale')}<input .value=${fields.locale ?? ''} placeholder="zh-CN" @input=${(e: Event) => this.edit({ locale: (e.target as HTMLInputElement).value.trim() || undefined })} /></label>
          <label>${t('studioKitTimezone')}<input .value=${fields.timezone ?? ''} placeholder="Asia/Shanghai" @input=${(e: Event) => this.edit({ timezone: (e.target as HTMLInputElement).value.trim() || undefined })} /></label>
        </div>
        <p class="meta">${t('studioKitMeta', kit.id, kit.items.length, kit.calendar?.length ?? 0)}</p>
        <label class="toggle"><input type="checkbox" data-ck="kit-enabled" .checked=${record?.enabled !== false} @change=${this.onEnabled} />${t('studioKitEnabled')}</label>
      </section>
      <section>
        <label>${t('studioKitDescription')}<textarea rows="4" maxlength="2000" .value=${fields.description ?? ''} @input=${(e: Event) => this.edit({ description: (e.target as HTMLTextAreaElement).value || undefined })}></textarea></label>
      </section>
      <section class="authors">
        <h2>${t('studioKitAuthors')}</h2>
        ${authors.map(
          (a, i) => html`<div class="author">
            <input aria-label=${t('studioKitAuthorName')} placeholder=${t('studioKitAuthorName')} maxlength="80" .value=${a.name} @input=${(e: Event) => this.setAuthor(i, { name: (e.target as HTMLInputElement).value })} />
            <input aria-label=${t('studioKitAuthorContact')} placeholder=${t('studioKitAuthorContact')} maxlength="200" .value=${a.contact ?? ''} @input=${(e: Event) => this.setAuthor(i, { contact: (e.target as HTMLInputElement).value || undefined })} />
            <button @click=${() => this.edit({ authors: authors.filter((_, j) => j !== i) })}>${t('studioRemove')}</button>
          </div>`,
        )}
        <button @click=${() => this.edit({ authors: [...authors, { name: '' }] })}>${t('studioKitAddAuthor')}</button>
      </section>
      <section class="canvas" data-ck="canvas">
        <h2>${t('studioKitCanvas')}</h2>
        <p class="guide">${t('studioKitCanvasGuide')}</p>
        ${CANVAS_FIELDS.map(
          (field) => html`<label>${t(CANVAS_TEXT[field].label)}
            <p class="guide">${t(CANVAS_TEXT[field].guide)}</p>
            <textarea rows="3" maxlength="2000" data-canvas=${field} .value=${canvas[field] ?? ''} @input=${(e: Event) => this.setCanvas(field, (e.target as HTMLTextAreaElement).value)}></textarea>
          </label>`,
        )}
      </section>
    </div>`;
  }

  private edit(patch: Parameters<KitSession['edit']>[0]) {
    this.session?.edit(patch);
    this.revision++;
  }

  private setAuthor(index: number, patch: Partial<Author>) {
    const authors = (this.session?.fields().authors ?? []).map((a, i) => (i === index ? { ...a, ...patch } : a));
    this.edit({ authors });
  }

  private setCanvas(field: CanvasField, value: string) {
    const canvas: Canvas = { ...(this.session?.fields().canvas ?? {}) };
    if (value) canvas[field] = value;
    else delete canvas[field];
    this.edit({ canvas: Object.keys(canvas).length ? canvas : undefined });
  }

  private onEnabled(event: Event) {
    const session = this.session;
    if (session) void this.studio?.data.setKitEnabled(session.kitId, (event.target as HTMLInputElement).checked);
  }
}

if (!customElements.get('ck-kit-editor')) customElements.define('ck-kit-editor', CkKitEditor);

declare global {
  interface HTMLElementTagNameMap {
    'ck-kit-editor': CkKitEditor;
  }
}
