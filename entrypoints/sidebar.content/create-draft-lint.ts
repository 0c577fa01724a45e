import { lintInsertionWithRules, lintWithRules, prepareLintOptions, type LintFinding, type LintOptions, type LintRule, type PlatformTarget } from '../../content-kit';
import type { LintSettings } from '../../utils/lint/lint-settings';
import { lintRows, type LintRow } from './lint-rows';

/**
 * The lint of what the user writes in the composer: the snapshot's lint settings as one options object, the
 * findings "ignored once" on this page, and the last result, so a pause that changed nothing costs nothing.
 */
export function createDraftLint(locale: () => 'zh' | 'en') {
  let options: LintOptions = {};
  let rules: readonly LintRule[] = [];
  const ignored = new Set<string>();
  let last: { text: string; target: PlatformTarget; options: LintOptions; rules: readonly LintRule[]; ignored: number; rows: LintRow[] } | undefined;

  return {
    /** The options for every lint on this page (the draft, and what is about to be inserted). */
    options: () => options,
    /** The rules, from the snapshot (the content script bundles none). */
    rules: () => rules,
    /** The findings in what is about to be inserted after this draft. */
    insertion: (draft: string, inserted: string, target: PlatformTarget): LintFinding[] => lintInsertionWithRules(draft, inserted, target, rules, options),
    /** Takes the snapshot's lint settings (the user's allow-list and the enabled kits' lint) and its rules. */
    setSettings(settings: LintSettings | undefined, nextRules: readonly LintRule[] = []) {
      rules = nextRules;
      options = { allow: settings?.allow ?? [], wordLists: settings?.wordLists ?? [] };
      prepareLintOptions(options);
    },
    ignore(keys: readonly string[]) {
      for (const key of keys) ignored.add(key);
    },
    /** Forgets what was ignored (the page changed). */
    resetIgnored() {
      ignored.clear();
    },
    /** The rows for this draft; an empty draft forgets what was ignored, as it starts a new message. */
    rows(text: string, target: PlatformTarget): LintRow[] {
      if (!text.trim()) {
        ignored.clear();
        return [];
      }
      const l = last;
      if (l && l.text === text && l.target.id === target.id && l.target.limit === target.limit && l.options === options && l.rules === rules && l.ignored === ignored.size) return l.rows;
      const rows = lintRows(text, lintWithRules(text, target, rules, options), ignored, locale());
      last = { text, target, options, rules, ignored: ignored.size, rows };
      return rows;
    },
  };
}
