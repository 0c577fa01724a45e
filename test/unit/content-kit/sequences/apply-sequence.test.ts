import { describe, expect, it } from 'vitest';
import {
  applySequence,
  exportKit,
  formatStepOffset,
  parseKit,
  parseStepOffset,
  sequenceEntries,
  SequenceNotFoundError,
  type Kit,
  type KitSequence,
} from '../../../../content-kit';

const event: KitSequence = {
  id: 'event',
  name: '活动前后',
  anchor: '活动日',
  stage: 'interact',
  steps: [
    { id: 'teaser', offset: -7, time: '20:00', title: '活动预告', itemId: 'i1', platform: 'weibo' },
    { id: 'remind', offset: -1, title: '提醒报名', notes: '私信未回复的人' },
    { id: 'day', offset: 0, time: '09:00', title: '活动当天', platform: 'offline' },
    { id: 'photos', offset: 0, time: '21:00', title: '发现场照片', platform: 'wechat' },
    { id: 'recap', offset: 2, title: '复盘', itemId: 'i1' },
  ],
};

const kit: Kit = {
  format: 'community-kit',
  formatVersion: 2,
  id: 'k',
  name: '包',
  version: '1.0.0',
  updatedAt: '2026-11-01T00:00:00Z',
  items: [{ id: 'i1', kind: 'script', title: '活动话术', body: '来吧' }],
  calendar: [{ id: 'c1', date: '2026-12-01', title: '已有', status: 'idea' }],
  sequences: [event],
};

describe('applySequence', () => {
  it('adds one entry per step as KIT-FORMAT.md says, in step order', () => {
    const { kit: out, added, existing } = applySequence(kit, 'event', '2027-01-01');
    expect(existing).toEqual([]);
    expect(added).toEqual([
      { id: 'event.teaser.20270101', date: '2026-12-25', time: '20:00', title: '活动预告', platform: 'weibo', status: 'scheduled', itemId: 'i1', stage: 'interact' },
      { id: 'event.remind.20270101', date: '2026-12-31', title: '提醒报名', status: 'idea', notes: '私信未回复的人', stage: 'interact' },
      { id: 'event.day.20270101', date: '2027-01-01', time: '09:00', title: '活动当天', platform: 'offline', status: 'idea', stage: 'interact' },
      { id: 'event.photos.20270101', date: '2027-01-01', time: '21:00', title: '发现场照片', platform: 'wechat', status: 'idea', stage: 'interact' },
      { id: 'event.recap.20270101', date: '2027-01-03', title: '复盘', status: 'scheduled', itemId: 'i1', stage: 'interact' },
    ]);
    expect(out.calendar).toEqual([...kit.calendar!, ...added]);
  });

  it('leaves the input kit unchanged and gives a valid kit', () => {
    const before = structuredClone(kit);
    const { kit: out } = applySequence(kit, 'event', '2027-02-28');
    expect(kit).toEqual(before);
    const again = parseKit(exportKit(out));
    expect(again.ok && again.kit).toEqual(out);
  });

  it('adds nothing when applied twice at the same day, and says how many were there', () => {
    const first = applySequence(kit, 'event', '2027-01-01');
    const second = applySequence(first.kit, 'event', '2027-01-01');
    expect(second.added).toEqual([]);
    expect(second.existing).toEqual(first.added.map((e) => e.id));
    expect(second.kit).toBe(first.kit);
  });

  it('gives the same entries for the same anchor, and new ones for another anchor', () => {
    expect(applySequence(kit, 'event', '2027-01-01').added).toEqual(applySequence(structuredClone(kit), 'event', '2027-01-01').added);
    const other = applySequence(applySequence(kit, 'event', '2027-01-01').kit, 'event', '2027-01-08');
    expect(other.added.map((e) => e.id)).toEqual(event.steps.map((s) => `event.${s.id}.20270108`));
  });

  it('never overwrites an entry whose id exists, and adds the others', () => {
    const edited = { ...kit, calendar: [{ id: 'event.day.20270101', date: '2027-01-05', title: '改了日期', status: 'published' as const }] };
    const { kit: out, added, existing } = applySequence(edited, 'event', '2027-01-01');
    expect(existing).toEqual(['event.day.20270101']);
    expect(added).toHaveLength(4);
    expect(out.calendar![0]).toEqual(edited.calendar[0]);
  });

  it('crosses month, year and leap-day boundaries by calendar days', () => {
    const dates = (anchor: string) => sequenceEntries(event, anchor).map((e) => e.date);
    expect(dates('2028-03-01')).toEqual(['2028-02-23', '2028-02-29', '2028-03-01', '2028-03-01', '2028-03-03']);
    expect(dates('2026-12-30')).toEqual(['2026-12-23', '2026-12-29', '2026-12-30', '2026-12-30', '2027-01-01']);
    const far: KitSequence = { ...event, steps: [{ id: 'a', offset: -365, title: 'a' }, { id: 'b', offset: 365, title: 'b' }] };
    expect(sequenceEntries(far, '2028-02-29').map((e) => e.date)).toEqual(['2027-03-01', '2029-02-28']);
  });

  it('creates a kit without a calendar its first entries, and stamps them when asked', () => {
    const bare: Kit = { ...kit, calendar: undefined };
    const { kit: out, added } = applySequence(bare, 'event', '2027-01-01', { now: Date.UTC(2026, 11, 6) });
    expect(out.calendar).toEqual(added);
    expect(added.every((e) => e.updatedAt === '2026-12-06T00:00:00.000Z')).toBe(true);
  });

  it('throws a SequenceNotFoundError for an unknown id and a RangeError for an anchor that is not a real date', () => {
    expect(() => applySequence(kit, 'nope', '2027-01-01')).toThrow(SequenceNotFoundError);
    expect(() => applySequence({ ...kit, sequences: undefined }, 'event', '2027-01-01')).toThrow(SequenceNotFoundError);
    for (const anchor of ['2027-02-29', '2027-1-1', '20270101', '', '2027-01-01T00:00'])
      expect(() => applySequence(kit, 'event', anchor)).toThrow(RangeError);
    // A step that would land after 9999-12-31.
    expect(() => applySequence(kit, 'event', '9999-12-31')).toThrow(RangeError);
  });
});

describe('step offsets', () => {
  it('formats offsets as D-3, D0 and D+7', () => {
    expect([-3, 0, 7, -365, 365].map(formatStepOffset)).toEqual(['D-3', 'D0', 'D+7', 'D-365', 'D+365']);
  });

  it('reads what it formats, a minus sign, lower case and bare numbers, and nothing else', () => {
    for (const n of [-365, -3, 0, 1, 7, 365]) expect(parseStepOffset(formatStepOffset(n))).toBe(n);
    expect(parseStepOffset('d+7')).toBe(7);
    expect(parseStepOffset('D−3')).toBe(-3);
    expect(parseStepOffset(' D 2 ')).toBe(2);
    expect(parseStepOffset('-4')).toBe(-4);
    expect(parseStepOffset('D-0')).toBe(0);
    for (const text of ['', 'D', 'D+366', '400', 'D+1.5', 'E+1', 'D++1', '3天']) expect(parseStepOffset(text)).toBeUndefined();
  });
});
