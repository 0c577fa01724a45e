#!/usr/bin/env node
// Adds UI strings to both locales at once: reads `key<TAB>中文<TAB>English` lines on stdin ($1, $2 … for
// substitutions) and writes public/_locales/{zh_CN,en}/messages.json with Chrome's named placeholders.
import { readFileSync, writeFileSync } from 'node:fs';

const input = readFileSync(0, 'utf8').split('\n').filter((line) => line.trim());
for (const [locale, column] of [['zh_CN', 1], ['en', 2]]) {
  const file = `public/_locales/${locale}/messages.json`;
  const messages = JSON.parse(readFileSync(file, 'utf8'));
  for (const line of input) {
    const parts = line.split('\t');
    if (parts.length < 3) throw new Error(`Expected key<TAB>zh<TAB>en: ${line}`);
    const placeholders = {};
    const message = parts[column].replace(/\$(\d)/g, (_, n) => {
      placeholders[`p${n}`] = { content: `$${n}` };
      return `$P${n}$`;
    });
    messages[parts[0]] = Object.keys(placeholders).length ? { message, placeholders } : { message };
  }
  writeFileSync(file, `${JSON.stringify(messages, null, 2)}\n`);
}
