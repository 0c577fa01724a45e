import { exportKit, mergeKits } from '../../content-kit';
import type { Command } from '../command';
import { readKitFile } from '../read-kit-file';
import { writeOutput } from '../write-output';
import { CliError } from '../cli-error';

export const merge: Command = {
  name: 'merge',
  usage: 'content-kit merge BASE INCOMING -o OUT',
  summary: 'merge INCOMING into BASE (later updatedAt wins a conflict) and write OUT; the report goes to stderr',
  valued: ['o', 'output'],
  booleans: [],
  async run(args, io) {
    const output = args.options.get('o')?.at(-1) ?? args.options.get('output')?.at(-1);
    if (args.positional.length !== 2 || !output) throw new CliError(2, [`usage: ${this.usage}`]);
    const [baseFile, incomingFile] = args.positional as [string, string];
    const base = await readKitFile(baseFile, { prefix: true });
    const incoming = await readKitFile(incomingFile, { prefix: true });
    if (base.kit.id !== incoming.kit.id)
      io.err(`note: merging kit "${incoming.kit.id}" into kit "${base.kit.id}"; the result keeps the id "${base.kit.id}"`);
    const { kit, report } = mergeKits(base.kit, incoming.kit);
    await writeOutput(output, exportKit(kit));
    // Version 2 lists are reported only when a side has them, so version 1 merges read as before.
    const sections = [
      ['items', report.items],
      ['calendar', report.calendar],
      ...(base.kit.sequences || incoming.kit.sequences ? [['sequences', report.sequences] as const] : []),
      ...(base.kit.lint?.words || incoming.kit.lint?.words ? [['wordLists', report.wordLists] as const] : []),
    ] as const;
    for (const [name, section] of sections) {
      io.err(`${name}: ${section.added.length} added, ${section.unchanged.length} unchanged, ${section.conflicts.length} conflicts`);
      for (const c of section.conflicts) io.err(`  conflict ${name}/${c.id}: kept ${c.winner === 'incoming' ? incomingFile : baseFile} (${c.reason === 'tie' ? 'same updatedAt, base kept' : 'later updatedAt'})`);
    }
    if (report.allowAdded.length) io.err(`lint.allow: ${report.allowAdded.length} added`);
    for (const [file, read] of [[baseFile, base], [incomingFile, incoming]] as const)
      for (const path of read.dropped) io.err(`${file}: ${path}: unknown field, dropped`);
    return 0;
  },
};
