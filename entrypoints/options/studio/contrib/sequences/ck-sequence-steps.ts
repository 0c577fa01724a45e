import { css, html, LitElement, nothing } from 'lit';
import { CALENDAR_LABELS, ENTRY_PLATFORMS, formatStepOffset, parseStepOffset, type EntryPlatform, type SequenceStep } from '../../../../../content-kit';
import { t } from '../../../../../components/i18n/t';
import { sequenceEvent } from './sequence-events';

/** A step id not yet used in the sequence: s1, s2 … */
export function nextStepId(steps: readonly SequenceStep[]): string {
  const taken = new Set(steps.map((s) => s.id));
  let n = steps.length + 1;
  while (taken.has(`s${n}`)) n++;
  return `s${n}`;
}

/**
 * A sequence's steps as a table: offset from the anchor day (typed as D-3, D0, D+7), time, title, the linked item
 * (chosen with the studio's item picker) and platform, with buttons to move a step up or down, remove it and add one.
 * A field the format refuses is marked (`aria-invalid`) by the paths it is given; an offset that cannot be read keeps
 * its text so the user can fix it.
 */
export class CkSequenceSteps extends LitElement {
  static override styles = css`
    :host { display: block; }
    table { width: 100%; border-collapse: collapse; font-size: 13px; table-layout: fixed; }
    th { text-align: left; font-size: 12px; font-weight: 600; color: var(--ck-muted); padding: 2px 4px; }
    td { padding: 2px 4px; vertical-align: middle; }
    input, select { font: inherit; font-size: 13px; width: 100%; box-sizing: border-box; color: var(--ck-fg); background: var(--ck-input-bg); border: 1px solid var(--ck-border); border-radius: 3px; padding: 2px 4px; }
    input[aria-invalid='true'], select[aria-invalid='true'], button[aria-invalid='true'] { border-color: var(--ck-error); box-shadow: inset 0 0 0 1px var(--ck-error); }
    .offset { width: 5.5em; }
    .time { width: 6.5em; }
    .platform { width: 7em; }
    .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .actions { white-space: nowrap; width: 1%; }
    button { font: inherit; font-size: 12px; padding: 1px 8px; border-radius: 3px; border: 1px solid var(--ck-border); background: var(--ck-button-bg); color: var(--ck-button-fg); cursor: pointer; }
    button.item { width: 100%; text-align: left; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    button:disabled { opacity: 0.45; cursor: default; }
    button:focus-visible, input:focus-visible, select:focus-visible { outline: 2px solid var(--ck-focus); outline-offset: 1px; }
  `;

  static override properties = { steps: { attribute: false }, itemTitles: { attribute: false }, invalid: { attribute: false }, locale: {} };

  declare steps: readonly SequenceStep[];
  /** Item titles by id, for the linked-item column. */
  declare itemTitles: ReadonlyMap<string, string>;
  /** Fields the format refuses, as `steps[2].offset` paths relative to the sequence. */
  declare invalid: ReadonlySet<string>;
  declare locale: 'zh' | 'en';
  private offsetText = new Map<number, string>();

  constructor() {
    super();
    this.steps = [];
    this.itemTitles = new Map();
    this.invalid = new Set();
    this.locale = 'zh';
  }

