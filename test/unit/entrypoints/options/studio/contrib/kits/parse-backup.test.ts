import { describe, expect, it } from 'vitest';
import { builtinKit } from '../../../../../../../content-kit';
import { backupFile } from '../../../../../../../entrypoints/options/studio/contrib/kits/backup-file';
import { parseBackup } from '../../../../../../../entrypoints/options/studio/contrib/kits/parse-backup';
import { defaultSettings } from '../../../../../../../utils/store/store-schema';

const bytes = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const dump = () => ({
  schemaVersion: 1,
  records: [{ id: 'builtin', enabled: true, order: 0, builtin: true }],
  kits: [{ ...builtinKit(), id: 'builtin' }],
  settings: defaultSettings(),
  usage: { 'builtin/a': { count: 2, lastUsed: 9 } },
  favourites: ['builtin/a'],
  trash: [],
});

describe('parseBackup', () => {
  it('reads back what backupFile writes', () => {
    const result = parseBackup(bytes(backupFile(dump(), 0)));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const { schemaVersion: _, ...rest } = dump();
    expect(result.dump).toEqual(rest);
    expect(result.createdAt).toBe('1970-01-01T00:00:00.000Z');
  });

  it('tells a kit file, a newer backup, invalid JSON and a non-object apart', () => {
    expect(parseBackup(bytes({ format: 'community-kit' }))).toEqual({ ok: false, errors: ['format: must be "community-kit-backup" (this is a kit file: import it instead)'] });
    expect(parseBackup(bytes({ format: 'community-kit-backup', formatVersion: 9 }))).toEqual({ ok: false, errors: ['formatVersion: made by a newer version (formatVersion 9)'] });
    expect(parseBackup(bytes('{'))).toMatchObject({ ok: false, errors: [expect.stringMatching(/^\$: not a backup file: invalid JSON/)] });
    expect(parseBackup(bytes('[]'))).toEqual({ ok: false, errors: ['$: must be a JSON object'] });
    expect(parseBackup(new Uint8Array([0xff, 0xfe]))).toMatchObject({ ok: false });
  });

  it('keeps the user’s always-allowed phrases', () => {
    const result = parseBackup(bytes(backupFile({ ...dump(), settings: { ...defaultSettings(), lintAllow: ['第一书房', '只求保本'] } }, 0)));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.dump.settings.lintAllow).toEqual(['第一书房', '只求保本']);
  });

  it('never lets __proto__ keys reach an object and checks every part', () => {
    const text = backupFile(dump(), 0).replace('"usage": {', '"usage": {\n  "__proto__": { "polluted": 1 },');
    const result = parseBackup(bytes(text));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(Object.keys(result.dump.usage)).toEqual(['builtin/a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const bad = JSON.parse(backupFile(dump(), 0));
    bad.kits.push({ enabled: 'yes', kit: bad.kits[0].kit });
    bad.usage.x = { count: -1 };
    bad.favourites = [1];
    bad.settings.limits = { 'weibo-post': 0 };
    bad.settings.lintAllow = ['第一书房', 7];
    const rejected = parseBackup(bytes(bad));
    expect(rejected).toEqual({
      ok: false,
      errors: [
        'kits[1].enabled: must be true or false',
        'kits[1].kit.id: "builtin" appears twice',
        'settings.limits.weibo-post: must be a whole number from 1 to 100000',
        'settings.lintAllow[1]: must be a phrase of 1 to 100 characters',
        'usage.x: must be keyed kitId/itemId',
        'favourites[0]: must be a string of at most 200 characters',
      ],
    });
  });

  it('keeps the language and the profile, and names a wrong one', () => {
    const file = JSON.parse(backupFile({ ...dump(), settings: { ...defaultSettings(), language: 'en', profile: { 城市: '杭州' } } }, 0));
    const result = parseBackup(bytes(file));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.dump.settings).toMatchObject({ language: 'en', profile: { 城市: '杭州' } });
    file.settings.language = 'fr';
    file.settings.profile = { 城市: 3 };
    expect(parseBackup(bytes(file))).toEqual({ ok: false, errors: ['settings.language: must be one of auto, zh-CN, en', 'settings.profile.城市: must be a string'] });
  });
});
