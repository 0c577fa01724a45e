import { describe, expect, it } from 'vitest';
import { formatPath } from '../../../../content-kit/schema/format-path';

describe('formatPath', () => {
  it('writes paths as KIT-FORMAT.md does', () => {
    expect(formatPath([])).toBe('$');
    expect(formatPath(['items', 12, 'kind'])).toBe('items[12].kind');
    expect(formatPath(['items', 3, 'variables', 1, 'name'])).toBe('items[3].variables[1].name');
    expect(formatPath(['canvas', 'x-note'])).toBe('canvas.x-note');
    expect(formatPath(['__proto__'])).toBe('__proto__');
    expect(formatPath(['品牌'])).toBe('品牌');
  });

  it('quotes keys that could break a line or read as another path', () => {
    expect(formatPath(['a\nb'])).toBe('["a\\nb"]');
    expect(formatPath(['items', 0, 'a.b'])).toBe('items[0]["a.b"]');
    expect(formatPath(['x: y'])).toBe('["x: y"]');
    expect(formatPath([''])).toBe('[""]');
  });
});
