import { readFile } from 'node:fs/promises';
import {
  lintText,
  PLATFORM_TARGETS,
  PLATFORMS,
  platformTarget,
  prepareInsertion,
  type ItemKind,
  type Kit,
  type LintFinding,
  type LintOptions,
  type LintWordList,
  type PlatformTarget,
} from '../../content-kit';
import type { CliIO, Command } from '../command';
import { CliError } from '../cli-error';
import { readInput } from '../read-input';
import { readKitFile } from '../read-kit-file';

/** A finding as the CLI prints it in JSON: the fields of the public contract, in a fixed order. */
function toJson(finding: LintFinding) {
  const { ruleId, category, severity, start, end, message, fix } = finding;
  return { ruleId, category, severity, start, end, message: { zh: message.zh, en: message.en }, ...(fix && { fix }) };
}

const line = (where: string, f: LintFinding) => `${where} ${f.start}-${f.end} ${f.ruleId} ${f.severity}: ${f.message.zh}`;

function targetOf(id: unknown): PlatformTarget {
  if (typeof id !== 'string' || !PLATFORM_TARGETS.some((t) => t.id === id))
    throw new Error(`target must be one of ${PLATFORM_TARGETS.map((t) => t.id).join(', ')}`);
  return platformTarget(id);
}

// A version 2 kit's `lint` field (KIT-FORMAT.md); read structurally so a kit read as version 1 simply has none.
function kitOptions(kit: Kit): LintOptions {
  const settings = (kit as { lint?: { allow?: readonly string[]; words?: readonly LintWordList[] } }).lint;
  return { allow: settings?.allow, wordLists: settings?.words };
}

// Titles, digests and comments hold a line, not a script: only topics and slogans are written into them.
const SHORT_FORM_LIMIT = 140;
const SHORT_KINDS: readonly ItemKind[] = ['topic', 'slogan'];

/** The targets an item is written for: its platforms' targets, the short ones only for short kinds. */
function targetsOf(item: Kit['items'][number]): PlatformTarget[] {
  const sites = item.platforms?.length ? item.platforms : PLATFORMS;
  return PLATFORM_TARGETS.filter((t) => sites.includes(t.site) && (t.limit > SHORT_FORM_LIMIT || SHORT_KINDS.includes(item.kind)));
}

function lintKit(kit: Kit, json: boolean, io: CliIO): number {
  const options = kitOptions(kit);
  const all: object[] = [];
  let errors = false;
  kit.items.forEach((item, i) => {
    for (const target of targetsOf(item)) {
      const text = prepareInsertion(item.kind, item.body, target).text;
      for (const finding of lintText(text, target, undefined, options)) {
        errors ||= finding.severity === 'error';
        if (json) all.push({ path: `items[${i}]`, target: target.id, ...toJson(finding) });
        else io.out(line(`items[${i}] ${target.id}`, finding));
      }
    }
  });
  if (json) io.out(JSON.stringify(all));
  return errors ? 1 : 0;
}

async function lintLines(file: string, json: boolean, io: CliIO): Promise<number> {
  await readInput(file);
  const lines = (await readFile(file, 'utf8')).split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  let errors = false;
  let broken = false;
  lines.forEach((text, i) => {
    try {
      const raw: unknown = JSON.parse(text);
      if (typeof raw !== 'object' || raw === null || typeof (raw as { text?: unknown }).text !== 'string')
        throw new Error('each line must be an object with a "text" string and a "target"');
      const row = raw as { text: string; target?: unknown };
      const findings = lintText(row.text, targetOf(row.target));
      errors ||= findings.some((f) => f.severity === 'error');
      if (json) io.out(JSON.stringify(findings.map(toJson)));
      else for (const f of findings) io.out(line(`line ${i + 1} ${row.target as string}`, f));
    } catch (error) {
      broken = true;
      if (json) io.out('[]');
      io.err(`${file}:${i + 1}: ${(error as Error).message}`);
    }
  });
  return broken ? 2 : errors ? 1 : 0;
}

export const lint: Command = {
  name: 'lint',
  usage: 'content-kit lint FILE|builtin [--json] | lint --text TEXT --target ID [--json] | lint --texts FILE.jsonl [--json]',
  summary: 'check a kit’s items (or texts) for every target they are written for; exit 1 on an error finding, 2 on usage or I/O',
  valued: ['text', 'target', 'texts'],
  booleans: ['json'],
  async run(args, io) {
    const json = args.flags.has('json');
    const text = args.options.get('text')?.at(-1);
    const target = args.options.get('target')?.at(-1);
    const texts = args.options.get('texts')?.at(-1);
    const modes = [args.positional.length > 0, text !== undefined, texts !== undefined].filter(Boolean).length;
    if (modes !== 1 || args.positional.length > 1 || (text !== undefined) !== (target !== undefined))
      throw new CliError(2, [`usage: ${this.usage}`]);
    if (texts !== undefined) return lintLines(texts, json, io);
    if (text !== undefined) {
      let resolved: PlatformTarget;
      try {
        resolved = targetOf(target);
      } catch (error) {
        throw new CliError(2, [`content-kit: --${(error as Error).message}`]);
      }
      const findings = lintText(text, resolved);
      if (json) io.out(JSON.stringify(findings.map(toJson)));
      else for (const f of findings) io.out(line(resolved.id, f));
      return findings.some((f) => f.severity === 'error') ? 1 : 0;
    }
    let kit: Kit;
    try {
      kit = (await readKitFile(args.positional[0]!, { allowBuiltin: true })).kit;
    } catch (error) {
      // An invalid kit cannot be linted: that is a usage problem here, not a lint error.
      if (error instanceof CliError) throw new CliError(2, error.lines);
      throw error;
    }
    return lintKit(kit, json, io);
  },
};
