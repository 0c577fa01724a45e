import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffFields, mergeKits, parseKit, planImport, type Kit } from '../../../../content-kit';

const read = (name: string) => {
  const result = parseKit(readFileSync(new URL(`../../../fixtures/kits/${name}`, import.meta.url)));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result;
};

describe('planImport', () => {
  const base = read('merge-base.kit.json').kit;
  const incoming = read('merge-incoming.kit.json');

  it('plans a merge exactly as mergeKits merges, listing added, unchanged, conflicts and the updated ones', () => {
    const plan = planImport(incoming, base);
    expect(plan.mode).toBe('merge');
    expect(plan.kit).toEqual(mergeKits(base, incoming.kit).kit);
    expect(plan.items.added.map((i) => i.id)).toEqual(['only-incoming']);
    expect(plan.items.unchanged).toEqual(['same']);
    expect(plan.items.conflicts.map((c) => [c.id, c.winner])).toEqual([
      ['newer-incoming', 'incoming'],
      ['newer-base', 'base'],
      ['tie', 'base'],
    ]);
    expect(plan.items.updated).toEqual(['newer-incoming']);
    expect(plan.calendar.updated).toEqual(['c1']);
    expect(plan.metadata.from).toBe('incoming');
    expect(plan.metadata.changes.map((c) => c.field)).toEqual(expect.arrayContaining(['name', 'version']));
    expect(plan.noop).toBe(false);
  });

  it('follows the person’s choices', () => {
    const plan = planImport(incoming, base, new Map([['items/newer-incoming', 'base'], ['items/tie', 'incoming']]));
    expect(plan.items.updated).toEqual(['tie']);
    expect(plan.kit.items.find((i) => i.id === 'newer-incoming')!.title).toBe('旧标题');
    expect(plan.kit.items.find((i) => i.id === 'tie')!.title).toBe('来稿版');
  });

  it('passes on the unknown fields the reader dropped', () => {
    const file = read('proto-pollution.kit.json');
    const plan = planImport(file, undefined);
    expect(plan.dropped).toEqual(file.dropped);
    expect(plan.dropped.length).toBeGreaterThan(0);
    expect(plan.items.added.map((i) => i.id)).toEqual(['__proto__', 'constructor', 'x']);
  });

  it('is a no-op when the file is the stored kit, even with a later updatedAt', () => {
    const later: Kit = { ...base, updatedAt: '2030-01-01T00:00:00Z', items: base.items.map((i) => ({ ...i, updatedAt: '2030-01-01T00:00:00Z' })) };
    expect(planImport({ kit: later, dropped: [] }, base).noop).toBe(true);
  });
});

describe('diffFields', () => {
  it('lists differing fields in the format’s order, extensions after, ignoring id and updatedAt', () => {
    const mine = { id: 'a', kind: 'topic', title: '旧', body: 'b', tags: ['x'], 'x-z': 1, updatedAt: '2026-01-01T00:00:00Z' };
    const theirs = { id: 'a', kind: 'topic', title: '新', body: 'b', tags: ['x', 'y'], stage: 'gather', 'x-a': 2, updatedAt: '2027-01-01T00:00:00Z' };
    expect(diffFields(mine, theirs, 'items')).toEqual([
      { field: 'title', mine: '旧', theirs: '新' },
      { field: 'tags', mine: ['x'], theirs: ['x', 'y'] },
      { field: 'stage', mine: undefined, theirs: 'gather' },
      { field: 'x-a', mine: undefined, theirs: 2 },
      { field: 'x-z', mine: 1, theirs: undefined },
    ]);
  });

  it('compares values as content and never reads inherited keys', () => {
    const proto = JSON.parse('{"__proto__": {"title": "x"}, "id": "a"}') as object;
    expect(diffFields({ id: 'a', variables: [{ name: 'n', label: 'l' }] }, { id: 'a', variables: [{ label: 'l', name: 'n' }] }, 'items')).toEqual([]);
    expect(diffFields({ id: 'a' }, proto, 'items')).toEqual([{ field: '__proto__', mine: undefined, theirs: { title: 'x' } }]);
  });
});
