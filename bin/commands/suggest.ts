import { readFile } from 'node:fs/promises';
import { createSuggester, ITEM_KINDS, PLATFORMS, STAGES, type ItemKind, type Platform, type Stage, type Suggester } from '../../content-kit';
import type { Command } from '../command';
import { CliError } from '../cli-error';
import { readKitFile } from '../read-kit-file';
import { readInput } from '../read-input';

interface Query {
  text: string;
  site?: Platform;
  kind?: ItemKind;
  stage?: Stage;
}

function checked<T extends string>(value: unknown, allowed: readonly T[], what: string): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !allowed.includes(value as T)) throw new Error(`${what} must be one of ${allowed.join(', ')}`);
  return value as T;
}

function run(suggester: Suggester, query: Query, limit: number) {
  return suggester
    .suggest({ text: query.text, site: query.site }, { kind: query.kind, stage: query.stage, limit })
    .map(({ id, kind, title, score }) => ({ id, kind, title, score }));
}

export const suggest: Command = {
  name: 'suggest',
  usage:
    'content-kit suggest --kit FILE|builtin (--text TEXT | --queries FILE.jsonl) [--site weibo|douban|wechat] [--kind K] [--stage S] [--limit N] [--json]',
  summary: 'rank a kit’s items for a draft, best first',
  valued: ['kit', 'text', 'site', 'kind', 'stage', 'limit', 'queries'],
  booleans: ['json'],
  async run(args, io) {
    const kits = args.options.get('kit') ?? [];
    const text = args.options.get('text')?.at(-1);
    const queries = args.options.get('queries')?.at(-1);
    if (!kits.length || (text === undefined) === (queries === undefined) || args.positional.length)
      throw new CliError(2, [`usage: ${this.usage}`]);
    const limitText = args.options.get('limit')?.at(-1) ?? '10';
    const limit = Number(limitText);
    if (!Number.isInteger(limit) || limit < 1) throw new CliError(2, ['content-kit: --limit must be a positive whole number']);
    let defaults: Omit<Query, 'text'>;
    try {
      defaults = {
        site: checked(args.options.get('site')?.at(-1), PLATFORMS, '--site'),
        kind: checked(args.options.get('kind')?.at(-1), ITEM_KINDS, '--kind'),
        stage: checked(args.options.get('stage')?.at(-1), STAGES, '--stage'),
      };
    } catch (error) {
      throw new CliError(2, [`content-kit: ${(error as Error).message}`]);
    }
    const loaded = [];
    for (const file of kits) loaded.push((await readKitFile(file, { prefix: kits.length > 1, allowBuiltin: true })).kit);
    const suggester = createSuggester(loaded);

    if (text !== undefined) {
      const results = run(suggester, { text, ...defaults }, limit);
      if (args.flags.has('json')) io.out(JSON.stringify(results));
      else for (const r of results) io.out(`${r.score.toFixed(3).padStart(8)}  ${r.kind.padEnd(6)}  ${r.id}  ${r.title}`);
      return 0;
    }
    await readInput(queries!);
    const lines = (await readFile(queries!, 'utf8')).split(/\r?\n/);
    let failed = false;
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      try {
        const raw: unknown = JSON.parse(line);
        if (typeof raw !== 'object' || raw === null || typeof (raw as { text?: unknown }).text !== 'string')
          throw new Error('each line must be an object with a "text" string');
        const q = raw as Record<string, unknown>;
        const query: Query = {
          text: q.text as string,
          site: checked(q.site, PLATFORMS, 'site') ?? defaults.site,
          kind: checked(q.kind, ITEM_KINDS, 'kind') ?? defaults.kind,
          stage: checked(q.stage, STAGES, 'stage') ?? defaults.stage,
        };
        io.out(JSON.stringify(run(suggester, query, limit)));
      } catch (error) {
        failed = true;
        io.out('[]');
        io.err(`${queries}:${i + 1}: ${(error as Error).message}`);
      }
    });
    return failed ? 1 : 0;
  },
};
