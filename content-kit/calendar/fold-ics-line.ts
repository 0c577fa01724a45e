const LIMIT = 75;
// A lone surrogate would be written as U+FFFD (3 octets); replacing it first keeps the octet count exact.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * One content line folded per RFC 5545 §3.1: physical lines of at most 75 octets of UTF-8, continuation lines
 * starting with one space (counted in their 75), never splitting a character. Lines are joined with CRLF; the
 * caller adds the final CRLF.
 */
export function foldIcsLine(line: string): string {
  if (line.length <= LIMIT && /^[\x00-\x7f]*$/.test(line)) return line;
  let out = '';
  let octets = 0;
  for (const char of line.replace(LONE_SURROGATE, '\ufffd')) {
    const cp = char.codePointAt(0)!;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (octets + size > LIMIT) {
      out += '\r\n ';
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}
