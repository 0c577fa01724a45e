import { css, html, LitElement, nothing } from 'lit';
import { applySequence, CALENDAR_LABELS, formatStepOffset, isDateString, sequenceEntryId, type Kit } from '../../../../../content-kit';
import { t } from '../../../../../components/i18n/t';
import { entryCautions } from './apply-cautions';
import { calendarEvent } from './calendar-events';
import type { SequenceApplyRequest } from './ck-calendar-view';

/**
 * "Apply a sequence…" as a modal dialog: the anchor day (a date picker, named as the sequence names it: 入群日, 活动日),
 * then the preview of the entries it adds (date, D-offset, time, title, platform), how many are there already, and a
 * caution beside each entry that lands on a 调休 working day or inside a long holiday (it is not moved). The preview is
 * content-kit's applySequence, the function the CLI's apply-sequence runs, so both give the same entries.
 */
export class CkSequenceApply extends LitElement {
  static override styles = css`
    dialog { width: min(760px, calc(100vw - 48px)); max-height: calc(100vh - 48px); padding: 0; border: 1px solid var(--ck-border); border-radius: 6px; background: var(--ck-bg); color: var(--ck-fg); box-shadow: 0 12px 40px rgba(0, 0, 0, 0.35); }
    dialog::backdrop { background: rgba(0, 0, 0, 0.35); }
    .body { display: grid; gap: 12px; padding: 14px 18px; max-height: calc(100vh - 140px); overflow: auto; }
    h2 { margin: 0; font-size: 15px; }
    label { display: flex; align-items: center; gap: 8px; font-size: 13px; }
    input { font: inherit; font-size: 13px; color: var(--ck-fg); background: var(--ck-input-bg); border: 1px solid var(--ck-border); border-radius: 4px; padding: 3px 6px; }
    .summary { margin: 0; font-size: 13px; }
    table { width: 100%; border-collapse: collapse; font-size: 12px; }
    th, td { text-align: left; padding: 3px 6px; border-bottom: 1px solid var(--ck-border); vertical-align: top; }
    th { color: var(--ck-muted); font-weight: 600; }
    td.offset, td.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
    .caution { display: block; color: var(--ck-warning); }
    .caution::before { content: '⚠ '; }
    .problem { margin: 0; padding: 4px 8px; border-radius: 4px; background: var(--ck-error-bg); font-size: 12px; }
    footer { display: flex; gap: 8px; justify-content: flex-end; padding: 10px 18px; border-top: 1px solid var(--ck-border); }
    button { font: inherit; font-size: 13px; padding: 3px 12px; border-radius: 3px; border: 1px solid var(--ck-border); background: var(--ck-button-bg); color: var(--ck-button-fg); cursor: pointer; }
    button.primary { background: var(--ck-accent); color: var(--ck-accent-fg); border-color: var(--ck-accent); }
    button:disabled { opacity: 0.5; cursor: default; }
    button:focus-visible, input:focus-visible { outline: 2px solid var(--ck-focus); outline-offset: 1px; }
  `;

  static override properties = { request: { attribute: false }, kit: { attribute: false }, locale: {} };

  declare request: SequenceApplyRequest | null;
  /** The kit that holds the sequence (its entries go into that kit's calendar). */
  declare kit: Kit | null;
  declare locale: 'zh' | 'en';

  constructor() {
    super();
    this.request = null;
    this.kit = null;
    this.locale = 'zh';
  }

