import type { PlatformTarget } from '../platforms/platform-targets';
import { BUILTIN_LINT_RULES } from './builtin-lint-rules';
import { lintWithRules } from './lint-engine';
import type { LintFinding } from './lint-finding';
import { lintInsertionWithRules } from './lint-insertion';
import type { LintOptions } from './lint-options';
import type { LintRule } from './lint-rule';

/** Lints a text for a target with the built-in rules unless `rules` replaces them (see `lintWithRules`). */
export function lintText(text: string, target: PlatformTarget, rules: readonly LintRule[] = BUILTIN_LINT_RULES, options: LintOptions = {}): LintFinding[] {
  return lintWithRules(text, target, rules, options);
}

/** Lints what is about to be inserted with the built-in rules unless `rules` replaces them (see `lintInsertionWithRules`). */
export function lintInsertion(draft: string, inserted: string, target: PlatformTarget, rules: readonly LintRule[] = BUILTIN_LINT_RULES, options?: LintOptions): LintFinding[] {
  return lintInsertionWithRules(draft, inserted, target, rules, options);
}
