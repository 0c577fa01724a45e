import type { Kit, LintFinding, LintWordList } from '../../content-kit';

/**
 * The user's and the enabled kits' say over the lint, as plain JSON (it travels in the sidebar's snapshot).
 * Passed to content-kit's lintText as its LintOptions; keep one object per settings change (matchers are
 * compiled per array).
 */
export interface LintSettings {
  /** The user's always-allowed phrases, then the enabled kits' `lint.allow`, each phrase once. */
  allow: string[];
  /** The enabled kits' `lint.words`, in kit order. */
  wordLists: LintWordList[];
}

/** A user's allowed phrase is kept to this many characters (a kit's are at most 30, by the format). */
export const MAX_ALLOWED_PHRASE = 100;

/** The phrase to allow, trimmed, or undefined when there is nothing usable to allow. */
export function allowablePhrase(phrase: string): string | undefined {
  const trimmed = phrase.trim();
  return trimmed && trimmed.length <= MAX_ALLOWED_PHRASE ? trimmed : undefined;
}

/** The user's allow-list with phrases added (trimmed, each once, order kept). */
export function addAllowed(allow: readonly string[], phrases: readonly string[]): string[] {
  const next = [...allow];
  for (const phrase of phrases) {
    const usable = allowablePhrase(phrase);
    if (usable && !next.includes(usable)) next.push(usable);
  }
  return next;
}

/**
 * The lint settings of these kits (the enabled ones, in their order) merged with the user's allow-list. A kit
 * is untrusted: phrases and lists of the wrong shape are left out rather than trusted.
 */
export function lintSettingsFor(kits: readonly Pick<Kit, 'lint'>[], userAllow: readonly string[] = []): LintSettings {
  const allow = new Set<string>();
  for (const phrase of userAllow) if (typeof phrase === 'string' && phrase) allow.add(phrase);
  const wordLists: LintWordList[] = [];
  for (const kit of kits) {
    for (const phrase of kit.lint?.allow ?? []) if (typeof phrase === 'string' && phrase) allow.add(phrase);
    for (const list of kit.lint?.words ?? []) {
      if (typeof list?.id !== 'string' || !Array.isArray(list.words)) continue;
      wordLists.push({
        id: list.id,
        words: list.words.filter((w): w is string => typeof w === 'string' && w.length > 0),
        severity: list.severity,
        ...(list.category && { category: list.category }),
        ...(list.message && { message: { ...(list.message.zh && { zh: list.message.zh }), ...(list.message.en && { en: list.message.en }) } }),
      });
    }
  }
  return { allow: [...allow], wordLists };
}

/**
 * What "ignore once" remembers of a finding: its rule and the words it found, so it stays ignored while the
 * text around it changes. A length finding is its rule alone (its words move with every keystroke).
 */
export function ignoreKey(text: string, finding: Pick<LintFinding, 'ruleId' | 'category' | 'start' | 'end'>): string {
  return finding.category === 'length' ? finding.ruleId : `${finding.ruleId}\u0000${text.slice(finding.start, finding.end)}`;
}