  override render() {
    const request = this.request;
    const sequence = request && this.kit?.sequences?.find((s) => s.id === request.sequenceId);
    if (!request || !this.kit || !sequence) return html`<dialog data-ck="sequence-apply" @close=${this.onClose}></dialog>`;
    const valid = isDateString(request.anchor);
    const preview = valid ? applySequence(this.kit, sequence.id, request.anchor) : null;
    const cautions = new Map(entryCautions(preview?.added ?? []).map((c) => [c.entry.id, c.caution]));
    const offsets = valid ? new Map(sequence.steps.map((s) => [sequenceEntryId(sequence, s.id, request.anchor), formatStepOffset(s.offset)])) : new Map<string, string>();
    const words = CALENDAR_LABELS[this.locale];
    return html`<dialog data-ck="sequence-apply" aria-labelledby="sequence-heading" @close=${this.onClose} @keydown=${this.onKeydown}>
      <div class="body">
        <h2 id="sequence-heading">${t('calendarApplySequenceTitle', sequence.name, this.kit.name)}</h2>
        <label>${t('calendarSequenceAnchor', sequence.anchor)}
          <input type="date" data-ck="sequence-anchor" required .value=${request.anchor} @input=${this.onAnchor} @change=${this.onAnchor} />
        </label>
        ${preview
          ? html`<p class="summary" data-ck="sequence-summary" role="status">${t('calendarSequencePreview', preview.added.length, preview.existing.length)}${cautions.size ? ` ${t('calendarCautions', cautions.size)}` : ''}</p>
              ${preview.added.length
                ? html`<table data-ck="sequence-preview">
                    <thead><tr><th>${t('calendarEntryDate')}</th><th>${t('sequenceStepOffset')}</th><th>${t('calendarEntryTime')}</th><th>${t('calendarEntryTitle')}</th><th>${t('calendarEntryPlatform')}</th></tr></thead>
                    <tbody>
                      ${preview.added.map((entry) => {
                        const caution = cautions.get(entry.id);
                        return html`<tr data-ck="sequence-preview-entry" data-entry-id=${entry.id} data-caution=${caution?.kind ?? nothing}>
                          <td class="date">${entry.date}</td>
                          <td class="offset">${offsets.get(entry.id) ?? ''}</td>
                          <td>${entry.time ?? words.allDay}</td>
                          <td>${entry.title}${caution ? html`<span class="caution" data-ck="sequence-caution">${caution.message[this.locale]}</span>` : nothing}</td>
                          <td>${entry.platform ? words.platform[entry.platform] : ''}</td>
                        </tr>`;
                      })}
                    </tbody>
                  </table>`
                : nothing}`
          : html`<p class="problem" role="alert">${t('calendarDateRule')}</p>`}
      </div>
      <footer>
        <button data-ck="sequence-apply-cancel" @click=${this.cancel}>${t('cancel')}</button>
        <button class="primary" data-ck="sequence-apply-confirm" ?disabled=${!preview?.added.length} @click=${this.confirm}>${t('calendarSequenceConfirm', preview?.added.length ?? 0)}</button>
      </footer>
    </dialog>`;
  }

  override updated(changed: Map<string, unknown>) {
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog || !changed.has('request')) return;
    const wasOpen = !!changed.get('request');
    if (this.request && !dialog.open) {
      dialog.showModal();
      if (!wasOpen) this.renderRoot.querySelector<HTMLElement>('[data-ck="sequence-anchor"]')?.focus();
    } else if (!this.request && dialog.open) dialog.close();
  }

  private onAnchor(event: Event) {
    const anchor = (event.target as HTMLInputElement).value;
    if (anchor !== this.request?.anchor) this.dispatchEvent(calendarEvent('ck-calendar-sequence-anchor', { anchor }));
  }

  private confirm() {
    const request = this.request;
    if (request && isDateString(request.anchor)) this.dispatchEvent(calendarEvent('ck-calendar-sequence-confirm', { ...request }));
  }

  private cancel() {
    this.renderRoot.querySelector('dialog')?.close();
  }

  private onKeydown(event: KeyboardEvent) {
    // Keys typed in the dialog stay in it (the calendar's own keys must not act behind it).
    event.stopPropagation();
  }

  private onClose() {
    if (this.request) this.dispatchEvent(calendarEvent('ck-calendar-sequence-close', {}));
  }
}

if (!customElements.get('ck-sequence-apply')) customElements.define('ck-sequence-apply', CkSequenceApply);

declare global {
  interface HTMLElementTagNameMap {
    'ck-sequence-apply': CkSequenceApply;
  }
}
