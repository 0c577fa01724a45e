import { describe, expect, it } from 'vitest';
import { exportKit, mergeKits, parseKit, planImport, type Kit, type KitSequence, type KitWordList } from '../../../../content-kit';

// Merging format version 2 fields (KIT-FORMAT.md "Merging version 2 fields").

const kit = (over: Partial<Kit> = {}): Kit => ({
  format: 'community-kit',
  formatVersion: 1,
  id: 'k',
  name: '包',
  version: '1.0.0',
  updatedAt: '2026-11-01T00:00:00Z',
  items: [{ id: 'i1', kind: 'script', title: '欢迎', body: '欢迎' }],
  ...over,
});
const v2 = (over: Partial<Kit> = {}): Kit => kit({ formatVersion: 2, ...over });
const sequence = (id: string, over: Partial<KitSequence> = {}): KitSequence => ({ id, name: id, anchor: '入群日', steps: [{ id: 'd0', offset: 0, title: '欢迎' }], ...over });
const words = (id: string, over: Partial<KitWordList> = {}): KitWordList => ({ id, words: ['秒杀'], severity: 'warning', ...over });

describe('mergeKits: sequences', () => {
  it('matches sequences by id: same content unchanged, new ids added after the base’s, nothing deleted', () => {
    const base = v2({ sequences: [sequence('a'), sequence('b')] });
    const incoming = v2({ sequences: [sequence('b', { updatedAt: '2030-01-01T00:00:00Z' }), sequence('c')] });
    const { kit: merged, report } = mergeKits(base, incoming);
    expect(report.sequences.unchanged).toEqual(['b']);
    expect(report.sequences.added.map((s) => s.id)).toEqual(['c']);
    expect(report.sequences.conflicts).toEqual([]);
    expect(merged.sequences!.map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('reports a difference as a conflict that the later updatedAt wins, falling back to the kit’s time', () => {
    const changed = (title: string, updatedAt?: string) => sequence('a', { steps: [{ id: 'd0', offset: 1, title }], ...(updatedAt && { updatedAt }) });
    const newerIncoming = mergeKits(v2({ sequences: [changed('旧', '2026-01-01T00:00:00Z')] }), v2({ sequences: [changed('新', '2026-06-01T00:00:00+08:00')] }));
    expect(newerIncoming.report.sequences.conflicts.map((c) => [c.id, c.winner, c.reason])).toEqual([['a', 'incoming', 'newer']]);
    expect(newerIncoming.kit.sequences![0]!.steps[0]!.title).toBe('新');
    // Neither has its own updatedAt: the newer kit's copy wins.
    const byKit = mergeKits(v2({ sequences: [changed('底')] }), v2({ updatedAt: '2026-12-01T00:00:00Z', sequences: [changed('来')] }));
    expect(byKit.report.sequences.conflicts[0]).toMatchObject({ winner: 'incoming', reason: 'newer' });
  });

  it('follows a person’s choice keyed sequences/<id>', () => {
    const base = v2({ sequences: [sequence('a', { name: '我的' })] });
    const incoming = v2({ updatedAt: '2030-01-01T00:00:00Z', sequences: [sequence('a', { name: '他们的' })] });
    const { kit: merged, report } = mergeKits(base, incoming, new Map([['sequences/a', 'base']]));
    expect(report.sequences.conflicts[0]).toMatchObject({ winner: 'base', reason: 'chosen' });
    expect(merged.sequences![0]!.name).toBe('我的');
  });
});

describe('mergeKits: lint', () => {
  it('matches word lists by id; a word list without updatedAt loses to one with it', () => {
    const stamped = words('w', { words: ['有时间'], updatedAt: '2020-01-01T00:00:00Z' });
    const bare = words('w', { words: ['没时间'] });
    // The kit without a stamp on its list is the newer kit; the stamped list still wins, on either side.
    const a = mergeKits(v2({ lint: { words: [stamped] } }), v2({ updatedAt: '2030-01-01T00:00:00Z', lint: { words: [bare] } }));
    expect(a.report.wordLists.conflicts.map((c) => [c.id, c.winner, c.reason])).toEqual([['w', 'base', 'newer']]);
    expect(a.kit.lint!.words).toEqual([stamped]);
    const b = mergeKits(v2({ updatedAt: '2030-01-01T00:00:00Z', lint: { words: [bare] } }), v2({ lint: { words: [stamped] } }));
    expect(b.report.wordLists.conflicts[0]).toMatchObject({ winner: 'incoming', reason: 'newer' });
    expect(b.kit.lint!.words).toEqual([stamped]);
  });

  it('lets the later updatedAt win between two stamped word lists, and adds new ones', () => {
    const base = v2({ lint: { words: [words('w', { severity: 'info', updatedAt: '2026-05-01T00:00:00Z' }), words('x')] } });
    const incoming = v2({ lint: { words: [words('w', { severity: 'error', updatedAt: '2026-06-01T00:00:00Z' }), words('x'), words('y')] } });
    const { kit: merged, report } = mergeKits(base, incoming);
    expect(report.wordLists.conflicts.map((c) => [c.id, c.winner])).toEqual([['w', 'incoming']]);
    expect(report.wordLists.unchanged).toEqual(['x']);
    expect(report.wordLists.added.map((w) => w.id)).toEqual(['y']);
    expect(merged.lint!.words!.map((w) => [w.id, w.severity])).toEqual([['w', 'error'], ['x', 'warning'], ['y', 'warning']]);
  });

  it('takes the union of lint.allow, the base’s phrases first, and reports the phrases added', () => {
    const { kit: merged, report } = mergeKits(v2({ lint: { allow: ['第一书房', '最美'] } }), v2({ lint: { allow: ['最美', '头部', '头部'] } }));
    expect(merged.lint!.allow).toEqual(['第一书房', '最美', '头部']);
    expect(report.allowAdded).toEqual(['头部']);
    expect(mergeKits(v2({ lint: { words: [words('w')] } }), v2({ lint: { allow: ['a'] } })).kit.lint).toEqual({ words: [words('w')], allow: ['a'] });
  });

  it('keeps lint’s x- fields, the newer kit’s on a clash', () => {
    const merged = mergeKits(v2({ lint: { 'x-a': 1, 'x-b': 1 } }), v2({ updatedAt: '2030-01-01T00:00:00Z', lint: { 'x-b': 2 } })).kit;
    expect(merged.lint).toEqual({ 'x-a': 1, 'x-b': 2 });
  });
});

describe('mergeKits: format version of the result', () => {
  it('gives version 2 when either side brings sequences or lint, and version 1 when neither does', () => {
    const withSequences = v2({ sequences: [sequence('a')] });
    expect(mergeKits(kit(), withSequences).kit.formatVersion).toBe(2);
    expect(mergeKits(withSequences, kit()).kit.formatVersion).toBe(2);
    expect(mergeKits(kit(), v2({ lint: { allow: ['x'] } })).kit.formatVersion).toBe(2);
    expect(mergeKits(kit(), v2()).kit.formatVersion).toBe(1);
    expect(mergeKits(v2(), v2()).kit).not.toHaveProperty('sequences');
    expect(mergeKits(v2(), v2()).kit).not.toHaveProperty('lint');
  });

  it('writes a merged version 1 + version 2 kit that reads back as it was', () => {
    const merged = mergeKits(kit(), v2({ sequences: [sequence('a', { steps: [{ id: 's', offset: -3, title: '预热', itemId: 'i1' }] })], lint: { allow: ['a'] } })).kit;
    const again = parseKit(exportKit(merged));
    expect(again.ok && again.kit).toEqual(merged);
  });
});

describe('planImport: version 2 sections', () => {
  it('lists sequences, word lists and allowed phrases of a new kit as added', () => {
    const file = v2({ sequences: [sequence('a')], lint: { allow: ['x', 'x'], words: [words('w')] } });
    const plan = planImport({ kit: file, dropped: [] }, undefined);
    expect(plan.sequences.added.map((s) => s.id)).toEqual(['a']);
    expect(plan.wordLists.added.map((w) => w.id)).toEqual(['w']);
    expect(plan.allowAdded).toEqual(['x']);
  });

  it('shows additions and conflicts as for items, follows choices, and is a no-op for one’s own export', () => {
    const stored = v2({ sequences: [sequence('a'), sequence('b')], lint: { allow: ['x'], words: [words('w', { updatedAt: '2026-01-01T00:00:00Z' })] } });
    const file = v2({
      updatedAt: '2026-12-01T00:00:00Z',
      sequences: [sequence('a', { name: '改过' }), sequence('b'), sequence('c')],
      lint: { allow: ['x', 'y'], words: [words('w', { severity: 'error', updatedAt: '2026-02-01T00:00:00Z' }), words('v')] },
    });
    const plan = planImport({ kit: file, dropped: [] }, stored);
    expect(plan.sequences.added.map((s) => s.id)).toEqual(['c']);
    expect(plan.sequences.unchanged).toEqual(['b']);
    expect(plan.sequences.updated).toEqual(['a']);
    expect(plan.wordLists.updated).toEqual(['w']);
    expect(plan.wordLists.added.map((w) => w.id)).toEqual(['v']);
    expect(plan.allowAdded).toEqual(['y']);
    expect(plan.noop).toBe(false);
    const kept = planImport({ kit: file, dropped: [] }, stored, new Map([['sequences/a', 'base'], ['wordLists/w', 'base']]));
    expect(kept.sequences.updated).toEqual([]);
    expect(kept.kit.sequences![0]!.name).toBe('a');
    expect(kept.kit.lint!.words![0]!.severity).toBe('warning');

    const own = parseKit(exportKit(stored));
    if (!own.ok) throw new Error(own.errors.join('\n'));
    expect(planImport(own, stored).noop).toBe(true);
  });

  it('is not a no-op when only allowed phrases are new', () => {
    const stored = v2({ lint: { allow: ['x'] } });
    expect(planImport({ kit: v2({ lint: { allow: ['y'] } }), dropped: [] }, stored).noop).toBe(false);
  });
});
