import { calendarToIcs } from '../../content-kit';
import type { Command } from '../command';
import { readKitFile } from '../read-kit-file';
import { requiredOutput } from '../required-output';
import { writeOutput } from '../write-output';

export const ics: Command = {
  name: 'ics',
  usage: 'content-kit ics FILE|builtin -o OUT.ics',
  summary: 'write the kit’s calendar as an iCalendar (RFC 5545) file for Google, Apple or Outlook calendars',
  valued: ['o', 'output'],
  booleans: [],
  async run(args, io) {
    const { input, output } = requiredOutput(args, this.usage);
    const { kit } = await readKitFile(input, { allowBuiltin: true });
    await writeOutput(output, calendarToIcs(kit));
    io.err(`wrote ${output} (${kit.calendar?.length ?? 0} events, time zone ${kit.timezone ?? 'Asia/Shanghai'})`);
    return 0;
  },
};
