import { describe, expect, it } from 'vitest';
import { jsonNestingDepth } from '../../../../content-kit/schema/json-nesting-depth';

describe('jsonNestingDepth', () => {
  it('measures the deepest nesting of arrays and objects', () => {
    expect(jsonNestingDepth('1', 10)).toEqual({ depth: 0, exceededAt: -1 });
    expect(jsonNestingDepth('{"a":[{"b":[]}]}', 10)).toEqual({ depth: 4, exceededAt: -1 });
  });

  it('skips brackets inside strings, escaped quotes included', () => {
    expect(jsonNestingDepth('["[[[\\"[[", "{{"]', 10)).toEqual({ depth: 1, exceededAt: -1 });
  });

  it('stops at the first bracket past the limit', () => {
    expect(jsonNestingDepth('['.repeat(100_000), 32)).toEqual({ depth: 33, exceededAt: 32 });
    expect(jsonNestingDepth(' {"a":{"b":{', 2)).toEqual({ depth: 3, exceededAt: 11 });
  });
});
