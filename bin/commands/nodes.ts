import {
  addMonths,
  CALENDAR_LABELS,
  calendarNodes,
  isDateString,
  isOfficialScheduleKnown,
  NODE_KIND_LABELS,
  NODE_YEARS,
  nodesToIcs,
  officialScheduleKnownThrough,
  weekday,
  type CalendarNode,
} from '../../content-kit';
import { CliError } from '../cli-error';
import type { Command } from '../command';
import { writeOutput } from '../write-output';

const USAGE = 'content-kit nodes --from YYYY-MM-DD --to YYYY-MM-DD [--json | --ics -o OUT.ics]';
const MAX_MONTHS = 60;

/** Columns line up in a terminal where a Chinese character takes two cells. */
const cells = (text: string) => [...text].reduce((n, ch) => n + (ch.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);
const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - cells(text)));

function table(nodes: readonly CalendarNode[]): string {
  const width = Math.max(...Object.values(NODE_KIND_LABELS).map((l) => cells(l.zh)));
  return nodes.map((n) => `${n.date}  ${CALENDAR_LABELS.zh.weekdays[weekday(n.date) - 1]}  ${pad(NODE_KIND_LABELS[n.kind].zh, width)}  ${n.name}`).join('\n');
}

function dateOption(args: Parameters<Command['run']>[0], name: string): string {
  const value = args.options.get(name)?.at(-1);
  if (value === undefined) throw new CliError(2, [`usage: ${USAGE}`]);
  if (!isDateString(value)) throw new CliError(2, [`content-kit: --${name} is not a real date as YYYY-MM-DD: ${value}`]);
  return value;
}

export const nodes: Command = {
  name: 'nodes',
  usage: USAGE,
  summary: 'list the 节点 of a date range (official holidays and 调休 workdays, festivals, solar terms, marketing days)',
  valued: ['from', 'to', 'o', 'output'],
  booleans: ['json', 'ics'],
  async run(args, io) {
    if (args.positional.length) throw new CliError(2, [`usage: ${USAGE}`]);
    const from = dateOption(args, 'from');
    const to = dateOption(args, 'to');
    if (from > to) throw new CliError(2, [`content-kit: --from ${from} is after --to ${to}`]);
    if (to >= addMonths(from, MAX_MONTHS)) throw new CliError(2, [`content-kit: the range ${from} … ${to} is over 5 years`]);
    const [first, last] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
    if (first < NODE_YEARS.first || last > NODE_YEARS.last) throw new CliError(2, [`content-kit: nodes are known for ${NODE_YEARS.first}–${NODE_YEARS.last} only`]);
    const output = args.options.get('o')?.at(-1) ?? args.options.get('output')?.at(-1);
    const asIcs = args.flags.has('ics');
    if ((asIcs && !output) || (!asIcs && output) || (asIcs && args.flags.has('json'))) throw new CliError(2, [`usage: ${USAGE}`]);

    const found = calendarNodes(from, to);
    const unknown = Array.from({ length: last - first + 1 }, (_, i) => first + i).filter((y) => !isOfficialScheduleKnown(y));
    if (unknown.length)
      io.err(`note: the official holiday schedule is known through ${officialScheduleKnownThrough()}; ${unknown.join(', ')}: not yet published, so no holidays or 调休 workdays are listed`);
    if (asIcs) {
      await writeOutput(output!, nodesToIcs(found, { now: Date.now() }));
      io.err(`wrote ${output} (${found.length} events)`);
    } else if (args.flags.has('json')) io.out(JSON.stringify(found, null, 2));
    else io.out(found.length ? table(found) : '(no nodes)');
    return 0;
  },
};
