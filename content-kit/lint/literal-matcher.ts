/** One occurrence of a phrase: UTF-16 offsets into the text (end exclusive) and the index of its phrase. */
export interface LiteralMatch {
  start: number;
  end: number;
  phrase: number;
}

/**
 * Finds literal phrases in a text, case-insensitively, in one pass whatever the number of phrases. Phrases
 * given the same group are interchangeable to the caller: at one end position only the longest of a group is
 * reported (the shorter ones lie inside it), so nested hostile phrases cost nothing extra.
 */
export interface LiteralMatcher {
  /** Phrase occurrences in order of end, longest first at each end (at most 64 groups at one position). */
  find(text: string): LiteralMatch[];
  /** The same occurrences, handed to `visit` one by one without building a list. */
  scan(text: string, visit: (start: number, end: number, phrase: number) => void): void;
}

const FOLDED = new Map<number, number>();

/**
 * The code unit a case-insensitive match compares: lower case, and full-width ASCII as ASCII (ＶＸ is vx).
 * One unit in, one unit out, so offsets into the folded text are offsets into the original.
 */
export function foldUnit(unit: number): number {
  if (unit < 0x80) return unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : unit;
  let folded = FOLDED.get(unit);
  if (folded === undefined) {
    const ascii = unit >= 0xff01 && unit <= 0xff5e ? unit - 0xfee0 : unit;
    const lower = String.fromCharCode(ascii).toLowerCase();
    folded = lower.length === 1 ? lower.charCodeAt(0) : ascii;
    if (folded >= 0x41 && folded <= 0x5a) folded += 0x20;
    FOLDED.set(unit, folded);
  }
  return folded;
}

// Dictionary-suffix walks are bounded so that a hostile list of nested phrases cannot make one position slow.
const MAX_OUTPUT_WALK = 64;

/**
 * An Aho–Corasick automaton over the phrases (phrases are data, never patterns: nothing in them is special).
 * Empty phrases are ignored. Building is linear in the total length of the phrases. `groups[i]` is phrase
 * i's group; without it every phrase is its own.
 */
export function createLiteralMatcher(phrases: readonly string[], groups?: readonly number[]): LiteralMatcher {
  const groupOf = (phrase: number) => (groups ? groups[phrase]! : phrase);
  const next: Map<number, number>[] = [new Map()];
  const depth: number[] = [0];
  const own: number[] = [-1];
  for (let p = 0; p < phrases.length; p++) {
    const phrase = phrases[p]!;
    if (!phrase) continue;
    let node = 0;
    for (let i = 0; i < phrase.length; i++) {
      const unit = foldUnit(phrase.charCodeAt(i));
      let child = next[node]!.get(unit);
      if (child === undefined) {
        child = next.length;
        next.push(new Map());
        depth.push(depth[node]! + 1);
        own.push(-1);
        next[node]!.set(unit, child);
      }
      node = child;
    }
    if (own[node] === -1) own[node] = p;
  }
  const fail = new Int32Array(next.length);
  const output = new Int32Array(next.length).fill(-1);
  // The next node down the output chain whose phrase is of another group than this node's.
  const otherGroup = new Int32Array(next.length).fill(-1);
  const queue: number[] = [];
  for (const child of next[0]!.values()) queue.push(child);
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    output[node] = own[fail[node]!]! >= 0 ? fail[node]! : output[fail[node]!]!;
    const below = output[node]!;
    if (own[node]! >= 0 && below > 0 && groupOf(own[below]!) === groupOf(own[node]!)) otherGroup[node] = otherGroup[below]!;
    else otherGroup[node] = below;
    for (const [unit, child] of next[node]!) {
      let f = fail[node]!;
      while (f > 0 && !next[f]!.has(unit)) f = fail[f]!;
      const target = next[f]!.get(unit);
      fail[child] = target !== undefined && target !== child ? target : 0;
      queue.push(child);
    }
  }
  const scan = (text: string, visit: (start: number, end: number, phrase: number) => void) => {
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = foldUnit(text.charCodeAt(i));
      while (node > 0 && !next[node]!.has(unit)) node = fail[node]!;
      node = next[node]!.get(unit) ?? 0;
      let hit = own[node]! >= 0 ? node : output[node]!;
      for (let walked = 0; hit > 0 && walked < MAX_OUTPUT_WALK; walked++) {
        visit(i + 1 - depth[hit]!, i + 1, own[hit]!);
        hit = otherGroup[hit]!;
      }
    }
  };
  return {
    scan,
    find(text) {
      const matches: LiteralMatch[] = [];
      scan(text, (start, end, phrase) => matches.push({ start, end, phrase }));
      return matches;
    },
  };
}
