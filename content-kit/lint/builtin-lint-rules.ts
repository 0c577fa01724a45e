import type { LintRule } from './lint-rule';
import { AD_LAW_RULES } from './ad-law-rules';
import { FRAUD_RULES } from './fraud-rules';
import { CLAIM_RULES } from './claims-rules';
import { NOISE_RULES } from './noise-rules';

export { PRICE_SIGNALS } from './rule-words';

/**
 * The rules that ship with the product (DOMAIN.md, "Judgement: what a community manager accepts from a
 * linter"). Each word that is usually everyday Chinese is a claim only in the contexts its rule names.
 */
export const BUILTIN_LINT_RULES: LintRule[] = [...AD_LAW_RULES, ...FRAUD_RULES, ...CLAIM_RULES, ...NOISE_RULES];
