import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportKit, kitFormatVersion, parseKit, type Kit, type KitSequence } from '../../../../content-kit';

const text = readFileSync(new URL('../../../fixtures/kits/reading-club.kit.json', import.meta.url), 'utf8');
const parsed = parseKit(text);
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const kit = parsed.kit;

describe('exportKit', () => {
  it('writes two-space JSON with a final newline', () => {
    const out = exportKit(kit);
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.endsWith('\n\n')).toBe(false);
    expect(out.split('\n')[1]).toBe('  "format": "community-kit",');
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(kit)));
  });

  it('puts the format’s fields first in their documented order, x- fields after', () => {
    const shuffled = {
      'x-b': 1,
      items: [{ 'x-i': 1, body: 'b', title: 't', updatedAt: '2026-01-01T00:00Z', kind: 'topic', id: 'a', tags: ['x'], stage: 'gather' }],
      updatedAt: '2026-01-01T00:00:00Z',
      version: '1.0.0',
      canvas: { replication: 'r', interest: 'i' },
      name: 'n',
      calendar: [{ status: 'idea', title: 't', date: '2026-01-02', id: 'c', itemId: 'a' }],
      id: 'k',
      formatVersion: 1,
      format: 'community-kit',
      authors: [{ contact: 'c', name: 'a' }],
    } as unknown as Kit;
    const out = JSON.parse(exportKit(shuffled)) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['format', 'formatVersion', 'id', 'name', 'version', 'authors', 'updatedAt', 'canvas', 'items', 'calendar', 'x-b']);
    const [first] = out.items as Record<string, unknown>[];
    expect(Object.keys(first!)).toEqual(['id', 'kind', 'title', 'body', 'tags', 'stage', 'updatedAt', 'x-i']);
    expect(Object.keys((out.calendar as object[])[0]!)).toEqual(['id', 'date', 'title', 'status', 'itemId']);
    expect(Object.keys(out.canvas as object)).toEqual(['interest', 'replication']);
    expect(Object.keys((out.authors as object[])[0]!)).toEqual(['name', 'contact']);
  });

  it('orders variables and keeps their x- fields', () => {
    const out = exportKit(kit);
    const reread = JSON.parse(out) as { items: { variables?: Record<string, unknown>[] }[] };
    expect(Object.keys(reread.items[3]!.variables![2]!)).toEqual(['name', 'x-source']);
    expect(Object.keys(reread.items[2]!.variables![0]!)).toEqual(['name', 'label', 'default']);
  });

  it('leaves out undefined fields', () => {
    const out = exportKit({ ...kit, description: undefined, items: [{ ...kit.items[0]!, stage: undefined }] });
    expect(out).not.toContain('"description"');
    expect(JSON.parse(out).items[0]).not.toHaveProperty('stage');
  });

  it('is read back unchanged, and exporting again gives the same text', () => {
    const out = exportKit(kit);
    const again = parseKit(out);
    expect(again.ok && again.kit).toEqual(kit);
    expect(again.ok && exportKit(again.kit)).toBe(out);
  });

  it('does not change the kit it exports', () => {
    const before = structuredClone(kit);
    exportKit(kit);
    expect(kit).toEqual(before);
  });

  describe('format version 2', () => {
    const sequence: KitSequence = { id: 'welcome', name: '新人第一周', anchor: '入群日', steps: [{ id: 'd0', offset: 0, title: '欢迎', itemId: kit.items[0]!.id }] };
    const version = (k: Kit) => (JSON.parse(exportKit(k)) as { formatVersion: number }).formatVersion;

    it('writes formatVersion 1 when the kit has neither sequences nor lint, whatever the object says', () => {
      expect(version(kit)).toBe(1);
      expect(version({ ...kit, formatVersion: 2 })).toBe(1);
      expect(kitFormatVersion(kit)).toBe(1);
    });

    it('writes formatVersion 2 when the kit has sequences or lint, even an empty one', () => {
      expect(version({ ...kit, sequences: [sequence] })).toBe(2);
      expect(version({ ...kit, lint: { allow: ['第一书房'] } })).toBe(2);
      expect(version({ ...kit, formatVersion: 1, lint: {} })).toBe(2);
      expect(version({ ...kit, sequences: [] })).toBe(2);
      expect(kitFormatVersion({ lint: { words: [] } })).toBe(2);
    });

    it('orders sequences, steps, lint, word lists and messages as the format lists them, after the calendar', () => {
      const shuffled = {
        ...kit,
        lint: { 'x-l': 1, words: [{ message: { en: 'e', zh: 'z' }, severity: 'info', words: ['a'], id: 'w', category: 'brand', 'x-w': 2 }], allow: ['b'] },
        sequences: [{ steps: [{ notes: 'n', itemId: sequence.steps[0]!.itemId, platform: 'wechat', title: 't', time: '09:00', offset: -3, id: 's', 'x-s': 3 }], stage: 'gather', anchor: 'a', name: 'n', id: 'q', updatedAt: '2026-01-01T00:00:00Z', description: 'd' }],
      } as unknown as Kit;
      const out = JSON.parse(exportKit(shuffled)) as Record<string, unknown>;
      expect(Object.keys(out).filter((k) => !k.startsWith('x-')).slice(-3)).toEqual(['calendar', 'sequences', 'lint']);
      const [q] = out.sequences as Record<string, unknown>[];
      expect(Object.keys(q!)).toEqual(['id', 'name', 'anchor', 'description', 'stage', 'steps', 'updatedAt']);
      expect(Object.keys((q!.steps as object[])[0]!)).toEqual(['id', 'offset', 'time', 'title', 'itemId', 'platform', 'notes', 'x-s']);
      const lint = out.lint as { words: Record<string, unknown>[] };
      expect(Object.keys(lint)).toEqual(['allow', 'words', 'x-l']);
      expect(Object.keys(lint.words[0]!)).toEqual(['id', 'words', 'severity', 'category', 'message', 'x-w']);
      expect(Object.keys(lint.words[0]!.message as object)).toEqual(['zh', 'en']);
    });

    it('round-trips a version 2 kit unchanged', () => {
      const v2: Kit = { ...kit, formatVersion: 2, sequences: [sequence], lint: { allow: ['第一书房'], words: [{ id: 'w', words: ['秒杀', '(a+)+$'], severity: 'warning' }] } };
      const out = exportKit(v2);
      const again = parseKit(out);
      expect(again.ok && again.dropped).toEqual([]);
      expect(again.ok && again.kit).toEqual(v2);
      expect(again.ok && exportKit(again.kit)).toBe(out);
    });
  });
});
