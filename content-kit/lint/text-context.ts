/**
 * One emoji as people see it: a pictograph with its variation selector and skin tone, ZWJ sequences
 * (👩‍💻), and flags, so ❤️ and 👍🏻 count as one symbol. A regular-expression source for the `u` flag.
 */
export const EMOJI_SEQUENCE =
  '(?:\\p{Regional_Indicator}{2}|\\p{Extended_Pictographic}[\\uFE0F\\p{Emoji_Modifier}]*(?:\\u200D\\p{Extended_Pictographic}[\\uFE0F\\p{Emoji_Modifier}]*)*)';

/** A WeChat sticker code such as [玫瑰] or [强]. */
export const STICKER_CODE = '\\[[^\\]\\s]{1,4}\\]';

/** What may surround a whole-message rule's words: space, punctuation, symbols, emoji and stickers. */
export const DECORATION = `(?:${EMOJI_SEQUENCE}|${STICKER_CODE}|[\\s\\p{P}\\p{S}\\uFE0F\\u200D\\p{Emoji_Modifier}])`;

// Sentence ends; an ASCII full stop is left out because it is part of Latin words such as no.1 and 3.5.
const SENTENCE_END = /[。！？!?；;…\n]+/g;

// How many sentences on each side `around` takes in.
const AROUND = 2;

/** A span of the text: UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** The sentences and lines of a text, for rules that look at what surrounds a match. */
export class TextContext {
  private readonly sentenceStarts: number[] = [0];
  private readonly sentenceEnds: number[] = [];
  private readonly newlines: number[] = [];

  constructor(readonly text: string) {
    for (const end of text.matchAll(SENTENCE_END)) {
      this.sentenceEnds.push(end.index + end[0].length);
      this.sentenceStarts.push(end.index + end[0].length);
    }
    this.sentenceEnds.push(text.length);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.newlines.push(i);
  }

  /** How many line breaks come before the offset. */
  private lineIndex(offset: number): number {
    let low = 0;
    let high = this.newlines.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.newlines[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Index of the sentence holding the offset. */
  sentenceIndex(offset: number): number {
    let low = 0;
    let high = this.sentenceStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.sentenceStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** The sentence holding the offset. */
  sentence(offset: number): Span {
    const i = this.sentenceIndex(offset);
    return { start: this.sentenceStarts[i]!, end: this.sentenceEnds[i]! };
  }

  /** The sentence holding the offset with up to two sentences before and after it on the same line. */
  around(offset: number): Span {
    const i = this.sentenceIndex(offset);
    let first = i;
    let last = i;
    for (let step = 0; step < AROUND; step++) {
      if (first > 0 && !this.text.slice(this.sentenceStarts[first - 1]!, this.sentenceStarts[first]!).includes('\n')) first--;
      if (last + 1 < this.sentenceStarts.length && !this.text.slice(this.sentenceStarts[last]!, this.sentenceEnds[last]!).includes('\n')) last++;
    }
    return { start: this.sentenceStarts[first]!, end: this.sentenceEnds[last]! };
  }

  /** Whether two spans are in one sentence, or in neighbouring clauses on one line at most `gap` apart. */
  near(a: Span, b: Span, gap: number): boolean {
    if (this.sentenceIndex(a.start) === this.sentenceIndex(b.start)) return true;
    const [first, second] = a.start < b.start ? [a, b] : [b, a];
    return second.start - first.end <= gap && this.lineIndex(first.end) === this.lineIndex(second.start);
  }
}
