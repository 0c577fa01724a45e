import { createLiteralMatcher, foldUnit, type LiteralMatcher } from './literal-matcher';
import type { LintFinding } from './lint-finding';
import type { LintOptions, LintWordList } from './lint-options';
import type { Severity } from './lint-rule';

interface CompiledLists {
  matcher: LiteralMatcher;
  /** For each distinct phrase, the indices of the lists that hold it. */
  owners: number[][];
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const listsCache = new WeakMap<readonly LintWordList[], CompiledLists>();
const allowCache = new WeakMap<readonly string[], LiteralMatcher>();

function fold(phrase: string): string {
  let folded = '';
  for (let i = 0; i < phrase.length; i++) folded += String.fromCharCode(foldUnit(phrase.charCodeAt(i)));
  return folded;
}

// A kit is untrusted: a list whose shape is wrong contributes nothing rather than throwing.
const usable = (list: LintWordList) =>
  typeof list === 'object' && list !== null && typeof list.id === 'string' && Array.isArray(list.words) && SEVERITIES.includes(list.severity);

function compileLists(lists: readonly LintWordList[]): CompiledLists {
  let found = listsCache.get(lists);
  if (!found) {
    const index = new Map<string, number>();
    const phrases: string[] = [];
    const owners: number[][] = [];
    lists.forEach((list, l) => {
      if (!usable(list)) return;
      for (const word of list.words) {
        if (typeof word !== 'string' || !word) continue;
        const key = fold(word);
        let p = index.get(key);
        if (p === undefined) {
          p = phrases.push(key) - 1;
          index.set(key, p);
          owners.push([]);
        }
        if (owners[p]!.at(-1) !== l) owners[p]!.push(l);
      }
    });
    const groupIds = new Map<string, number>();
    const groups = owners.map((o) => groupIds.get(o.join()) ?? groupIds.set(o.join(), groupIds.size).get(o.join())!);
    found = { matcher: createLiteralMatcher(phrases, groups), owners };
    listsCache.set(lists, found);
  }
  return found;
}

function allowMatcher(allow: readonly string[]): LiteralMatcher {
  let found = allowCache.get(allow);
  if (!found) {
    const phrases = allow.filter((p) => typeof p === 'string');
    found = createLiteralMatcher(phrases, new Array<number>(phrases.length).fill(0));
    allowCache.set(allow, found);
  }
  return found;
}

function wordListFindings(text: string, lists: readonly LintWordList[]): LintFinding[] {
  const { matcher, owners } = compileLists(lists);
  // Per list, its findings so far; occurrences come in order of end, so a new one can only reach back.
  const byList = new Map<number, LintFinding[]>();
  const findings: LintFinding[] = [];
  const listOf = new Map<LintFinding, LintWordList>();
  matcher.scan(text, (start, end, phrase) => {
    for (const l of owners[phrase]!) {
      const own = byList.get(l) ?? byList.set(l, []).get(l)!;
      let last = own.at(-1);
      if (last && start < last.end) {
        last.start = Math.min(last.start, start);
        last.end = Math.max(last.end, end);
        // A long phrase may reach back over earlier findings of the list: they become one.
        while (own.length > 1 && own.at(-2)!.end > last.start) {
          const merged = own.pop()!;
          last = own.at(-1)!;
          last.start = Math.min(last.start, merged.start);
          last.end = Math.max(last.end, merged.end);
          findings.splice(findings.indexOf(merged), 1);
        }
        continue;
      }
      const list = lists[l]!;
      const finding: LintFinding = {
        ruleId: `words/${list.id}`,
        category: list.category ?? 'brand',
        severity: list.severity,
        start,
        end,
        message: { zh: '', en: '' },
      };
      own.push(finding);
      listOf.set(finding, list);
      findings.push(finding);
    }
  });
  for (const finding of findings) {
    const list = listOf.get(finding)!;
    const quoted = text.slice(finding.start, finding.end);
    finding.message = {
      zh: (list.message?.zh || '“{match}”在团队的避免用词表“{list}”中').replaceAll('{match}', quoted).replaceAll('{list}', list.id),
      en: (list.message?.en || '"{match}" is on the team’s list of words to avoid ({list})').replaceAll('{match}', quoted).replaceAll('{list}', list.id),
    };
  }
  return findings;
}

/**
 * Compiles the options' phrase matchers now, so that the first lint after a settings change (a keystroke) does
 * not pay for it: call it when the settings change, off the typing path.
 */
export function prepareLintOptions(options: LintOptions): void {
  if (options.wordLists?.length) compileLists(options.wordLists);
  if (options.allow?.length) allowMatcher(options.allow);
}

/**
 * Adds the findings of the team's word lists, then drops every finding (but a length limit) that overlaps
 * an allowed phrase: the user's and the kits' last word over the built-in rules.
 */
export function applyLintOptions(text: string, findings: LintFinding[], options: LintOptions): LintFinding[] {
  const all = options.wordLists?.length ? [...findings, ...wordListFindings(text, options.wordLists)] : findings;
  if (!options.allow?.length) return all;
  const allowed = allowMatcher(options.allow).find(text);
  if (!allowed.length) return all;
  return all.filter((f) => f.category === 'length' || !allowed.some((a) => a.start < f.end && f.start < a.end));
}
