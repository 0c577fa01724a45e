import { codePointLength } from './code-point-length';
import { locateJsonError } from './locate-json-error';
import { utf8Length } from './utf8-length';

const PARSE_POSITION = /at position (\d+)/;

/**
 * Describes why `text` is not JSON as `$: invalid JSON at byte B (line L, column C): reason`. The position is
 * the one JSON.parse gave in `parseMessage` (KIT-FORMAT.md), else the first error the scanner finds.
 * `byteShift` accounts for a byte-order mark removed before parsing.
 */
export function describeJsonError(text: string, byteShift = 0, parseMessage = ''): string {
  const found = locateJsonError(text);
  const given = PARSE_POSITION.exec(parseMessage)?.[1];
  const index = given !== undefined && Number(given) <= text.length ? Number(given) : found?.index;
  if (index === undefined) return '$: invalid JSON';
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  // Columns count characters as a person sees them: an emoji is one.
  const column = codePointLength(text.slice(lineStart, index)) + 1;
  const reason = found?.reason ?? 'syntax error';
  return `$: invalid JSON at byte ${utf8Length(text, index) + byteShift} (line ${line}, column ${column}): ${reason}`;
}
