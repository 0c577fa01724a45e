import { countLength } from '../platforms/count-length';
import type { PlatformTarget } from '../platforms/platform-targets';
import type { LintFinding } from './lint-finding';
import type { LintOptions } from './lint-options';
import type { LintRule } from './lint-rule';
import { lintWithRules } from './lint-engine';

/**
 * Lints what is about to be inserted: the words of the inserted text itself, and the length of the draft as
 * it will be afterwards (an insertion that pushes the post over the limit is an error even if it is short).
 */
export function lintInsertionWithRules(
  draft: string,
  inserted: string,
  target: PlatformTarget,
  rules: readonly LintRule[],
  options?: LintOptions,
): LintFinding[] {
  const findings = lintWithRules(inserted, target, rules, options).filter((f) => f.ruleId !== 'length/over-limit');
  const total = countLength(draft, target.counting) + countLength(inserted, target.counting);
  if (total > target.limit)
    findings.unshift({
      ruleId: 'length/over-limit',
      category: 'length',
      severity: 'error',
      start: 0,
      end: inserted.length,
      message: {
        zh: `插入后共 ${total} 字，超过${target.label.zh}的 ${target.limit} 字上限`,
        en: `${total} characters after inserting, over the ${target.limit}-character limit of a ${target.label.en}`,
      },
    });
  return findings;
}
