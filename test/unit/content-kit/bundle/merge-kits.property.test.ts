import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportKit, mergeKits, parseKit, planImport, type Kit, type MergeSide } from '../../../../content-kit';
import { kitArbitrary } from '../schema/kit-arbitrary';

// Merge and import-plan properties over generated valid kits: merging a kit with itself changes nothing, a merge
// never deletes, its result is a valid kit, and a person's choice decides every conflict.

const parsed = (value: Record<string, unknown>): Kit => {
  const result = parseKit(JSON.stringify(value));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.kit;
};

type Edit = 'keep' | 'retitle' | 'drop' | 'restamp';

/** A teammate's version of `base`: some items kept, retitled, restamped or missing, and new ones added. */
const related = kitArbitrary.chain((a) =>
  fc
    .tuple(
      fc.array(fc.constantFrom<Edit>('keep', 'retitle', 'drop', 'restamp'), { minLength: 6, maxLength: 6 }),
      kitArbitrary,
      fc.constantFrom('2020-01-01T00:00:00Z', '2030-01-01T00:00:00Z'),
    )
    .map(([edits, other, stamp]) => {
      const base = parsed(a);
      const items = base.items.flatMap((item, i) => {
        const edit = edits[i % edits.length];
        if (edit === 'drop') return [];
        if (edit === 'retitle') return [{ ...item, title: `${item.title}·改`, updatedAt: stamp }];
        if (edit === 'restamp') return [{ ...item, updatedAt: stamp }];
        return [item];
      });
      const taken = new Set(base.items.map((i) => i.id));
      const fresh = parsed(other).items.filter((i) => !taken.has(i.id)).map(({ variables, body, ...rest }) => ({ ...rest, body: body.replace(/\{\{[^}]*\}\}/g, ''), ...(variables && { variables: [] }) }));
      // Entries of the base only: their itemId points at items the merge keeps.
      const incoming: Kit = { ...base, name: `${base.name}`, updatedAt: stamp, items: [...items, ...fresh], calendar: (base.calendar ?? []).filter((_, i) => edits[i % 6] !== 'drop') };
      return { base, incoming };
    }),
);

const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

describe('mergeKits and planImport: properties', () => {
  it('merging a kit with itself changes nothing and reports everything unchanged', () => {
    fc.assert(
      fc.property(kitArbitrary, (value) => {
        const kit = parsed(value);
        const { kit: merged, report } = mergeKits(kit, kit);
        expect(merged).toEqual(kit);
        expect(report.items).toEqual({ added: [], unchanged: ids(kit.items), conflicts: [] });
        expect(report.calendar).toEqual({ added: [], unchanged: ids(kit.calendar ?? []), conflicts: [] });
        const plan = planImport({ kit: parsed(JSON.parse(exportKit(kit))), dropped: [] }, kit);
        expect(plan.noop).toBe(true);
        expect(plan.metadata.changes).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('never deletes: every id of either side is in the result, once, and the result is a valid kit', () => {
    fc.assert(
      fc.property(related, ({ base, incoming }) => {
        const { kit: merged, report } = mergeKits(base, incoming);
        const union = new Set([...ids(base.items), ...ids(incoming.items)]);
        expect(ids(merged.items).sort()).toEqual([...union].sort());
        expect(ids(merged.items).slice(0, base.items.length)).toEqual(ids(base.items));
        for (const e of [...(base.calendar ?? []), ...(incoming.calendar ?? [])]) expect(ids(merged.calendar ?? [])).toContain(e.id);
        expect(report.items.added.length + report.items.unchanged.length + report.items.conflicts.length).toBe(incoming.items.length);
        const again = parseKit(exportKit(merged));
        if (!again.ok) expect.fail(again.errors.join('\n'));
        expect(again.kit).toEqual(merged);
      }),
      { numRuns: 200 },
    );
  });

  it('lets a choice decide every conflict, either way, and the plan lists as updated exactly those taken from the file', () => {
    fc.assert(
      fc.property(related, fc.constantFrom<MergeSide>('base', 'incoming'), ({ base, incoming }, side) => {
        const first = planImport({ kit: incoming, dropped: [] }, base);
        const choices = new Map(first.items.conflicts.map((c) => [`items/${c.id}`, side] as const));
        const plan = planImport({ kit: incoming, dropped: [] }, base, choices);
        const theirs = new Map(incoming.items.map((i) => [i.id, i]));
        const mine = new Map(base.items.map((i) => [i.id, i]));
        const result = new Map(plan.kit.items.map((i) => [i.id, i]));
        for (const c of plan.items.conflicts) {
          expect(c.winner).toBe(side);
          expect(result.get(c.id)).toEqual(side === 'incoming' ? theirs.get(c.id) : mine.get(c.id));
        }
        expect(plan.items.updated).toEqual(side === 'incoming' ? ids(plan.items.conflicts) : []);
        // A plan that keeps mine everywhere and adds nothing changes nothing.
        if (side === 'base' && !plan.items.added.length && !plan.calendar.added.length && !plan.calendar.updated.length && !plan.metadata.changes.length) expect(plan.noop).toBe(true);
        if (plan.items.added.length) expect(plan.noop).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('plans a kit with a new id as new: everything added, nothing else', () => {
    fc.assert(
      fc.property(kitArbitrary, (value) => {
        const kit = parsed(value);
        const plan = planImport({ kit, dropped: ['x'] }, undefined);
        expect(plan).toMatchObject({ mode: 'new', kit, dropped: ['x'], noop: false });
        expect(ids(plan.items.added)).toEqual(ids(kit.items));
        expect(plan.items.conflicts).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});
