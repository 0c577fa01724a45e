/** Folds width and case so ＡＢＣ, abc and ABC index alike (NFKC also turns full-width digits half-width). */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Han, kana and hangul: indexed as character bigrams. Code-point ranges, as a regex per character is slow. */
export function isCjk(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x1100 && c <= 0x11ff) ||
    (c >= 0x31f0 && c <= 0x31ff)
  );
}

const OTHER_LETTER = /[\p{L}\p{N}]/u;

/** Letters and digits outside CJK: indexed as whole words. */
function isWordChar(c: number, ch: string): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  return c >= 0xc0 && OTHER_LETTER.test(ch);
}

/**
 * The index terms of already-normalized text: CJK character bigrams (a lone CJK character counts as a
 * unigram) and Latin or digit words of two or more characters. `Intl.Segmenter` splits domain words such as
 * 社群 (DESIGN.md), so bigrams are the base and a domain lexicon adds concepts on top.
 */
export function textGrams(text: string, emit: (gram: string, index: number) => void): void {
  let runStart = -1;
  let wordStart = -1;
  const flushRun = (end: number) => {
    if (runStart < 0) return;
    if (end - runStart === 1) emit(text[runStart]!, runStart);
    for (let i = runStart; i + 1 < end; i++) emit(text.slice(i, i + 2), i);
    runStart = -1;
  };
  const flushWord = (end: number) => {
    if (wordStart >= 0 && end - wordStart >= 2) emit(text.slice(wordStart, end), wordStart);
    wordStart = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isCjk(c)) {
      flushWord(i);
      if (runStart < 0) runStart = i;
    } else if (isWordChar(c, text[i]!)) {
      flushRun(i);
      if (wordStart < 0) wordStart = i;
    } else {
      flushRun(i);
      flushWord(i);
    }
  }
  flushRun(text.length);
  flushWord(text.length);
}
