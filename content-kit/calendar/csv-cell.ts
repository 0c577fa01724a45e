// Cells a spreadsheet would run as a formula (OWASP CSV injection), and cells that only look escaped because they
// already start with apostrophes: both get one more apostrophe, so import can take exactly one off again.
const FORMULA = /^'*[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",;\t\r\n]|^\s|\s$/;

/**
 * One CSV cell for Excel: a leading apostrophe in front of anything starting with = + - @ tab or CR (after any
 * apostrophes), then quoted with doubled quotes when it holds a quote, separator, line break or edge whitespace.
 */
export function csvCell(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return safe !== value || NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
