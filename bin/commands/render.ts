import { renderHandbook } from '../../content-kit';
import type { Command } from '../command';
import { CliError } from '../cli-error';
import { readKitFile } from '../read-kit-file';
import { requiredOutput } from '../required-output';
import { writeOutput } from '../write-output';

export const render: Command = {
  name: 'render',
  usage: 'content-kit render FILE -o OUT.md [--lang zh|en]',
  summary: 'write the kit as a Markdown handbook',
  valued: ['o', 'output', 'lang'],
  booleans: [],
  async run(args) {
    const { input, output } = requiredOutput(args, this.usage);
    const lang = args.options.get('lang')?.at(-1) ?? 'zh';
    if (lang !== 'zh' && lang !== 'en') throw new CliError(2, ['content-kit: --lang must be zh or en']);
    const { kit } = await readKitFile(input, { allowBuiltin: true });
    await writeOutput(output, renderHandbook(kit, lang));
    return 0;
  },
};
