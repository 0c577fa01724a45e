import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportKit, parseKit, planImport } from '../../../../../../../content-kit';

// The hostile corpus the sharing e2e imports through the studio: here, in Node, each `ok-` file must be accepted
// (its payloads are only text) and each `bad-` file rejected with `path: reason` lines, never throwing.

const DIR = new URL('../../../../../../fixtures/hostile-kits/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.kit.json')).sort();
const read = (name: string) => readFileSync(new URL(name, DIR));

describe('hostile kit corpus', () => {
  it('has both kinds of file', () => {
    expect(files.filter((f) => f.startsWith('ok-')).length).toBeGreaterThanOrEqual(6);
    expect(files.filter((f) => f.startsWith('bad-')).length).toBeGreaterThanOrEqual(6);
  });

  for (const file of files.filter((f) => f.startsWith('ok-')))
    it(`${file} is accepted as plain data and survives export → import`, () => {
      const result = parseKit(read(file));
      if (!result.ok) expect.fail(result.errors.join('\n'));
      expect(parseKit(exportKit(result.kit))).toEqual({ ok: true, kit: result.kit, dropped: [] });
      expect(planImport(result, undefined).items.added).toHaveLength(result.kit.items.length);
      expect(Object.prototype).not.toHaveProperty('polluted');
    });

  for (const file of files.filter((f) => f.startsWith('bad-')))
    it(`${file} is rejected with path: reason lines`, () => {
      const result = parseKit(read(file));
      expect(result.ok).toBe(false);
      if (!result.ok) for (const line of result.errors) expect(line).toMatch(/^[^\s:]+(\[[^\]]*\])*[^\s:]*: \S/);
    });

  it('drops every prototype key of ok-proto-keys and names them', () => {
    const result = parseKit(read('ok-proto-keys.kit.json'));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.dropped).toEqual(expect.arrayContaining(['__proto__', 'constructor', 'prototype', 'canvas.__proto__', 'items[0].__proto__', 'items[2].x-data.__proto__']));
    expect(Object.getPrototypeOf(result.kit)).toBe(Object.prototype);
    expect(result.kit).not.toHaveProperty('isAdmin');
  });

  it('reports each oversized field of bad-oversized-fields', () => {
    const result = parseKit(read('bad-oversized-fields.kit.json'));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toEqual(
        expect.arrayContaining([
          'name: must be 1–80 characters',
          'description: must be at most 2000 characters',
          'authors: must have at most 50 entries',
          'items[0].title: must be 1–200 characters',
          'items[0].body: must be at most 20000 characters',
          'items[0].tags: must have at most 20 entries',
          'calendar[0].notes: must be at most 5000 characters',
        ]),
      );
  });
});
