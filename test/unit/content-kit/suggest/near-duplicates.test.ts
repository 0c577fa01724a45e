import { describe, expect, it } from 'vitest';
import { groupNearDuplicates, nearlySame, textSignature } from '../../../../content-kit';

describe('near duplicates', () => {
  it('treats the same words with other punctuation or a hashtag as the same', () => {
    expect(nearlySame(textSignature('周末读书沙龙：聊聊你最近在读的书'), textSignature('#周末读书沙龙，聊聊你最近在读的书#'))).toBe(true);
    expect(nearlySame(textSignature('周末读书沙龙'), textSignature('周末徒步露营'))).toBe(false);
  });

  it('folds an item of another kit under the first, never two of the same kit, and keeps order', () => {
    const items = [
      { kitId: 'a', kind: 'topic', text: '周末读书沙龙，聊聊最近在读的书' },
      { kitId: 'a', kind: 'topic', text: '周末读书沙龙，聊聊最近在读的书！' },
      { kitId: 'b', kind: 'topic', text: '周末读书沙龙：聊聊最近在读的书' },
      { kitId: 'b', kind: 'slogan', text: '周末读书沙龙，聊聊最近在读的书' },
      { kitId: 'c', kind: 'topic', text: '新人报到' },
    ];
    const signatures = new Map(items.map((i) => [i, textSignature(i.text)]));
    const groups = groupNearDuplicates(items, (i) => signatures.get(i)!);
    expect(groups.map((g) => [g.item.kitId, g.item.kind, g.also.map((o) => o.kitId)])).toEqual([
      ['a', 'topic', ['b']],
      ['a', 'topic', []],
      ['b', 'slogan', []],
      ['c', 'topic', []],
    ]);
  });
});
