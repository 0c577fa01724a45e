import { countLength } from '../platforms/count-length';
import { overflowIndex } from '../platforms/overflow-index';
import type { PlatformTarget } from '../platforms/platform-targets';
import { PRICE_SIGNALS } from './rule-words';
import { applyLintOptions } from './lint-word-lists';
import type { LintFinding } from './lint-finding';
import type { LintOptions } from './lint-options';
import type { LintRule, LocalizedText, Severity } from './lint-rule';
import { lintHashtags } from './lint-hashtags';
import { DECORATION, TextContext, type Span } from './text-context';

interface CompiledRule {
  patterns: RegExp[];
  partners: RegExp[];
  context: RegExp[];
  unless: RegExp[];
  unlessBefore: RegExp[];
}

// A whole-message rule is about short chat messages; longer texts are never one, and are not scanned.
const MAX_WHOLE_LENGTH = 200;
// How far back a cue that cancels a match (unlessBefore) is looked for.
const BEFORE_WINDOW = 8;
// How far apart, across a sentence end on one line, a combination's two halves may be.
const NEARBY_CLAUSE = 24;
// Partners are looked for from this far before a sentence (a partner longer than this may be missed there).
const MAX_PARTNER_LENGTH = 40;
// A combination's message quotes its parts, at most this many.
const MAX_QUOTED_PIECES = 3;
// A merged finding's message quotes at most this many UTF-16 units of it.
const MAX_QUOTE = 24;
const MILDER: Record<Severity, Severity | undefined> = { error: 'warning', warning: 'info', info: undefined };
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

const compiled = new WeakMap<LintRule, CompiledRule>();

function compile(sources: readonly string[] | undefined, wrap?: (source: string) => string): RegExp[] {
  const found: RegExp[] = [];
  for (const source of sources ?? []) {
    try {
      found.push(new RegExp(wrap ? wrap(source) : source, 'giu'));
    } catch {
      // A user's rule with a broken pattern is skipped rather than breaking every lint.
    }
  }
  return found;
}

function compiledOf(rule: LintRule): CompiledRule {
  let found = compiled.get(rule);
  if (!found) {
    found = {
      patterns: compile(rule.patterns, rule.whole ? (s) => `^${DECORATION}*(?:${s})${DECORATION}*$` : undefined),
      partners: compile(rule.partners),
      context: compile(rule.context),
      unless: compile(rule.unless),
      unlessBefore: compile(rule.unlessBefore, (s) => `(?:${s})[\\s“”"'「『]*$`),
    };
    compiled.set(rule, found);
  }
  return found;
}

const PRICE = compile(PRICE_SIGNALS);

function matchesIn(regexes: readonly RegExp[], text: string): boolean {
  return regexes.some((regex) => {
    regex.lastIndex = 0;
    return regex.test(text);
  });
}

