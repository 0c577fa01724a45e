import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8Length } from '../../../../content-kit/schema/utf8-length';

describe('utf8Length', () => {
  it('agrees with Buffer.byteLength for well-formed text and any prefix end', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.nat(), (text, cut) => {
        const end = cut % (text.length + 1);
        // A prefix never ends inside a surrogate pair in this comparison.
        const safe = end > 0 && /[\uD800-\uDBFF]/.test(text[end - 1]!) ? end - 1 : end;
        expect(utf8Length(text, safe)).toBe(Buffer.byteLength(text.slice(0, safe), 'utf8'));
      }),
    );
  });

  it('counts ASCII 1, CJK 3, emoji 4 bytes', () => {
    expect(utf8Length('a')).toBe(1);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('读')).toBe(3);
    expect(utf8Length('😀')).toBe(4);
  });

  it('counts a lone surrogate as the three bytes of its replacement', () => {
    expect(utf8Length('\uD800读')).toBe(Buffer.byteLength('\uD800读', 'utf8'));
    expect(utf8Length('\uD800a')).toBe(4);
    expect(utf8Length('\uDC00')).toBe(3);
  });
});
