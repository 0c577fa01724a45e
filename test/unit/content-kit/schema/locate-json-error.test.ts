import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonError } from '../../../../content-kit/schema/locate-json-error';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('locateJsonError', () => {
  it('finds nothing in valid JSON and an error in invalid JSON, exactly when JSON.parse does', () => {
    const nearJson = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', '\\', ':', '01', '-', '1.', 'tru', '\u0001', ' '))
      .map(([json, at, junk]) => json.slice(0, at % (json.length + 1)) + junk + json.slice(at % (json.length + 1)));
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), nearJson), (text) => {
        expect(locateJsonError(text) === null).toBe(parses(text));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['{"a": 1,}', 8, 'expected a property name in double quotes'],
    ['{"a" 1}', 5, "expected ':' after a property name"],
    ['[1 2]', 3, "expected ',' or ']'"],
    ['{"a": "abc', 6, 'unterminated string'],
    ['"\\x"', 1, 'bad escape in string'],
    ['"\\u12"', 1, 'bad \\u escape in string'],
    ['"a\u0001"', 2, 'control character in string'],
    ['[', 1, 'unexpected end of input'],
    ['{} x', 3, 'unexpected content after the end of the JSON value'],
    ['-', 0, 'malformed number'],
    ['[.5]', 1, "unexpected character '.'"],
    ['[\u0007]', 1, 'unexpected character U+0007'],
    ['[😀]', 1, "unexpected character '😀'"],
  ])('%j: index %i, %s', (text, index, reason) => {
    expect(locateJsonError(text)).toEqual({ index, reason });
  });

  it('handles 100,000 levels of nesting iteratively', () => {
    expect(locateJsonError('['.repeat(100_000))).toEqual({ index: 100_000, reason: 'unexpected end of input' });
    expect(locateJsonError(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBeNull();
  });
});
