import { summarizeFindings, type LintFinding, type Severity } from '../../content-kit';
import { ignoreKey } from '../../utils/lint/lint-settings';

/** A quoted word is cut to this many UTF-16 units, and a row quotes at most this many words. */
const QUOTE_CHARS = 24;
const QUOTES_SHOWN = 3;

/** One rule's findings in a text, as the sidebar shows them: told once, with the words found and a count. */
export interface LintRow {
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
  /** The whole words "always allow" adds; empty for a length finding, which no phrase can allow. */
  phrases: string[];
}

const cut = (quote: string) => (quote.length > QUOTE_CHARS ? `${quote.slice(0, QUOTE_CHARS - 1)}…` : quote);

/** The findings in a text, less the ignored ones, one row per rule, worst first. */
export function lintRows(text: string, findings: readonly LintFinding[], ignored: ReadonlySet<string>, locale: 'zh' | 'en'): LintRow[] {
  const shown = ignored.size ? findings.filter((f) => !ignored.has(ignoreKey(text, f))) : findings;
  return summarizeFindings(text, shown).map((summary) => {
    const reason = summary.message[locale];
    const law = summary.law?.[locale];
    const quotes = summary.quotes.filter(Boolean);
    return {
      ruleId: summary.ruleId,
      severity: summary.severity,
      quotes: quotes.slice(0, QUOTES_SHOWN).map(cut),
      count: summary.count,
      reason,
      ...(law && !reason.includes(law) && { law }),
      ignoreKeys: [...new Set(summary.findings.map((f) => ignoreKey(text, f)))],
      phrases: summary.category === 'length' ? [] : quotes,
    };
  });
}

/** Whether the rows hold an error, which blocks copying and inserting until it is ignored once. */
export const rowsBlock = (rows: readonly LintRow[]) => rows.some((row) => row.severity === 'error');
