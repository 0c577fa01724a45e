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

// Folded code units, filled in as they are met (0 is "not yet": unit 0 folds to itself anyway).
const FOLDED = new Uint16Array(0x10000);

/**
 * The code unit a case-insensitive match compares: lower case, and full-width ASCII as ASCII (ＶＸ is vx).
 * One unit in, one unit out, so offsets into the folded text are offsets into the original.
 */
export function foldUnit(unit: number): number {
  if (unit < 0x80) return unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : unit;
  let folded = FOLDED[unit]!;
  if (folded === 0) {
    const ascii = unit >= 0xff01 && unit <= 0xff5e ? unit - 0xfee0 : unit;
    const lower = String.fromCharCode(ascii).toLowerCase();
    folded = lower.length === 1 ? lower.charCodeAt(0) : ascii;
    if (folded >= 0x41 && folded <= 0x5a) folded += 0x20;
    FOLDED[unit] = folded;
  }
  return folded;
}

// Dictionary-suffix walks are bounded so that a hostile list of nested phrases cannot make one position slow.
const MAX_OUTPUT_WALK = 64;
// A node keeps its children in a short linked list; past this many it also gets a map (the root, say).
const LIST_CHILDREN = 8;

/**
 * An Aho–Corasick automaton over the phrases (phrases are data, never patterns: nothing in them is special).
 * Empty phrases are ignored. Building is linear in the total length of the phrases. `groups[i]` is phrase
 * i's group; without it every phrase is its own.
 */
export function createLiteralMatcher(phrases: readonly string[], groups?: readonly number[]): LiteralMatcher {
  const groupOf = (phrase: number) => (groups ? groups[phrase]! : phrase);
  // At most one node per phrase character, so every table is allocated once at its final size.
  let capacity = 1;
  for (const phrase of phrases) capacity += phrase.length;
  const depth = new Int32Array(capacity);
  const own = new Int32Array(capacity).fill(-1);
  // Children as linked lists: first child, next sibling, and the unit leading in; wide nodes also get a map.
  const firstChild = new Int32Array(capacity).fill(-1);
  const sibling = new Int32Array(capacity).fill(-1);
  const unitOf = new Uint16Array(capacity);
  const childCount = new Int32Array(capacity);
  const wide = new Map<number, Map<number, number>>();
  let size = 1;
  const step = (node: number, unit: number): number => {
    const map = wide.get(node);
    if (map) return map.get(unit) ?? -1;
    for (let child = firstChild[node]!; child >= 0; child = sibling[child]!) if (unitOf[child] === unit) return child;
    return -1;
  };
  for (let p = 0; p < phrases.length; p++) {
    const phrase = phrases[p]!;
    if (!phrase) continue;
    let node = 0;
    for (let i = 0; i < phrase.length; i++) {
      const unit = foldUnit(phrase.charCodeAt(i));
      let child = step(node, unit);
      if (child < 0) {
        child = size++;
        depth[child] = depth[node]! + 1;
        sibling[child] = firstChild[node]!;
        unitOf[child] = unit;
        firstChild[node] = child;
        childCount[node]!++;
        if (childCount[node]! > LIST_CHILDREN) {
          let map = wide.get(node);
          if (!map) {
            map = new Map();
            for (let c = firstChild[node]!; c >= 0; c = sibling[c]!) map.set(unitOf[c]!, c);
            wide.set(node, map);
          } else map.set(unit, child);
        }
      }
      node = child;
    }
    if (own[node] === -1) own[node] = p;
  }
  const fail = new Int32Array(size);
  const output = new Int32Array(size).fill(-1);
  // The next node down the output chain whose phrase is of another group than this node's.
  const otherGroup = new Int32Array(size).fill(-1);
  const queue = new Int32Array(size);
  let tail = 0;
  for (let child = firstChild[0]!; child >= 0; child = sibling[child]!) queue[tail++] = child;
  for (let head = 0; head < tail; head++) {
    const node = queue[head]!;
    output[node] = own[fail[node]!]! >= 0 ? fail[node]! : output[fail[node]!]!;
    const below = output[node]!;
    if (own[node]! >= 0 && below > 0 && groupOf(own[below]!) === groupOf(own[node]!)) otherGroup[node] = otherGroup[below]!;
    else otherGroup[node] = below;
    for (let child = firstChild[node]!; child >= 0; child = sibling[child]!) {
      const unit = unitOf[child]!;
      let f = fail[node]!;
      let target = step(f, unit);
      while (target < 0 && f > 0) {
        f = fail[f]!;
        target = step(f, unit);
      }
      fail[child] = target >= 0 && target !== child ? target : 0;
      queue[tail++] = child;
    }
  }
  const scan = (text: string, visit: (start: number, end: number, phrase: number) => void) => {
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = foldUnit(text.charCodeAt(i));
      let next = step(node, unit);
      while (next < 0 && node > 0) {
        node = fail[node]!;
        next = step(node, unit);
      }
      node = next < 0 ? 0 : next;
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
