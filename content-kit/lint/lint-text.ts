import { countLength } from '../platforms/count-length';
import { overflowIndex } from '../platforms/overflow-index';
import type { PlatformTarget } from '../platforms/platform-targets';
import { BUILTIN_LINT_RULES } from './builtin-lint-rules';
import type { LintFinding } from './lint-finding';
import type { LintRule, LocalizedText } from './lint-rule';
import { lintHashtags } from './lint-hashtags';

const compiled = new WeakMap<LintRule, RegExp[]>();

function regexesOf(rule: LintRule): RegExp[] {
  let found = compiled.get(rule);
  if (!found) {
    found = [];
    for (const source of rule.patterns) {
      try {
        found.push(new RegExp(rule.whole ? `^(?:${source})$` : source, 'gu'));
      } catch {
        // A user's rule with a broken pattern is skipped rather than breaking every lint.
      }
    }
    compiled.set(rule, found);
  }
  return found;
}

const fill = (message: LocalizedText, match: string): LocalizedText => ({
  zh: message.zh.replaceAll('{match}', match),
  en: message.en.replaceAll('{match}', match),
});

function lintLength(text: string, target: PlatformTarget): LintFinding[] {
  const start = overflowIndex(text, target.counting, target.limit);
  if (start < 0) return [];
  const length = countLength(text, target.counting);
  return [
    {
      ruleId: 'length/over-limit',
      severity: 'error',
      start,
      end: text.length,
      message: {
        zh: `${length} 字，超过${target.label.zh}的 ${target.limit} 字上限`,
        en: `${length} characters, over the ${target.limit}-character limit of a ${target.label.en}`,
      },
    },
  ];
}

function lintPatterns(text: string, rule: LintRule): LintFinding[] {
  const findings: LintFinding[] = [];
  const subject = rule.whole ? text.trim() : text;
  const offset = rule.whole ? text.indexOf(subject) : 0;
  for (const regex of regexesOf(rule)) {
    regex.lastIndex = 0;
    for (const match of subject.matchAll(regex)) {
      if (match[0] === '') continue;
      const start = offset + match.index;
      const replacement = rule.fixes && Object.hasOwn(rule.fixes, match[0]) ? rule.fixes[match[0]] : undefined;
      findings.push({
        ruleId: rule.id,
        severity: rule.severity,
        start,
        end: start + match[0].length,
        message: fill(rule.message, match[0]),
        ...(replacement !== undefined && {
          fix: { replacement, label: { zh: `改为“${replacement}”`, en: `Replace with "${replacement}"` } },
        }),
      });
    }
  }
  return findings;
}

/**
 * Checks text before it is inserted: the target's length limit and hashtag form, then the pattern rules
 * (the built-in ones unless `rules` replaces them). Findings come sorted by position.
 */
export function lintText(text: string, target: PlatformTarget, rules: readonly LintRule[] = BUILTIN_LINT_RULES): LintFinding[] {
  const findings = [...lintLength(text, target), ...lintHashtags(text, target.hashtag)];
  const ruleOf = new Map<LintFinding, LintRule>();
  for (const rule of rules) {
    if (rule.groupChatOnly && !target.groupChat) continue;
    for (const finding of lintPatterns(text, rule)) {
      ruleOf.set(finding, rule);
      findings.push(finding);
    }
  }
  // One rule's overlapping hits (two patterns on one phrase) are reported once, as their widest extent.
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: LintFinding[] = [];
  const lastOfRule = new Map<string, LintFinding>();
  for (const finding of findings) {
    const last = lastOfRule.get(finding.ruleId);
    if (last && finding.start < last.end) {
      if (finding.end > last.end) {
        last.end = finding.end;
        delete last.fix;
        const rule = ruleOf.get(last);
        if (rule) last.message = fill(rule.message, text.slice(last.start, last.end));
      }
      continue;
    }
    lastOfRule.set(finding.ruleId, finding);
    kept.push(finding);
  }
  return kept;
}
