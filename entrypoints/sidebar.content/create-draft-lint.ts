import { BUILTIN_LINT_RULES, lintText, prepareLintOptions, summarizeFindings, type LintFinding, type LintOptions, type PlatformTarget, type Severity } from '../../content-kit';
import { addAllowed, ignoreKey, type LintSettings } from '../../utils/lint/lint-settings';

/** A quoted word is cut to this many UTF-16 units, and a row quotes at most this many words. */
const QUOTE_CHARS = 24;
const QUOTES_SHOWN = 3;

/** One rule's findings in the draft, as the sidebar shows them: told once, with a count. */
export interface DraftLintRow {
  ruleId: string;
  severity: Severity;
  /** The distinct words found, in order, at most QUOTES_SHOWN, each cut to QUOTE_CHARS. */
  quotes: string[];
  /** How many times the rule was found. */
  count: number;
  /** The one-line reason, in the UI's language. */
  reason: string;
  /** The law or platform rule, when the reason does not already name it. */
  law?: string;
  /** What "ignore once" remembers for this row: every one of its findings. */
  ignoreKeys: string[];
  /** The whole words to allow on "always allow"; empty for a length finding, which no phrase can allow. */
  phrases: string[];
}

const cut = (quote: string) => (quote.length > QUOTE_CHARS ? `${quote.slice(0, QUOTE_CHARS - 1)}…` : quote);

/** The draft's findings, less the ignored ones, grouped by rule (worst first) for the sidebar. */
export function draftLintRows(text: string, findings: readonly LintFinding[], ignored: ReadonlySet<string>, locale: 'zh' | 'en'): DraftLintRow[] {
  const shown = ignored.size ? findings.filter((f) => !ignored.has(ignoreKey(text, f))) : findings;
  return summarizeFindings(text, shown).map((summary) => {
    const reason = summary.message[locale];
    const law = summary.law?.[locale];
    return {
      ruleId: summary.ruleId,
      severity: summary.severity,
      quotes: summary.quotes.slice(0, QUOTES_SHOWN).map(cut),
      count: summary.count,
      reason,
      ...(law && !reason.includes(law) && { law }),
      ignoreKeys: [...new Set(summary.findings.map((f) => ignoreKey(text, f)))],
      phrases: summary.category === 'length' ? [] : summary.quotes,
    };
  });
}

/** Whether the rows hold an error, which blocks copying and inserting until it is ignored. */
export const draftBlocked = (rows: readonly DraftLintRow[]) => rows.some((row) => row.severity === 'error');

/**
 * The lint of what the user writes in the composer: the snapshot's lint settings as one options object, the
 * findings "ignored once" on this page, and the last result, so a pause that changed nothing costs nothing.
 */
export function createDraftLint(locale: () => 'zh' | 'en') {
  let options: LintOptions = {};
  const ignored = new Set<string>();
  let last: { text: string; target: PlatformTarget; options: LintOptions; ignored: number; rows: DraftLintRow[] } | undefined;

  const use = (next: LintOptions) => {
    options = next;
    last = undefined;
    prepareLintOptions(options);
  };

  return {
    /** The options for every lint on this page (the draft, and what is about to be inserted). */
    options: () => options,
    /** Takes the snapshot's lint settings (the user's allow-list and the enabled kits' lint). */
    setSettings(settings: LintSettings | undefined) {
      use({ allow: settings?.allow ?? [], wordLists: settings?.wordLists ?? [] });
    },
    /** Allows phrases here at once, before the snapshot that holds them arrives. */
    allow(phrases: readonly string[]) {
      use({ ...options, allow: addAllowed(options.allow ?? [], phrases) });
    },
    ignore(keys: readonly string[]) {
      for (const key of keys) ignored.add(key);
    },
    /** Forgets what was ignored (the draft was sent, or the page changed). */
    resetIgnored() {
      ignored.clear();
    },
    /** The rows for this draft; an empty draft also forgets what was ignored, as it starts a new message. */
    rows(text: string, target: PlatformTarget): DraftLintRow[] {
      if (!text.trim()) {
        ignored.clear();
        return [];
      }
      if (last && last.text === text && last.target.id === target.id && last.target.limit === target.limit && last.options === options && last.ignored === ignored.size) return last.rows;
      const rows = draftLintRows(text, lintText(text, target, BUILTIN_LINT_RULES, options), ignored, locale());
      last = { text, target, options, ignored: ignored.size, rows };
      return rows;
    },
  };
}

export type DraftLint = ReturnType<typeof createDraftLint>;
