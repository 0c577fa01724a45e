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
    found = { matcher: createLiteralMatcher(phrases), owners };
    listsCache.set(lists, found);
  }
  return found;
}

function allowMatcher(allow: readonly string[]): LiteralMatcher {
  let found = allowCache.get(allow);
  if (!found) {
    found = createLiteralMatcher(allow.filter((p) => typeof p === 'string'));
    allowCache.set(allow, found);
  }
  return found;
}

function wordListFindings(text: string, lists: readonly LintWordList[]): LintFinding[] {
  const { matcher, owners } = compileLists(lists);
  const last = new Map<number, LintFinding>();
  const findings: LintFinding[] = [];
  const listOf = new Map<LintFinding, LintWordList>();
  // Matches come in order of end; one list's overlapping matches become one finding over their extent.
  const matches = matcher.find(text).sort((a, b) => a.start - b.start || b.end - a.end);
  for (const match of matches) {
    for (const l of owners[match.phrase]!) {
      const previous = last.get(l);
      if (previous && match.start < previous.end) {
        previous.end = Math.max(previous.end, match.end);
        continue;
      }
      const list = lists[l]!;
      const finding: LintFinding = {
        ruleId: `words/${list.id}`,
        category: list.category ?? 'brand',
        severity: list.severity,
        start: match.start,
        end: match.end,
        message: { zh: '', en: '' },
      };
      last.set(l, finding);
      listOf.set(finding, list);
      findings.push(finding);
    }
  }
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
