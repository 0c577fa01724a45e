import type { LintFinding } from './lint-finding';

/** The text with one finding's fix applied (unchanged when the finding has none). */
export function applyLintFix(text: string, finding: LintFinding): string {
  if (!finding.fix) return text;
  return text.slice(0, finding.start) + finding.fix.replacement + text.slice(finding.end);
}
