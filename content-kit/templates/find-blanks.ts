/** One `{{name}}` blank in a body; offsets are UTF-16 indices, `end` exclusive. */
export interface Blank {
  name: string;
  start: number;
  end: number;
}

// `\{{` is a literal `{{`; a name that breaks the rule (a space, say) leaves the braces as literal text.
const BLANK = /(\\?)\{\{([\p{L}\p{Nd}_]{1,30})\}\}/gu;

/** Every blank in a Markdown body, in order. */
export function findBlanks(body: string): Blank[] {
  const blanks: Blank[] = [];
  for (const match of body.matchAll(BLANK)) {
    if (match[1]) continue;
    blanks.push({ name: match[2]!, start: match.index, end: match.index + match[0].length });
  }
  return blanks;
}
