import { describe, expect, it } from 'vitest';
import { createHighlighter, highlightTerms } from '../../../../content-kit';

const marked = (text: string, spans: [number, number][]) => spans.map(([a, b]) => text.slice(a, b));

describe('highlight terms', () => {
  it('keeps meaningful draft pairs and drops function words, pronouns and dates', () => {
    const terms = highlightTerms('', '我们在一个周末办了2025年的读书会');
    expect(terms.has('读书')).toBe(true);
    expect(terms.has('周末')).toBe(true);
    for (const stop of ['我们', '一个', '在', '年', '们在']) expect(terms.has(stop)).toBe(false);
  });

  it('keeps what the user searched for, unless it is only a function word', () => {
    expect(highlightTerms('读下去', '').has('下去')).toBe(true);
    expect(highlightTerms('一个', '').size).toBe(0);
  });

  it('never marks text inside a {{blank}}, even a blank cut off at the end of a preview', () => {
    const mark = createHighlighter(highlightTerms('', '社群运营'));
    const text = '欢迎加入{{社群名}}，社群的第一课{{社群';
    expect(marked(text, mark(text))).toEqual(['社群']);
    expect(mark(text)[0]![0]).toBe(text.indexOf('，社群') + 1);
  });
});
