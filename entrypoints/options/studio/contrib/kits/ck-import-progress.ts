import { css, html, LitElement } from 'lit';
import type { ImportPhase } from './import-protocol';
import { t, type MessageKey } from '../../../../../components/i18n/t';

const PHASE_TEXT: Record<ImportPhase, MessageKey> = {
  read: 'importPhaseRead',
  parse: 'importPhaseParse',
  compare: 'importPhaseCompare',
  merge: 'importPhaseMerge',
  write: 'importPhaseWrite',
  check: 'importPhaseCheck',
  backup: 'importPhaseBackup',
};

/** The steps of a long import or restore, the current one animated, as an accessible progress bar. */
export class CkImportProgress extends LitElement {
  static override styles = css`
    :host { display: block; max-width: 520px; }
    .bar { height: 4px; border-radius: 2px; background: var(--ck-border); overflow: hidden; margin: 8px 0; }
    .fill { height: 100%; background: var(--ck-accent); transition: width 0.2s; position: relative; overflow: hidden; }
    .fill::after { content: ''; position: absolute; inset: 0; background: linear-gradient(90deg, transparent, rgba(255, 255, 255, 0.6), transparent); animation: sweep 1s linear infinite; }
    @keyframes sweep { from { transform: translateX(-100%); } to { transform: translateX(100%); } }
    @media (prefers-reduced-motion: reduce) { .fill::after { animation: none; } }
    ol { list-style: none; margin: 0; padding: 0; font-size: 13px; display: grid; gap: 2px; }
    li { color: var(--ck-muted); }
    li.done { color: var(--ck-fg); }
    li.current { color: var(--ck-fg); font-weight: 600; }
    li::before { display: inline-block; width: 1.4em; content: '○'; }
    li.done::before { content: '✓'; color: var(--ck-accent); }
    li.current::before { content: '●'; color: var(--ck-accent); }
  `;

  static override properties = { phases: { attribute: false }, phase: { attribute: false } };

  declare phases: readonly ImportPhase[];
  declare phase: ImportPhase;

  constructor() {
    super();
    this.phases = [];
    this.phase = 'read';
  }

  override render() {
    const at = Math.max(0, this.phases.indexOf(this.phase));
    const label = t('importStep', at + 1, this.phases.length, t(PHASE_TEXT[this.phase]));
    return html`<div data-ck="import-progress" role="progressbar" aria-valuemin="0" aria-valuemax=${this.phases.length} aria-valuenow=${at} aria-valuetext=${label} aria-label=${label}>
        <div class="bar"><div class="fill" style=${`width: ${((at + 0.5) / Math.max(1, this.phases.length)) * 100}%`}></div></div>
      </div>
      <ol>
        ${this.phases.map((p, i) => html`<li class=${i < at ? 'done' : i === at ? 'current' : ''}>${t(PHASE_TEXT[p])}</li>`)}
      </ol>`;
  }
}

if (!customElements.get('ck-import-progress')) customElements.define('ck-import-progress', CkImportProgress);

declare global {
  interface HTMLElementTagNameMap {
    'ck-import-progress': CkImportProgress;
  }
}
