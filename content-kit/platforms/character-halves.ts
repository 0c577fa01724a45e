import type { CountingRule } from './platform-targets';

// Weibo counts a half-width (ASCII) character as one half of a character.
const HALF_WIDTH = /^[\x20-\x7e]$/;

/** How many half-characters one code point counts for under `rule`. */
export function characterHalves(ch: string, rule: CountingRule): number {
  return rule === 'weibo' && HALF_WIDTH.test(ch) ? 1 : 2;
}
