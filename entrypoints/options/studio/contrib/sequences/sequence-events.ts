import type { KitSequence, SequenceStep } from '../../../../../content-kit';

/** Every event the sequences editor's elements send up, with its detail; declared once here. */
export interface SequenceEventDetails {
  /** The sequences as edited (the whole field: the session saves it). */
  'ck-sequences-change': { sequences: KitSequence[] };
  /** Choose the item a step links to (the studio's item picker). */
  'ck-sequence-pick-item': { sequenceIndex: number; stepIndex: number };
  /** The steps table's new list of steps (the editor puts it into its sequence). */
  'ck-sequence-steps-change': { steps: SequenceStep[] };
  /** The steps table asks for the item picker for one of its steps. */
  'ck-sequence-step-pick': { stepIndex: number };
  /** Apply this sequence to the calendar from a day ("Apply a sequence…"). */
  'ck-sequence-apply': { sequenceId: string };
}

/** A typed sequences-editor event; it crosses shadow roots. */
export function sequenceEvent<N extends keyof SequenceEventDetails>(name: N, detail: SequenceEventDetails[N]): CustomEvent<SequenceEventDetails[N]> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true });
}

type SequenceEventMap = { [N in keyof SequenceEventDetails]: CustomEvent<SequenceEventDetails[N]> };

declare global {
  interface HTMLElementEventMap extends SequenceEventMap {}
}