function spansOf(regexes: readonly RegExp[], text: string): Span[] {
  const spans: Span[] = [];
  for (const regex of regexes) {
    regex.lastIndex = 0;
    for (const match of text.matchAll(regex)) if (match[0]) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** The rule's message for one match, naming the law or platform rule behind it where there is one. */
const fill = (rule: LintRule, match: string): LocalizedText => ({
  zh: rule.message.zh.replaceAll('{match}', match) + (rule.law ? `（${rule.law.zh}）` : ''),
  en: rule.message.en.replaceAll('{match}', match) + (rule.law ? ` (${rule.law.en})` : ''),
});

function lintLength(text: string, target: PlatformTarget): LintFinding[] {
  const start = overflowIndex(text, target.counting, target.limit);
  if (start < 0) return [];
  const length = countLength(text, target.counting);
  return [
    {
      ruleId: 'length/over-limit',
      category: 'length',
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

/** Spans sorted, with overlapping or touching ones joined. */
function joinTouching(spans: Span[]): Span[] {
  const joined: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = joined.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else joined.push({ ...span });
  }
  return joined;
}

/** What one lint needs to know about its text, computed at most once. */
class Lint {
  readonly context: TextContext;
  private priced?: boolean;

  constructor(
    readonly text: string,
    readonly target: PlatformTarget,
  ) {
    this.context = new TextContext(text);
  }

  get hasPrice(): boolean {
    this.priced ??= matchesIn(PRICE, this.text);
    return this.priced;
  }

  /** The partners (sorted by start) apart from the match and in its sentence or a nearby clause. */
  partnersNear(match: Span, partners: readonly Span[]): Span[] {
    const sentence = this.context.sentence(match.start);
    const from = sentence.start - NEARBY_CLAUSE - MAX_PARTNER_LENGTH;
    const to = sentence.end + NEARBY_CLAUSE;
    let low = 0;
    let high = partners.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (partners[mid]!.start < from) low = mid + 1;
      else high = mid;
    }
    const near: Span[] = [];
    for (let i = low; i < partners.length && partners[i]!.start < to; i++) {
      const p = partners[i]!;
      if ((p.end <= match.start || p.start >= match.end) && this.context.near(match, p, NEARBY_CLAUSE)) near.push(p);
    }
    return near;
  }

  /** Whether a cue right before the span cancels it (不荐股). */
  denied(cues: readonly RegExp[], span: Span): boolean {
    return cues.length > 0 && matchesIn(cues, this.text.slice(Math.max(0, span.start - BEFORE_WINDOW), span.start));
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  findings(rule: LintRule): LintFinding[] {
    const { patterns, partners, context, unless, unlessBefore } = compiledOf(rule);
    let matches: Span[];
    if (rule.whole) {
      const subject = this.text.trim();
      if (!subject || subject.length > MAX_WHOLE_LENGTH) return [];
      const offset = this.text.indexOf(subject);
      matches = matchesIn(patterns, subject) ? [{ start: offset, end: offset + subject.length }] : [];
    } else matches = spansOf(patterns, this.text);
    if (!matches.length) return [];
    const partnerSpans = rule.partners
      ? spansOf(partners, this.text)
          .filter((p) => !this.denied(unlessBefore, p))
          .sort((a, b) => a.start - b.start)
      : [];
    const findings: LintFinding[] = [];
    for (const match of matches) {
      if (unless.length && matchesIn(unless, this.slice(this.context.around(match.start)))) continue;
      if (this.denied(unlessBefore, match)) continue;
      let severity: Severity | undefined = rule.severity;
      let span = match;
      let quoted = this.slice(match);
      if (rule.partners) {
        const near = this.partnersNear(match, partnerSpans);
        if (near.length) {
          const pieces = joinTouching([match, ...near]);
          span = { start: pieces[0]!.start, end: pieces.at(-1)!.end };
          quoted = pieces.slice(0, MAX_QUOTED_PIECES).map((piece) => this.slice(piece)).join('…');
        } else severity = rule.alone;
      }
      if (!this.hasPrice) {
        if (rule.promotional && this.target.groupChat && severity) severity = MILDER[severity];
        if (rule.context && severity && !matchesIn(context, this.slice(this.context.sentence(match.start)))) severity = MILDER[severity];
      }
      if (!severity) continue;
      const replacement = span === match && rule.fixes && Object.hasOwn(rule.fixes, quoted) ? rule.fixes[quoted] : undefined;
      findings.push({
        ruleId: rule.id,
        category: rule.category,
        severity,
        start: span.start,
        end: span.end,
        message: fill(rule, quoted),
        ...(rule.law && { law: rule.law }),
        ...(replacement !== undefined && {
          fix: { replacement, label: { zh: `改为“${replacement}”`, en: `Replace with "${replacement}"` } },
        }),
      });
    }
    return findings;
  }
}

/** One rule's overlapping hits become one finding over their widest extent. */
function mergeByRule(findings: LintFinding[], rules: ReadonlyMap<LintFinding, LintRule>, text: string): LintFinding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: LintFinding[] = [];
  const lastOfRule = new Map<string, LintFinding>();
  for (const finding of findings) {
    const last = lastOfRule.get(finding.ruleId);
    if (last && finding.start < last.end) {
      if (RANK[finding.severity] > RANK[last.severity]) last.severity = finding.severity;
      if (finding.end > last.end) {
        last.end = finding.end;
        delete last.fix;
        const rule = rules.get(last);
        const quoted = text.slice(last.start, last.end);
        if (rule) last.message = fill(rule, quoted.length > MAX_QUOTE ? `${quoted.slice(0, MAX_QUOTE)}…` : quoted);
      }
      continue;
    }
    lastOfRule.set(finding.ruleId, finding);
    kept.push(finding);
  }
  return kept;
}

/** Where findings of one category overlap, the most severe (then the widest, then the first) speaks for them. */
function dropCovered(findings: LintFinding[]): LintFinding[] {
  const order = new Map(findings.map((f, i) => [f, i]));
  const outranks = (g: LintFinding, f: LintFinding) =>
    RANK[g.severity] - RANK[f.severity] || g.end - g.start - (f.end - f.start) || order.get(f)! - order.get(g)!;
  // Sorted by start, a finding can only overlap those after it until one starts past its end.
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  const dropped = new Set<LintFinding>();
  for (let i = 0; i < sorted.length; i++) {
    const f = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.start < f.end; j++) {
      const g = sorted[j]!;
      if (g.category !== f.category) continue;
      dropped.add(outranks(g, f) > 0 ? f : g);
    }
  }
  return findings.filter((f) => !dropped.has(f));
}

/**
 * Checks text before it is inserted: the target's length limit and hashtag form, then the pattern rules, then
 * the team's word lists; phrases in `options.allow` silence whatever overlaps them. Findings come sorted by
 * position. The rules are a parameter so that the content script can take them as data from the background
 * instead of bundling them (`lintText` supplies the built-in ones).
 */
export function lintWithRules(text: string, target: PlatformTarget, rules: readonly LintRule[], options: LintOptions = {}): LintFinding[] {
  const lint = new Lint(text, target);
  const ruleOf = new Map<LintFinding, LintRule>();
  const found: LintFinding[] = [];
  for (const rule of rules) {
    if (rule.groupChatOnly && !target.groupChat) continue;
    if (rule.sites && !rule.sites.includes(target.site)) continue;
    for (const finding of lint.findings(rule)) {
      ruleOf.set(finding, rule);
      found.push(finding);
    }
  }
  const findings = [...lintLength(text, target), ...lintHashtags(text, target.hashtag), ...dropCovered(mergeByRule(found, ruleOf, text))];
  return applyLintOptions(text, findings, options).sort((a, b) => a.start - b.start || b.end - a.end);
}
