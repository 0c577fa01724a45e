import type { LintFinding } from './lint-finding';
import type { LintCategory, LocalizedText, Severity } from './lint-rule';

/** One rule's findings in a text, told once: for a sidebar that says "the same rule found twice" once. */
export interface LintSummary {
  ruleId: string;
  category: LintCategory;
  /** The most severe of the grouped findings. */
  severity: Severity;
  /** The first finding's message. */
  message: LocalizedText;
  law?: LocalizedText;
  count: number;
  /** The distinct words found, in order of first appearance. */
  quotes: string[];
  /** The grouped findings, in text order (the first is where to point). */
  findings: LintFinding[];
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Groups findings by rule: most severe first, then by where the rule is first found. */
export function summarizeFindings(text: string, findings: readonly LintFinding[]): LintSummary[] {
  const byRule = new Map<string, LintSummary>();
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    const quote = text.slice(finding.start, finding.end);
    const summary = byRule.get(finding.ruleId);
    if (!summary) {
      byRule.set(finding.ruleId, {
        ruleId: finding.ruleId,
        category: finding.category,
        severity: finding.severity,
        message: finding.message,
        ...(finding.law && { law: finding.law }),
        count: 1,
        quotes: [quote],
        findings: [finding],
      });
      continue;
    }
    summary.count++;
    summary.findings.push(finding);
    if (!summary.quotes.includes(quote)) summary.quotes.push(quote);
    if (RANK[finding.severity] > RANK[summary.severity]) summary.severity = finding.severity;
  }
  return [...byRule.values()].sort((a, b) => RANK[b.severity] - RANK[a.severity] || a.findings[0]!.start - b.findings[0]!.start);
}
