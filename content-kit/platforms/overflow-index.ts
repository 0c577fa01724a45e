import { characterHalves } from './character-halves';
import type { CountingRule } from './platform-targets';

/** The UTF-16 index of the first character past `limit`, or -1 when the text fits. */
export function overflowIndex(text: string, rule: CountingRule, limit: number): number {
  let halves = 0;
  let index = 0;
  for (const ch of text) {
    halves += characterHalves(ch, rule);
    if (Math.ceil(halves / 2) > limit) return index;
    index += ch.length;
  }
  return -1;
}
