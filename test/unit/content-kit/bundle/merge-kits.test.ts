import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeKits, parseKit, type Kit, type KitItem } from '../../../../content-kit';

const read = (name: string): Kit => {
  const result = parseKit(readFileSync(new URL(`../../../fixtures/kits/${name}`, import.meta.url)));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.kit;
};

const kit = (over: Partial<Kit> = {}): Kit => ({
  format: 'community-kit',
  formatVersion: 1,
  id: 'k',
  name: '包',
  version: '1.0.0',
  updatedAt: '2026-11-01T00:00:00Z',
  items: [],
  ...over,
});
const topic = (id: string, over: Partial<KitItem> = {}): KitItem => ({ id, kind: 'topic', title: id, body: id, ...over });

describe('mergeKits', () => {
  const base = read('merge-base.kit.json');
  const incoming = read('merge-incoming.kit.json');
  const { kit: merged, report } = mergeKits(base, incoming);

  it('reports same content as unchanged, whatever the updatedAt', () => {
    expect(report.items.unchanged).toEqual(['same']);
    expect(merged.items.find((i) => i.id === 'same')).toEqual(base.items[0]);
  });

  it('adds new ids, after the base’s items', () => {
    expect(report.items.added.map((i) => i.id)).toEqual(['only-incoming']);
    expect(report.calendar.added.map((e) => e.id)).toEqual(['c2']);
    expect(merged.items.map((i) => i.id)).toEqual(['same', 'newer-incoming', 'newer-base', 'tie', 'only-base', 'only-incoming']);
  });

  it('deletes nothing', () => {
    for (const source of [base, incoming]) {
      for (const i of source.items) expect(merged.items.some((m) => m.id === i.id)).toBe(true);
      for (const e of source.calendar ?? []) expect(merged.calendar!.some((m) => m.id === e.id)).toBe(true);
    }
  });

  it('lets the later updatedAt win a conflict, comparing instants across offsets', () => {
    const byId = new Map(report.items.conflicts.map((c) => [c.id, c]));
    expect([...byId.keys()]).toEqual(['newer-incoming', 'newer-base', 'tie']);
    expect(byId.get('newer-incoming')).toMatchObject({ winner: 'incoming', reason: 'newer' });
    expect(byId.get('newer-base')).toMatchObject({ winner: 'base', reason: 'newer' });
    // 2026-11-05T00:00Z and 2026-11-05T08:00+08:00 are the same instant: a tie keeps the base.
    expect(byId.get('tie')).toMatchObject({ winner: 'base', reason: 'tie' });
    expect(byId.get('tie')!.base.title).toBe('基准版');
    expect(byId.get('tie')!.incoming.title).toBe('来稿版');
    expect(merged.items.find((i) => i.id === 'newer-incoming')!.title).toBe('新标题');
    expect(merged.items.find((i) => i.id === 'newer-base')!.title).toBe('基准更新');
    expect(merged.items.find((i) => i.id === 'tie')!.title).toBe('基准版');
  });

  it('merges the calendar the same way', () => {
    expect(report.calendar.conflicts).toMatchObject([{ id: 'c1', winner: 'incoming', reason: 'newer' }]);
    expect(merged.calendar!.map((e) => [e.id, e.status])).toEqual([
      ['c1', 'scheduled'],
      ['c2', 'idea'],
    ]);
  });

  it('flips a winner when a person resolves the conflict the other way', () => {
    const resolutions = new Map([
      ['items/newer-incoming', 'base' as const],
      ['items/tie', 'incoming' as const],
      ['calendar/c1', 'base' as const],
    ]);
    const { kit: chosen, report: r } = mergeKits(base, incoming, resolutions);
    expect(r.items.conflicts.map((c) => [c.id, c.winner, c.reason])).toEqual([
      ['newer-incoming', 'base', 'chosen'],
      ['newer-base', 'base', 'newer'],
      ['tie', 'incoming', 'chosen'],
    ]);
    expect(chosen.items.find((i) => i.id === 'newer-incoming')!.title).toBe('旧标题');
    expect(chosen.items.find((i) => i.id === 'tie')!.title).toBe('来稿版');
    expect(chosen.calendar!.find((e) => e.id === 'c1')!.status).toBe('idea');
  });

  it('takes the higher semver version and the newer kit’s metadata, keeping the base id', () => {
    expect(merged.version).toBe('1.10.0');
    expect(report.metadata).toBe('incoming');
    expect(merged.name).toBe('读书会运营包（新）');
    expect(merged.updatedAt).toBe(incoming.updatedAt);
    expect(merged['x-base-only']).toBe(true);
    expect(mergeKits(kit({ id: 'a', version: '2.0.0' }), kit({ id: 'b', version: '10.0.0-beta' })).kit).toMatchObject({ id: 'a', version: '10.0.0-beta' });
    expect(mergeKits(kit({ version: '1.0.0' }), kit({ version: '1.0.0-rc.1' })).kit.version).toBe('1.0.0');
  });

  it('gives a kit that is valid and does not change its inputs', () => {
    const before = [structuredClone(base), structuredClone(incoming)];
    const { kit: out } = mergeKits(base, incoming);
    expect(parseKit(JSON.stringify(out)).ok).toBe(true);
    expect([base, incoming]).toEqual(before);
  });

  it('uses the kit’s updatedAt for items without one', () => {
    const a = kit({ updatedAt: '2026-11-01T00:00:00Z', items: [topic('x', { title: '旧' })] });
    const b = kit({ updatedAt: '2026-11-02T00:00:00Z', items: [topic('x', { title: '新' })] });
    expect(mergeKits(a, b).report.items.conflicts).toMatchObject([{ id: 'x', winner: 'incoming', reason: 'newer' }]);
    expect(mergeKits(b, a).report.items.conflicts).toMatchObject([{ id: 'x', winner: 'base', reason: 'newer' }]);
  });

  it('reads an hours-only offset as ISO 8601 does', () => {
    const a = kit({ items: [topic('x', { title: '早', updatedAt: '2026-11-02T09:00:00+08' })] });
    const b = kit({ items: [topic('x', { title: '晚', updatedAt: '2026-11-02T02:00:00Z' })] });
    // 09:00+08 is 01:00Z: the incoming 02:00Z is later.
    expect(mergeKits(a, b).report.items.conflicts).toMatchObject([{ winner: 'incoming', reason: 'newer' }]);
    expect(mergeKits(b, a).report.items.conflicts).toMatchObject([{ winner: 'base', reason: 'newer' }]);
  });

  it('ignores key order and updatedAt when comparing content', () => {
    const a = kit({ items: [{ id: 'x', kind: 'topic', title: 't', body: 'b', tags: ['1'], updatedAt: '2026-01-01T00:00Z' }] });
    const b = kit({ items: [{ tags: ['1'], body: 'b', title: 't', kind: 'topic', id: 'x', updatedAt: '2027-01-01T00:00Z' }] });
    expect(mergeKits(a, b).report.items).toEqual({ added: [], unchanged: ['x'], conflicts: [] });
    const c = kit({ items: [{ id: 'x', kind: 'topic', title: 't', body: 'b', tags: ['2'] }] });
    expect(mergeKits(a, c).report.items.conflicts).toHaveLength(1);
  });

  it('works with ids such as __proto__ and constructor', () => {
    const a = kit({ items: [topic('__proto__'), topic('constructor', { title: '旧', updatedAt: '2026-01-01T00:00Z' })] });
    const b = kit({ items: [topic('constructor', { title: '新', updatedAt: '2026-02-01T00:00Z' }), topic('toString')] });
    const { kit: out, report: r } = mergeKits(a, b);
    expect(out.items.map((i) => [i.id, i.title])).toEqual([
      ['__proto__', '__proto__'],
      ['constructor', '新'],
      ['toString', 'toString'],
    ]);
    expect(r.items.added.map((i) => i.id)).toEqual(['toString']);
  });

  it('leaves the calendar out when neither kit has one', () => {
    expect(mergeKits(kit(), kit()).kit).not.toHaveProperty('calendar');
    expect(mergeKits(kit({ calendar: [] }), kit()).kit.calendar).toEqual([]);
  });
});
