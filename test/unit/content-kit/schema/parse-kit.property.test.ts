import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportKit, kitFormatVersion, parseKit, type ParseKitResult } from '../../../../content-kit';
import { jsonArbitrary, kitArbitrary } from './kit-arbitrary';

const ERROR_LINE = /^[^\s:]+: [^\n\r]+$/;
const FIXTURE = readFileSync(new URL('../../../fixtures/kits/reading-club.kit.json', import.meta.url), 'utf8');

/** The outcome must be a whole kit or a list of `path: reason` lines, and must leave prototypes alone. */
function expectWellFormed(result: ParseKitResult): void {
  if (result.ok) {
    expect(Array.isArray(result.kit.items)).toBe(true);
    for (const path of result.dropped) expect(path).not.toMatch(/[\n\r]/);
    // An accepted kit is valid: exporting and reading it again gives it back, at the version its content needs.
    const again = parseKit(exportKit(result.kit));
    expect(again.ok && again.kit).toEqual({ ...result.kit, formatVersion: kitFormatVersion(result.kit) });
  } else {
    expect(result).not.toHaveProperty('kit');
    expect(result.errors.length).toBeGreaterThan(0);
    for (const line of result.errors) expect(line).toMatch(ERROR_LINE);
  }
  expect(Object.prototype).not.toHaveProperty('polluted');
}

type Segment = string | number;

/** Every node below the root of a JSON value, as the path to it. */
function pathsOf(value: unknown, prefix: Segment[] = [], out: Segment[][] = []): Segment[][] {
  if (Array.isArray(value)) value.forEach((v, i) => (out.push([...prefix, i]), pathsOf(v, [...prefix, i], out)));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push([...prefix, k]), pathsOf(v, [...prefix, k], out);
  return out;
}

/** The container holding the node at `path`, and the node's key in it. */
function parentOf(root: unknown, path: Segment[]): { parent: Record<string | number, unknown>; key: Segment } {
  let node = root as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  return { parent: node, key: path[path.length - 1]! };
}

const pick = <T>(list: T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

const KEYS = fc.constantFrom('__proto__', 'constructor', 'prototype', 'x-ext', 'id', 'items', 'variables', 'polluted', 'format', 'kind', '');

type Mutation =
  | { type: 'delete'; at: number }
  | { type: 'retype'; at: number; value: unknown }
  | { type: 'insert'; at: number; key: string; value: unknown }
  | { type: 'truncate'; at: number }
  | { type: 'flip'; flips: [number, number][] };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ type: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ type: fc.constant('retype' as const), at: fc.nat(), value: jsonArbitrary }),
  fc.record({ type: fc.constant('insert' as const), at: fc.nat(), key: fc.oneof(KEYS, fc.string({ maxLength: 5 })), value: jsonArbitrary }),
  fc.record({ type: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ type: fc.constant('flip' as const), flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 }) }),
);

/** Applies one mutation to a kit, giving the text or bytes a reader would meet. */
function mutate(kit: Record<string, unknown>, m: Mutation): string | Uint8Array {
  const value = structuredClone(kit);
  const paths = pathsOf(value);
  switch (m.type) {
    case 'delete':
    case 'retype': {
      const path = pick(paths, m.at);
      if (!path) return JSON.stringify(value);
      const { parent, key } = parentOf(value, path);
      if (m.type === 'retype') parent[key] = m.value;
      else if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      return JSON.stringify(value);
    }
    case 'insert': {
      const objects = [[], ...paths].filter((p) => {
        const node = p.length ? (parentOf(value, p).parent[p[p.length - 1]!] as unknown) : value;
        return !!node && typeof node === 'object' && !Array.isArray(node);
      });
      const path = pick(objects, m.at)!;
      // Written into the text so that `__proto__` arrives as JSON.parse makes it: an own key.
      const marker = '"__MUTATION_MARKER__"';
      if (path.length === 0) (value as Record<string, unknown>).__MUTATION_MARKER__ = 0;
      else (parentOf(value, path).parent[path[path.length - 1]!] as Record<string, unknown>).__MUTATION_MARKER__ = 0;
      return JSON.stringify(value).replace(`${marker}:0`, `${JSON.stringify(m.key)}:${JSON.stringify(m.value)}`);
    }
    case 'truncate': {
      const text = JSON.stringify(value, null, 1);
      return text.slice(0, m.at % (text.length + 1));
    }
    case 'flip': {
      const bytes = new Uint8Array(Buffer.from(JSON.stringify(value), 'utf8'));
      for (const [i, mask] of m.flips) {
        const k = i % bytes.length;
        bytes[k] = bytes[k]! ^ mask;
      }
      return bytes;
    }
  }
}

describe('parseKit: properties', () => {
  it('reads every generated valid kit back as it was', () => {
    fc.assert(
      fc.property(kitArbitrary, (kit) => {
        const result = parseKit(JSON.stringify(kit));
        if (!result.ok) expect.fail(result.errors.join('\n'));
        expect(result.kit).toEqual(kit);
        expect(result.dropped).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('export then import is the identity for generated valid kits', () => {
    fc.assert(
      fc.property(kitArbitrary, (kit) => {
        const first = parseKit(JSON.stringify(kit));
        if (!first.ok) expect.fail(first.errors.join('\n'));
        const text = exportKit(first.kit);
        const again = parseKit(text);
        if (!again.ok) expect.fail(again.errors.join('\n'));
        expect(again.kit).toEqual(first.kit);
        expect(again.dropped).toEqual([]);
        expect(exportKit(again.kit)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('any mutation of a generated kit parses to a valid kit or is rejected with path: reason lines, never throwing', () => {
    fc.assert(
      fc.property(kitArbitrary, mutation, (kit, m) => {
        expectWellFormed(parseKit(mutate(kit, m)));
      }),
      { numRuns: 500 },
    );
  });

  it('any mutation of the reading-club fixture parses or is rejected cleanly', () => {
    const kit = JSON.parse(FIXTURE) as Record<string, unknown>;
    fc.assert(
      fc.property(mutation, (m) => {
        expectWellFormed(parseKit(mutate(kit, m)));
      }),
      { numRuns: 500 },
    );
  });

  it('every truncation of the fixture text is handled', () => {
    for (let n = 0; n < FIXTURE.length; n += 7) expectWellFormed(parseKit(FIXTURE.slice(0, n)));
  });

  it('arbitrary strings and bytes never make it throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json(), fc.uint8Array()), (input) => {
        expectWellFormed(parseKit(input));
      }),
      { numRuns: 500 },
    );
  });

  it('a file JSON.parse rejects is reported as invalid JSON with a byte offset', () => {
    fc.assert(
      fc.property(kitArbitrary, fc.nat(), (kit, cut) => {
        const text = JSON.stringify(kit);
        const truncated = text.slice(0, 1 + (cut % (text.length - 1)));
        let thrown = false;
        try {
          JSON.parse(truncated);
        } catch {
          thrown = true;
        }
        const result = parseKit(truncated);
        if (thrown) {
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.errors).toEqual([expect.stringMatching(/^\$: invalid JSON at byte \d+ \(line \d+, column \d+\): /)]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
