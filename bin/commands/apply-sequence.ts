import { applySequence, exportKit, isDateString } from '../../content-kit';
import type { Command } from '../command';
import { CliError } from '../cli-error';
import { readKitFile } from '../read-kit-file';
import { requiredOutput } from '../required-output';
import { writeOutput } from '../write-output';

export const applySequenceCommand: Command = {
  name: 'apply-sequence',
  usage: 'content-kit apply-sequence FILE|builtin --sequence ID --anchor YYYY-MM-DD -o OUT',
  summary: 'add a sequence’s steps to the calendar, timed from the anchor day, and write the kit to OUT (existing entries are kept)',
  valued: ['sequence', 'anchor', 'o', 'output'],
  booleans: [],
  async run(args, io) {
    const { input, output } = requiredOutput(args, this.usage);
    const sequenceId = args.options.get('sequence')?.at(-1);
    const anchor = args.options.get('anchor')?.at(-1);
    if (sequenceId === undefined || anchor === undefined) throw new CliError(2, [`usage: ${this.usage}`]);
    if (!isDateString(anchor)) throw new CliError(2, [`content-kit: --anchor must be a real date as YYYY-MM-DD, not ${JSON.stringify(anchor)}`]);
    const { kit, dropped } = await readKitFile(input, { allowBuiltin: true });
    const sequence = kit.sequences?.find((s) => s.id === sequenceId);
    if (!sequence) {
      const known = kit.sequences?.map((s) => s.id) ?? [];
      throw new CliError(2, [`content-kit: ${input} has no sequence "${sequenceId}"${known.length ? ` (its sequences: ${known.join(', ')})` : ' (it has no sequences)'}`]);
    }
    let result: ReturnType<typeof applySequence>;
    try {
      result = applySequence(kit, sequence.id, anchor);
    } catch (error) {
      // The anchor is a real date here, so the range error is a step reaching outside the years 0000–9999.
      if (error instanceof RangeError) throw new CliError(2, [`content-kit: --anchor ${anchor} puts a step of ${sequence.id} outside the years 0000–9999`]);
      throw error;
    }
    await writeOutput(output, exportKit(result.kit));
    for (const path of dropped) io.err(`${input}: ${path}: unknown field, dropped`);
    io.err(`wrote ${output}: ${result.added.length} added, ${result.existing.length} already there (sequence ${sequence.id} at ${anchor})`);
    return 0;
  },
};
