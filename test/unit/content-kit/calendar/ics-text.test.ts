import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine, icsUid } from '../../../../content-kit';

describe('escapeIcsText', () => {
  it('escapes backslash, semicolon and comma, turns line breaks into \\n and drops control characters', () => {
    expect(escapeIcsText('a\\b;c,d\r\ne\u0007')).toBe('a\\\\b\\;c\\,d\\ne');
    expect(escapeIcsText('一\r二\n三')).toBe('一\\n二\\n三');
  });
});

describe('foldIcsLine', () => {
  it('folds at 75 octets without splitting a character', () => {
    expect(foldIcsLine('A'.repeat(75))).toBe('A'.repeat(75));
    expect(foldIcsLine('A'.repeat(76))).toBe(`${'A'.repeat(75)}\r\n A`);
    const chinese = foldIcsLine(`SUMMARY:${'读'.repeat(40)}`);
    const lines = chinese.split('\r\n');
    expect(lines.map((l) => Buffer.byteLength(l))).toEqual([8 + 3 * 22, 1 + 3 * 18]);
    const emoji = foldIcsLine(`X:${'😀'.repeat(30)}`).split('\r\n');
    for (const line of emoji) {
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      expect(Buffer.from(line).toString()).toBe(line);
    }
    expect(emoji.join('').replace(/^X:| /g, '')).toBe('😀'.repeat(30));
  });
});

describe('icsUid', () => {
  it('keeps safe characters and %-encodes the rest, so different ids never share a UID', () => {
    expect(icsUid('kit', 'a b')).toBe('a%20b@kit.community-kit');
    expect(icsUid('kit', 'a_b')).not.toBe(icsUid('kit', 'a-b'));
    expect(icsUid('读书会', 'x')).toBe('x@%E8%AF%BB%E4%B9%A6%E4%BC%9A.community-kit');
  });
});
