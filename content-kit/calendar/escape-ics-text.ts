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