  override render() {
    const platforms = CALENDAR_LABELS[this.locale].platform;
    const bad = (j: number, field: string) => (this.invalid.has(`steps[${j}].${field}`) ? 'true' : 'false');
    return html`<table data-ck="sequence-steps">
        <thead>
          <tr>
            <th class="offset">${t('sequenceStepOffset')}</th><th class="time">${t('calendarEntryTime')}</th><th>${t('calendarEntryTitle')}</th>
            <th class="item">${t('calendarLinkedItem')}</th><th class="platform">${t('calendarEntryPlatform')}</th><th class="actions"><span class="sr-only">${t('sequenceStepActions')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${this.steps.map(
            (step, j) => html`<tr data-ck="sequence-step" data-step-id=${step.id}>
              <td><input data-field="offset" aria-label=${t('sequenceStepOffsetLabel', j + 1)} placeholder="D+1" aria-invalid=${bad(j, 'offset')}
                .value=${this.offsetText.get(j) ?? (Number.isInteger(step.offset) ? formatStepOffset(step.offset) : '')} @change=${(e: Event) => this.onOffset(j, e)} /></td>
              <td><input type="time" data-field="time" aria-label=${t('sequenceStepTimeLabel', j + 1)} aria-invalid=${bad(j, 'time')} .value=${step.time ?? ''}
                @change=${(e: Event) => this.set(j, { time: (e.target as HTMLInputElement).value || undefined })} /></td>
              <td><input data-field="title" aria-label=${t('sequenceStepTitleLabel', j + 1)} aria-invalid=${bad(j, 'title')} .value=${step.title}
                @change=${(e: Event) => this.set(j, { title: (e.target as HTMLInputElement).value })} /></td>
              <td><button class="item" data-field="itemId" aria-invalid=${bad(j, 'itemId')} title=${step.itemId ?? ''} @click=${() => this.pick(j)}>
                ${step.itemId ? (this.itemTitles.get(step.itemId) ?? step.itemId) : t('sequenceStepNoItem')}</button></td>
              <td><select data-field="platform" aria-label=${t('sequenceStepPlatformLabel', j + 1)} @change=${(e: Event) => this.set(j, { platform: ((e.target as HTMLSelectElement).value || undefined) as EntryPlatform | undefined })}>
                <option value="" ?selected=${!step.platform}>—</option>
                ${ENTRY_PLATFORMS.map((p) => html`<option value=${p} ?selected=${step.platform === p}>${platforms[p]}</option>`)}
              </select></td>
              <td class="actions">
                <button aria-label=${t('sequenceStepUp', j + 1)} ?disabled=${j === 0} @click=${() => this.move(j, -1)}>↑</button>
                <button aria-label=${t('sequenceStepDown', j + 1)} ?disabled=${j === this.steps.length - 1} @click=${() => this.move(j, 1)}>↓</button>
                <button data-ck="sequence-step-remove" aria-label=${t('sequenceStepRemove', j + 1)} ?disabled=${this.steps.length === 1} @click=${() => this.removeAt(j)}>✕</button>
                ${step.itemId ? html`<button aria-label=${t('sequenceStepUnlink', j + 1)} @click=${() => this.set(j, { itemId: undefined })}>⊘</button>` : nothing}
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
      <button data-ck="sequence-step-add" @click=${this.add}>＋ ${t('sequenceStepAdd')}</button>`;
  }

  private emit(steps: SequenceStep[]) {
    this.dispatchEvent(sequenceEvent('ck-sequence-steps-change', { steps }));
  }

  private set(j: number, patch: Partial<SequenceStep>) {
    const steps = this.steps.map((s, i) => (i === j ? (Object.fromEntries(Object.entries({ ...s, ...patch }).filter(([, v]) => v !== undefined)) as SequenceStep) : s));
    this.emit(steps);
  }

  private onOffset(j: number, event: Event) {
    const text = (event.target as HTMLInputElement).value;
    const offset = parseStepOffset(text);
    if (offset === undefined) this.offsetText.set(j, text);
    else this.offsetText.delete(j);
    this.set(j, { offset: offset ?? Number.NaN });
  }

  private pick(j: number) {
    this.dispatchEvent(sequenceEvent('ck-sequence-step-pick', { stepIndex: j }));
  }

  private move(j: number, by: number) {
    const steps = [...this.steps];
    const [step] = steps.splice(j, 1);
    steps.splice(j + by, 0, step!);
    this.offsetText.clear();
    this.emit(steps);
  }

  private removeAt(j: number) {
    this.offsetText.clear();
    this.emit(this.steps.filter((_, i) => i !== j));
  }

  private add() {
    const last = this.steps.at(-1);
    const offset = last && Number.isInteger(last.offset) ? Math.min(365, last.offset + 1) : 0;
    this.emit([...this.steps, { id: nextStepId(this.steps), offset, title: '' }]);
  }
}

if (!customElements.get('ck-sequence-steps')) customElements.define('ck-sequence-steps', CkSequenceSteps);

declare global {
  interface HTMLElementTagNameMap {
    'ck-sequence-steps': CkSequenceSteps;
  }
}
