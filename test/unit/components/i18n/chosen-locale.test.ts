import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { useChosenLocale } from '../../../../components/i18n/chosen-locale';
import { compactMessages } from '../../../../components/i18n/locale-table';
import { t } from '../../../../components/i18n/t';
import { uiLocale } from '../../../../components/i18n/ui-locale';

const file = (locale: string) => JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

afterEach(() => useChosenLocale(null));

describe('compactMessages', () => {
  it('turns named placeholders into $1… and keeps every key of both locales', () => {
    for (const locale of ['zh_CN', 'en']) {
      const source = file(locale);
      const table = compactMessages(source);
      expect(Object.keys(table)).toEqual(Object.keys(source));
      for (const [key, message] of Object.entries(table)) {
        expect(message, key).not.toMatch(/\$P\d\$/);
        for (const { content } of Object.values(source[key]!.placeholders ?? {})) expect(message, key).toContain(content);
      }
    }
    expect(compactMessages({ a: { message: '出了点问题：$P1$', placeholders: { p1: { content: '$1' } } } })).toEqual({ a: '出了点问题：$1' });
  });
});

describe('a chosen locale', () => {
  it('gives t() its strings with substitutions and uiLocale() its language, whatever the browser says', () => {
    useChosenLocale({ locale: 'en', messages: compactMessages(file('en')) });
    expect(uiLocale()).toBe('en');
    expect(t('studioLanguage')).toBe('Language');
    expect(t('studioProfileRemove', '口号')).toBe('Remove the blank “口号”');
    useChosenLocale({ locale: 'zh', messages: compactMessages(file('zh_CN')) });
    expect(uiLocale()).toBe('zh');
    expect(t('studioProfileRemove', '口号')).toBe('删除空位“口号”');
  });
});
