import * as v from 'valibot';
import { formatPath, kitEntries, type KitSequence } from '../../../../../content-kit';

/** One reason a kit's sequences cannot be stored, at its path in the kit (`sequences[0].steps[2].offset`). */
export interface SequenceProblem {
  path: string;
  message: string;
}

/**
 * Why sequences break KIT-FORMAT.md's version 2 rules: the field rules (lengths, ids, offsets −365…365, HH:mm, 1–100
 * steps), ids unique among sequences and among one sequence's steps, and `itemId`s naming an item of the kit. The
 * same rules as parseKit's, with the same paths, so the studio never stores what `content-kit validate` refuses.
 */
export function sequenceProblems(sequences: readonly KitSequence[], itemIds: ReadonlySet<string>): SequenceProblem[] {
  const problems: SequenceProblem[] = [];
  const result = v.safeParse(kitEntries.sequences, sequences, { abortEarly: false });
  if (!result.success)
    for (const issue of result.issues) {
      const path = ['sequences', ...(issue.path?.map((p) => p.key as string | number) ?? [])];
      const missing = issue.input === undefined && issue.path?.at(-1)?.type === 'object';
      problems.push({ path: formatPath(path), message: missing ? 'required' : issue.message });
    }
  const unique = (ids: unknown[], at: (string | number)[]) => {
    const seen = new Map<unknown, number>();
    ids.forEach((id, i) => {
      if (typeof id !== 'string') return;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else problems.push({ path: formatPath([...at, i, 'id']), message: `duplicate id ${JSON.stringify(id)} (first at ${formatPath([...at, first])})` });
    });
  };
  unique(sequences.map((s) => s.id), ['sequences']);
  sequences.forEach((sequence, i) => {
    const steps = Array.isArray(sequence.steps) ? sequence.steps : [];
    unique(steps.map((s) => s.id), ['sequences', i, 'steps']);
    steps.forEach((step, j) => {
      if (typeof step.itemId === 'string' && !itemIds.has(step.itemId))
        problems.push({ path: formatPath(['sequences', i, 'steps', j, 'itemId']), message: `no item with id ${JSON.stringify(step.itemId)} in this kit` });
    });
  });
  return problems;
}
