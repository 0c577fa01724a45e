import type { LintCategory, LocalizedText, Severity } from './lint-rule';

/** One problem in a text; `start`/`end` are UTF-16 offsets (end exclusive), ready for editor decorations. */
export interface LintFinding {
  ruleId: string;
  category: LintCategory;
  severity: Severity;
  start: number;
  end: number;
  message: LocalizedText;
  /** The law or platform rule behind the finding, when there is one. */
  law?: LocalizedText;
  fix?: { replacement: string; label: LocalizedText };
}
