import { characterHalves } from './character-halves';
import type { CountingRule } from './platform-targets';

/** Length of `text` as the target counts it (Weibo rounds half characters up). */
export function countLength(text: string, rule: CountingRule): number {
  let halves = 0;
  for (const ch of text) halves += characterHalves(ch, rule);
  return Math.ceil(halves / 2);
}
