import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyPlan,
  dateFromDayNumber,
  dayNumber,
  daysBetween,
  exportKit,
  ID_PATTERN,
  parseKit,
  sortEntries,
  type CalendarEntry,
} from '../../../../content-kit';
import { plannedKit } from '../planned-kit';

const entry = (id: string, date: string, extra: Partial<CalendarEntry> = {}): CalendarEntry => ({ id, date, title: id, status: 'idea', ...extra });

describe('applyPlan', () => {
  const kit = plannedKit();
  const plan = kit.calendar!;

  it('shifts the built-in plan so its first day lands on the chosen date, keeping offsets and times', () => {
    const existing = plan.map((e) => e.id);
    const applied = applyPlan(plan, '2026-03-04', { existingIds: existing });
    expect(applied).toHaveLength(plan.length);
    expect(sortEntries(applied)[0]!.date).toBe('2026-03-04');
    const earliest = sortEntries(plan)[0]!.date;
    const byId = new Map(applied.map((e) => [e.id, e]));
    for (const source of plan) {
      // The default id prefix is the start date, so each copy names its source.
      const copy = byId.get(`20260304-${source.id}`)!;
      expect(daysBetween('2026-03-04', copy.date)).toBe(daysBetween(earliest, source.date));
      expect(copy.time).toBe(source.time);
      expect(copy.platform).toBe(source.platform);
      expect(copy.itemId).toBe(source.itemId);
    }
  });

  it('never reuses an id, even when applied twice into the same calendar', () => {
    const first = applyPlan(plan, '2026-03-02', { existingIds: plan.map((e) => e.id) });
    const calendar = [...plan, ...first];
    const second = applyPlan(plan, '2026-03-02', { existingIds: calendar.map((e) => e.id) });
    const all = [...calendar, ...second].map((e) => e.id);
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(id).toMatch(ID_PATTERN);
    expect(second[0]!.id).toMatch(/-2$/);
    // The merged calendar is still a valid kit.
    const result = parseKit(exportKit({ ...kit, calendar: [...calendar, ...second] }));
    expect(result.ok).toBe(true);
  });

  it('leaves its input alone and resets published entries to scheduled', () => {
    const source = [entry('a', '2026-01-10', { status: 'published', updatedAt: '2026-01-10T10:00:00Z' }), entry('b', '2026-01-12', { status: 'draft', time: '09:30' })];
    const before = structuredClone(source);
    const applied = applyPlan(source, '2028-02-28', { existingIds: [], idPrefix: 'p-', now: Date.UTC(2027, 0, 1) });
    expect(source).toEqual(before);
    expect(applied).toEqual([
      { id: 'p-a', date: '2028-02-28', title: 'a', status: 'scheduled', updatedAt: '2027-01-01T00:00:00.000Z' },
      { id: 'p-b', date: '2028-03-01', time: '09:30', title: 'b', status: 'draft', updatedAt: '2027-01-01T00:00:00.000Z' },
    ]);
  });

  it('drops links to items the target kit does not have', () => {
    const applied = applyPlan([entry('a', '2026-01-01', { itemId: 'kept' }), entry('b', '2026-01-02', { itemId: 'gone' })], '2026-02-01', {
      existingIds: [],
      itemIds: ['kept'],
    });
    expect(applied.map((e) => e.itemId)).toEqual(['kept', undefined]);
  });

  it('handles an empty plan and rejects a start that is not a date', () => {
    expect(applyPlan([], '2026-01-01', { existingIds: [] })).toEqual([]);
    expect(() => applyPlan(plan, '2026-02-30', { existingIds: [] })).toThrow(RangeError);
  });

  it('keeps every invariant for any plan, start and existing ids', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9_.-]{1,64}$/);
    const date = fc.integer({ min: dayNumber('2000-01-01'), max: dayNumber('2100-12-31') }).map(dateFromDayNumber);
    const status = fc.constantFrom('idea', 'draft', 'scheduled', 'published' as const);
    const planArb = fc.uniqueArray(fc.record({ id, date, status, title: fc.constant('t') }), { selector: (e) => e.id, minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(planArb, date, fc.array(id, { maxLength: 30 }), fc.option(fc.stringMatching(/^[A-Za-z0-9_.-]{0,70}$/), { nil: undefined }), (source, start, existing, idPrefix) => {
        const taken = [...existing, ...source.map((e) => e.id)];
        const applied = applyPlan(source, start, { existingIds: taken, idPrefix });
        expect(applied).toHaveLength(source.length);
        const ids = applied.map((e) => e.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const newId of ids) {
          expect(newId).toMatch(ID_PATTERN);
          expect(taken).not.toContain(newId);
        }
        expect(applied.reduce((min, e) => (e.date < min ? e.date : min), applied[0]!.date)).toBe(start);
        expect(applied.every((e) => e.status !== 'published')).toBe(true);
      }),
    );
  });
});
