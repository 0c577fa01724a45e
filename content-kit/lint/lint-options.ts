import type { LintCategory, Severity } from './lint-rule';

/**
 * A team's own words to avoid (a kit's `lint.words`, shared/KIT-FORMAT.md): literal phrases matched
 * case-insensitively, never regular expressions. `{match}` in the message is the phrase found.
 */
export interface LintWordList {
  id: string;
  words: readonly string[];
  severity: Severity;
  /** `brand` when absent. */
  category?: Exclude<LintCategory, 'hashtag' | 'length'>;
  message?: { zh?: string; en?: string };
}

/**
 * The user's and the enabled kits' say over the lint. Build it once per settings change and pass the same
 * object (or at least the same arrays) on every call: the phrase matchers are compiled once per array.
 */
export interface LintOptions {
  /** Phrases no rule flags: a finding that overlaps an occurrence of one is dropped (a brand called 第一书房). */
  allow?: readonly string[];
  wordLists?: readonly LintWordList[];
}
