import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json' with { type: 'json' };
import zh from '../../../public/_locales/zh_CN/messages.json' with { type: 'json' };

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

describe('UI strings', () => {
  it('exist in both zh_CN and en, with the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('are never empty and take the same substitutions in both languages', () => {
    for (const [key, entry] of Object.entries(zh as Messages)) {
      const other = (en as Messages)[key]!;
      expect(entry.message.trim(), key).not.toBe('');
      expect(other.message.trim(), key).not.toBe('');
      expect(Object.keys(entry.placeholders ?? {}).sort(), key).toEqual(Object.keys(other.placeholders ?? {}).sort());
      for (const name of Object.keys(entry.placeholders ?? {})) {
        expect(entry.message.toLowerCase(), key).toContain(`$${name}$`.toLowerCase());
        expect(other.message.toLowerCase(), key).toContain(`$${name}$`.toLowerCase());
      }
    }
  });

  it('are Chinese in zh_CN', () => {
    const chinese = Object.values(zh as Messages).filter((e) => /\p{Script=Han}/u.test(e.message)).length;
    expect(chinese / Object.keys(zh).length).toBeGreaterThan(0.9);
  });
});
