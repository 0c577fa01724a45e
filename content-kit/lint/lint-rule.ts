import type { Platform } from '../schema/kit-schema';

/** How bad a finding is: an error blocks insertion, a warning is shown, info is a hint. */
export type Severity = 'error' | 'warning' | 'info';

/** What a finding is about; the UI groups and explains findings by it. */
export type LintCategory = 'ad-law' | 'fraud' | 'noise' | 'health' | 'education' | 'platform' | 'brand' | 'hashtag' | 'length';

/** Every category, in the order the UI lists them. */
export const LINT_CATEGORIES: readonly LintCategory[] = ['fraud', 'ad-law', 'health', 'education', 'platform', 'brand', 'noise', 'hashtag', 'length'];

/** A message in both UI languages; `{match}` is replaced by the text found. */
export interface LocalizedText {
  zh: string;
  en: string;
}

/**
 * A pattern rule as plain data, so a kit or the user can add their own. Patterns are regular-expression
 * sources matched with the `giu` flags (so Latin is case-insensitive); `whole` rules must match the entire
 * message, allowing emoji, stickers and punctuation around it. The optional fields give a rule the context it
 * needs to tell a claim from everyday Chinese.
 */
export interface LintRule {
  id: string;
  category: LintCategory;
  severity: Severity;
  patterns: string[];
  whole?: boolean;
  /** Only in group chats (targets with `groupChat`). */
  groupChatOnly?: boolean;
  /** Only on these sites' targets. */
  sites?: readonly Platform[];
  /** An Advertising-Law rule: one step milder in a group chat unless the text has a price or purchase signal. */
  promotional?: boolean;
  /** The match is a claim only beside one of these (same sentence) or a price signal; one step milder otherwise. */
  context?: string[];
  /** A combination rule: full severity only with one of these in the same sentence or a nearby clause. */
  partners?: string[];
  /** With `partners`: the severity of a match without a partner; absent means no finding. */
  alone?: Severity;
  /** Cues in the sentence or the sentences beside it that cancel the rule (a warning against the scam). */
  unless?: string[];
  /** Cues right before a match that cancel it (a denial: 不荐股, 没有“包过”). */
  unlessBefore?: string[];
  /** The law or platform rule the message names. */
  law?: LocalizedText;
  message: LocalizedText;
  /** Replacements offered as a fix, by the exact text matched. */
  fixes?: Record<string, string>;
}
