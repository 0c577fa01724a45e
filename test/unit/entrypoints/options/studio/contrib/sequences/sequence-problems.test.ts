import { describe, expect, test } from 'vitest';
import { applySequence, builtinKit, type KitSequence } from '../../../../../../../content-kit';
import { sequenceProblems } from '../../../../../../../entrypoints/options/studio/contrib/sequences/sequence-problems';
import { nextStepId } from '../../../../../../../entrypoints/options/studio/contrib/sequences/ck-sequence-steps';
import { defaultAnchor } from '../../../../../../../entrypoints/options/studio/contrib/calendar/register-sequence-commands';

const sequence = (steps: KitSequence['steps'], extra: Partial<KitSequence> = {}): KitSequence => ({ id: 'week1', name: '新人第一周', anchor: '入群日', steps, ...extra });

describe('sequence problems', () => {
  test('the built-in kit’s sequences pass', () => {
    const kit = builtinKit();
    expect(sequenceProblems(kit.sequences!, new Set(kit.items.map((i) => i.id)))).toEqual([]);
  });

  test('names each broken rule by its path in the kit', () => {
    const problems = sequenceProblems(
      [
        sequence([
          { id: 's1', offset: 400, title: '' },
          { id: 's1', offset: Number.NaN, title: '欢迎', time: '25:00', itemId: 'missing' },
        ]),
        sequence([], { id: 'week1', name: '' }),
      ],
      new Set(['welcome']),
    );
    const paths = problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'sequences[0].steps[0].offset',
        'sequences[0].steps[0].title',
        'sequences[0].steps[1].offset',
        'sequences[0].steps[1].time',
        'sequences[0].steps[1].id',
        'sequences[0].steps[1].itemId',
        'sequences[1].name',
        'sequences[1].steps',
        'sequences[1].id',
      ]),
    );
    expect(problems.find((p) => p.path === 'sequences[0].steps[1].itemId')!.message).toContain('missing');
  });

  test('a new step gets an unused id; the anchor offered keeps every step from today on', () => {
    expect(nextStepId([{ id: 's1', offset: 0, title: 'a' }, { id: 's3', offset: 1, title: 'b' }])).toBe('s4');
    expect(nextStepId([{ id: 's2', offset: 0, title: 'a' }])).toBe('s3');
    expect(defaultAnchor(sequence([{ id: 'a', offset: -7, title: '预告' }, { id: 'b', offset: 2, title: '复盘' }]), '2026-12-06')).toBe('2026-12-13');
    expect(defaultAnchor(sequence([{ id: 'a', offset: 0, title: '欢迎' }]), '2026-12-06')).toBe('2026-12-06');
  });

  test('the studio applies with content-kit’s applySequence: the CLI’s entries, and nothing the second time', () => {
    const kit = builtinKit();
    const id = kit.sequences![0]!.id;
    const once = applySequence({ ...kit, calendar: [] }, id, '2027-04-19');
    expect(once.added.length).toBe(kit.sequences![0]!.steps.length);
    expect(applySequence(once.kit, id, '2027-04-19').added).toEqual([]);
  });
});
