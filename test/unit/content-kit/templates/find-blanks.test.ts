import { describe, expect, it } from 'vitest';
import { findBlanks } from '../../../../content-kit';

describe('findBlanks', () => {
  it('finds every {{name}} in order with UTF-16 offsets', () => {
    const body = '{{年份}}年，{{创始人}}在{{城市}}……';
    const blanks = findBlanks(body);
    expect(blanks.map((b) => b.name)).toEqual(['年份', '创始人', '城市']);
    for (const b of blanks) expect(body.slice(b.start, b.end)).toBe(`{{${b.name}}}`);
  });

  it('accepts names of letters in any script, digits and _', () => {
    expect(findBlanks('{{品牌}} {{name_1}} {{Ωμέγα}} {{2026}} {{社群_名}}').map((b) => b.name)).toEqual(['品牌', 'name_1', 'Ωμέγα', '2026', '社群_名']);
  });

  it('reports a name each time it is used', () => {
    expect(findBlanks('{{a}} and {{a}}').map((b) => b.start)).toEqual([0, 10]);
  });

  it('treats \\{{ as a literal {{', () => {
    expect(findBlanks('\\{{品牌}}')).toEqual([]);
    expect(findBlanks('\\{{a}} {{b}}').map((b) => b.name)).toEqual(['b']);
  });

  it('leaves {{…}} whose inside breaks the name rule as text', () => {
    expect(findBlanks('{{a b}} {{}} {{a-b}} {{ a }} {{a.b}}')).toEqual([]);
    expect(findBlanks(`{{${'字'.repeat(31)}}}`)).toEqual([]);
    expect(findBlanks(`{{${'字'.repeat(30)}}}`)).toHaveLength(1);
  });

  it('finds a blank after an emoji at the right offset', () => {
    const body = '😀{{名}}';
    expect(findBlanks(body)).toEqual([{ name: '名', start: 2, end: 7 }]);
  });

  it('finds blanks inside Markdown', () => {
    expect(findBlanks('**{{品牌}}** [{{链接}}](https://x) `{{代码}}`').map((b) => b.name)).toEqual(['品牌', '链接', '代码']);
  });

  it('finds the inner blank of extra braces', () => {
    expect(findBlanks('{{{x}}}')).toEqual([{ name: 'x', start: 1, end: 6 }]);
  });
});
