import type { LocalizedText, Severity } from './lint-rule';

/** One problem in a text; `start`/`end` are UTF-16 offsets (end exclusive), ready for editor decorations. */
export interface LintFinding {
  ruleId: string;
  severity: Severity;
  start: number;
  end: number;
  message: LocalizedText;
  fix?: { replacement: string; label: LocalizedText };
}
