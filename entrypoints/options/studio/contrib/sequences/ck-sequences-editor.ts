import { css, html, LitElement, nothing } from 'lit';
import { STAGES, vocabularyLabel, type KitSequence, type SequenceStep, type Stage } from '../../../../../content-kit';
import { t } from '../../../../../components/i18n/t';
import { uiLocale } from '../../../../../components/i18n/ui-locale';
import { freshId } from '../../../../../utils/store/fresh-id';
import type { SequenceProblem } from './sequence-problems';
import { sequenceEvent, type SequenceEventDetails } from './sequence-events';
import './ck-sequence-steps';

/**
 * A kit's sequences (SOPs) as a list beside the chosen sequence's form: id, name, what its anchor day is called,
 * stage, description, and its steps table. Every problem the format finds is listed with its path
 * (`sequences[0].steps[2].offset: …`) and marks its field. Edits go up as `ck-sequences-change` (the session saves).
 */
export class CkSequencesEditor extends LitElement {
  static override styles = css`
    :host { display: block; height: 100%; overflow: auto; background: var(--ck-bg); color: var(--ck-fg); }
    .page { display: grid; grid-template-columns: minmax(160px, 220px) minmax(0, 1fr); gap: 16px; padding: 16px 20px 40px; }
    h1 { grid-column: 1 / -1; margin: 0; font-size: 18px; font-weight: 600; }
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 2px; align-content: start; }
    li button { width: 100%; text-align: left; }
    li button[aria-current='true'] { background: var(--ck-list-active-bg); color: var(--ck-list-active-fg); border-color: var(--ck-focus); }
    .form { display: grid; gap: 12px; min-width: 0; align-content: start; }
    .fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: 8px 14px; }
    label { display: grid; gap: 3px; font-size: 12px; color: var(--ck-muted); }
    input, textarea, select { font: inherit; font-size: 13px; color: var(--ck-fg); background: var(--ck-input-bg); border: 1px solid var(--ck-border); border-radius: 4px; padding: 3px 6px; }
    [aria-invalid='true'] { border-color: var(--ck-error); }
    textarea { resize: vertical; min-height: 48px; }
    .row { display: flex; flex-wrap: wrap; gap: 8px; }
    button { font: inherit; font-size: 13px; padding: 2px 10px; border-radius: 3px; border: 1px solid var(--ck-border); background: var(--ck-button-bg); color: var(--ck-button-fg); cursor: pointer; }
    button.primary { background: var(--ck-accent); color: var(--ck-accent-fg); border-color: var(--ck-accent); }
    button:disabled { opacity: 0.5; cursor: default; }
    button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible { outline: 2px solid var(--ck-focus); outline-offset: 1px; }
    .problems { margin: 0; padding: 6px 10px; list-style: none; border-radius: 4px; background: var(--ck-error-bg); font-size: 12px; display: grid; gap: 2px; }
    .problems code { font-family: var(--ck-font-mono); }
    .empty { color: var(--ck-muted); font-size: 13px; }
  `;

  static override properties = {
    kitName: {},
    sequences: { attribute: false },
    problems: { attribute: false },
    itemTitles: { attribute: false },
    selected: { state: true },
  };

  declare kitName: string;
  declare sequences: readonly KitSequence[];
  declare problems: readonly SequenceProblem[];
  declare itemTitles: ReadonlyMap<string, string>;
  /** The index of the sequence shown in the form. */
  declare selected: number;

  constructor() {
    super();
    this.kitName = '';
    this.sequences = [];
    this.problems = [];
    this.itemTitles = new Map();
    this.selected = 0;
  }

  /** Moves the focus to the first field of the form (or the add button when there is no sequence). */
  focusFirst(): void {
    this.renderRoot.querySelector<HTMLElement>('[data-field="name"], [data-ck="sequence-add"]')?.focus();
  }

