// Han, kana and hangul runs are indexed as character bigrams; Latin letters and digits as whole words.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{N}]/u;

/**
 * The index terms of already-normalized text: CJK character bigrams (a lone CJK character counts as a
 * unigram) and Latin or digit words of two or more characters. `Intl.Segmenter` splits domain words such as
 * 社群 (DESIGN.md), so bigrams are the base and a domain lexicon adds concepts on top.
 */
export function textGrams(text: string, emit: (gram: string, index: number) => void): void {
  let run = '';
  let runStart = 0;
  let word = '';
  let wordStart = 0;
  const flushRun = () => {
    if (run.length === 1) emit(run, runStart);
    for (let i = 0; i + 1 < run.length; i++) emit(run.slice(i, i + 2), runStart + i);
    run = '';
  };
  const flushWord = () => {
    if (word.length >= 2) emit(word, wordStart);
    word = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (CJK.test(ch)) {
      flushWord();
      if (!run) runStart = i;
      run += ch;
    } else if (WORD.test(ch)) {
      flushRun();
      if (!word) wordStart = i;
      word += ch;
    } else {
      flushRun();
      flushWord();
    }
  }
  flushRun();
  flushWord();
}
