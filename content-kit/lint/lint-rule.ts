/** How bad a finding is: an error blocks insertion, a warning is shown, info is a hint. */
export type Severity = 'error' | 'warning' | 'info';

/** A message in both UI languages; `{match}` is replaced by the text found. */
export interface LocalizedText {
  zh: string;
  en: string;
}

/**
 * A pattern rule as plain data, so a kit or the user can add their own. Patterns are regular-expression
 * sources (matched with the `u` flag); `whole` rules must match the entire trimmed text.
 */
export interface LintRule {
  id: string;
  category: 'ad-law' | 'fraud' | 'noise';
  severity: Severity;
  patterns: string[];
  whole?: boolean;
  /** Only in group chats (targets with `groupChat`). */
  groupChatOnly?: boolean;
  message: LocalizedText;
  /** Replacements offered as a fix, by the exact text matched. */
  fixes?: Record<string, string>;
}
