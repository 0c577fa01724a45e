import { describe, expect, test } from 'vitest';
import { itemKey, lowerBound, parseItemKey } from '../../../../content-kit';

describe('item keys', () => {
  test('split back into kit and item ids, and refuse anything else', () => {
    expect(parseItemKey(itemKey('club', 'constructor'))).toEqual({ kitId: 'club', id: 'constructor' });
    for (const bad of ['club', '/x', 'club/', 'a/b/c', 42, undefined]) expect(parseItemKey(bad)).toBeUndefined();
  });
});

describe('lowerBound', () => {
  test('finds the first index where the predicate turns false', () => {
    const sorted = [1, 3, 3, 5, 8];
    expect(lowerBound(sorted.length, (i) => sorted[i]! < 3)).toBe(1);
    expect(lowerBound(sorted.length, (i) => sorted[i]! < 9)).toBe(5);
    expect(lowerBound(sorted.length, (i) => sorted[i]! < 0)).toBe(0);
    expect(lowerBound(0, () => true)).toBe(0);
  });
});
