import { calendarToCsv } from '../../content-kit';
import type { Command } from '../command';
import { readKitFile } from '../read-kit-file';
import { requiredOutput } from '../required-output';
import { writeOutput } from '../write-output';

export const csv: Command = {
  name: 'csv',
  usage: 'content-kit csv FILE|builtin -o OUT.csv',
  summary: 'write the kit’s calendar as CSV for Excel (UTF-8 with BOM, formulas escaped)',
  valued: ['o', 'output'],
  booleans: [],
  async run(args, io) {
    const { input, output } = requiredOutput(args, this.usage);
    const { kit } = await readKitFile(input, { allowBuiltin: true });
    await writeOutput(output, calendarToCsv(kit.calendar ?? [], { kitItems: kit.items }));
    io.err(`wrote ${output} (${kit.calendar?.length ?? 0} rows)`);
    return 0;
  },
};
