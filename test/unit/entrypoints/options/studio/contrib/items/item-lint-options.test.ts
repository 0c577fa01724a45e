import { describe, expect, it } from 'vitest';
import { builtinKit, type Kit } from '../../../../../../../content-kit';
import { itemLintOptions } from '../../../../../../../entrypoints/options/studio/contrib/items/item-lint-options';
import { defaultSettings, type KitRecord } from '../../../../../../../utils/store/store-schema';

const kit = (id: string, words: string[], allow: string[] = []): Kit => ({ ...builtinKit(), id, items: [], lint: { allow, words: [{ id: `${id}-words`, words, severity: 'warning' }] } });

function data(kits: Kit[], enabled: Record<string, boolean>, lintAllow: string[] = []) {
  const records: KitRecord[] = kits.map((k, order) => ({ id: k.id, enabled: enabled[k.id] ?? true, order }));
  const settings = { ...defaultSettings(), lintAllow };
  return { kits: () => kits, records: () => records, settings: () => settings };
}

describe('the item editor’s lint options', () => {
  const team = kit('team', ['隔壁书社'], ['第一书房']);
  const off = kit('off', ['禁用词'], ['关掉的']);
  const draft = kit('draft', ['草稿词']);

  it('apply the user’s allow-list and the enabled kits’ lint, and leave a disabled kit out', () => {
    const options = itemLintOptions(data([team, off, draft], { off: false }, ['只求保本']), 'team');
    expect(options.allow).toEqual(['只求保本', '第一书房']);
    expect(options.wordLists?.map((l) => l.id)).toEqual(['team-words', 'draft-words']);
  });

  it('apply the edited kit’s own lint even while it is disabled, first', () => {
    const options = itemLintOptions(data([team, off, draft], { off: false }), 'off');
    expect(options.wordLists?.map((l) => l.id)).toEqual(['off-words', 'team-words', 'draft-words']);
    expect(options.allow).toEqual(['关掉的', '第一书房']);
  });

  it('are the same object while the settings are the same (an autosave changes the kit, not its lint)', () => {
    const first = itemLintOptions(data([team, draft], {}), 'team');
    const edited = { ...team, items: [{ id: 'x', kind: 'topic' as const, title: '新', body: '新' }] };
    expect(itemLintOptions(data([edited, draft], {}), 'team')).toBe(first);
    expect(itemLintOptions(data([edited, draft], {}, ['新词']), 'team')).not.toBe(first);
  });
});
