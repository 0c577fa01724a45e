import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointLength } from '../../../../content-kit';

describe('codePointLength', () => {
  it('counts code points, as [...text] does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(codePointLength(text)).toBe([...text].length);
      }),
    );
  });

  it('counts an emoji as one and a lone surrogate as one', () => {
    expect(codePointLength('😀')).toBe(1);
    expect(codePointLength('读书😀a')).toBe(4);
    expect(codePointLength('\uD800')).toBe(1);
    expect(codePointLength('')).toBe(0);
  });
});