  override render() {
    const locale = uiLocale();
    const index = Math.min(this.selected, this.sequences.length - 1);
    const sequence = this.sequences[index];
    const prefix = `sequences[${index}]`;
    const own = this.problems.filter((p) => p.path === prefix || p.path.startsWith(`${prefix}.`));
    const bad = (field: string) => (own.some((p) => p.path === `${prefix}.${field}`) ? 'true' : 'false');
    const invalidSteps = new Set(own.map((p) => p.path.slice(prefix.length + 1)).filter((p) => p.startsWith('steps[')));
    return html`<div class="page" data-ck="sequences-editor">
      <h1>${t('sequencesTitle', this.kitName)}</h1>
      <nav aria-label=${t('sequencesList')}>
        <ul>
          ${this.sequences.map(
            (s, i) => html`<li><button data-ck="sequence" data-sequence-id=${s.id} aria-current=${i === index ? 'true' : 'false'} @click=${() => (this.selected = i)}>${s.name || s.id}</button></li>`,
          )}
          <li><button data-ck="sequence-add" @click=${this.add}>＋ ${t('sequencesAdd')}</button></li>
        </ul>
      </nav>
      ${sequence
        ? html`<section class="form" aria-label=${sequence.name || sequence.id}>
            <div class="fields">
              <label>${t('sequenceName')}<input data-field="name" aria-invalid=${bad('name')} .value=${sequence.name} @change=${(e: Event) => this.set(index, { name: value(e) })} /></label>
              <label>${t('sequenceId')}<input data-field="id" aria-invalid=${bad('id')} .value=${sequence.id} @change=${(e: Event) => this.set(index, { id: value(e).trim() })} /></label>
              <label>${t('sequenceAnchorName')}<input data-field="anchor" aria-invalid=${bad('anchor')} placeholder=${t('sequenceAnchorHint')} .value=${sequence.anchor} @change=${(e: Event) => this.set(index, { anchor: value(e) })} /></label>
              <label>${t('calendarEntryStage')}<select data-field="stage" @change=${(e: Event) => this.set(index, { stage: (value(e) || undefined) as Stage | undefined })}>
                <option value="" ?selected=${!sequence.stage}>—</option>
                ${STAGES.map((s) => html`<option value=${s} ?selected=${sequence.stage === s}>${vocabularyLabel('stage', s, locale)}</option>`)}
              </select></label>
            </div>
            <label>${t('sequenceDescription')}<textarea data-field="description" aria-invalid=${bad('description')} .value=${sequence.description ?? ''} @change=${(e: Event) => this.set(index, { description: value(e) || undefined })}></textarea></label>
            <ck-sequence-steps .steps=${sequence.steps} .itemTitles=${this.itemTitles} .invalid=${invalidSteps} .locale=${locale}
              @ck-sequence-steps-change=${(e: CustomEvent<SequenceEventDetails['ck-sequence-steps-change']>) => this.set(index, { steps: e.detail.steps })}
              @ck-sequence-step-pick=${(e: CustomEvent<SequenceEventDetails['ck-sequence-step-pick']>) => this.dispatchEvent(sequenceEvent('ck-sequence-pick-item', { sequenceIndex: index, stepIndex: e.detail.stepIndex }))}
            ></ck-sequence-steps>
            ${own.length
              ? html`<ul class="problems" data-ck="sequence-problems" role="alert">${own.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}</ul>`
              : nothing}
            <div class="row">
              <button class="primary" data-ck="sequence-apply" ?disabled=${this.problems.length > 0} @click=${() => this.dispatchEvent(sequenceEvent('ck-sequence-apply', { sequenceId: sequence.id }))}>${t('calendarApplySequence')}</button>
              <button data-ck="sequence-remove" @click=${() => this.removeAt(index)}>${t('sequencesRemove')}</button>
            </div>
          </section>`
        : html`<p class="empty">${t('sequencesEmpty')}</p>`}
    </div>`;
  }

  private emit(sequences: KitSequence[]) {
    this.dispatchEvent(sequenceEvent('ck-sequences-change', { sequences }));
  }

  private set(index: number, patch: Partial<KitSequence> & { steps?: SequenceStep[] }) {
    this.emit(this.sequences.map((s, i) => (i === index ? (Object.fromEntries(Object.entries({ ...s, ...patch }).filter(([, v]) => v !== undefined)) as KitSequence) : s)));
  }

  private add() {
    const id = freshId('sop', new Set(this.sequences.map((s) => s.id)));
    this.emit([...this.sequences, { id, name: t('sequencesNewName'), anchor: t('sequencesNewAnchor'), steps: [{ id: 's1', offset: 0, title: t('sequencesNewStep') }] }]);
    this.selected = this.sequences.length;
  }

  private removeAt(index: number) {
    this.emit(this.sequences.filter((_, i) => i !== index));
    this.selected = Math.max(0, index - 1);
  }
}

const value = (event: Event) => (event.target as HTMLInputElement).value;

if (!customElements.get('ck-sequences-editor')) customElements.define('ck-sequences-editor', CkSequencesEditor);

declare global {
  interface HTMLElementTagNameMap {
    'ck-sequences-editor': CkSequencesEditor;
  }
}
