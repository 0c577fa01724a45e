/** Deepest nesting of `{`/`[` in JSON text, and where it first passes `limit`; strings are skipped. Iterative. */
export function jsonNestingDepth(text: string, limit: number): { depth: number; exceededAt: number } {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return { depth: max, exceededAt: i };
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return { depth: max, exceededAt: -1 };
}
