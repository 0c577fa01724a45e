// Control characters other than tab, CR and LF are not allowed in iCalendar TEXT (RFC 5545 §3.3.11).
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** A TEXT value escaped per RFC 5545 §3.3.11: `\` `;` `,` get a backslash, every line break becomes `\n`. */
export function escapeIcsText(text: string): string {
  return text
    .replace(CONTROLS, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

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

const encoder = new TextEncoder();

// Only these stay as they are; anything else is %-encoded byte by byte, so two different ids never share a UID.
const safe = (text: string) =>
  Array.from(encoder.encode(text), (b) =>
    (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x2d || b === 0x2e || b === 0x5f
      ? String.fromCharCode(b)
      : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
  ).join('');

/**
 * The iCalendar UID of a kit's calendar entry, `<entryId>@<kitId>.community-kit`: the same entry always gets the
 * same UID, so importing a newer export updates the event in the calendar app instead of adding a duplicate.
 */
export function icsUid(kitId: string, entryId: string): string {
  return `${safe(entryId)}@${safe(kitId)}.community-kit`;
}
