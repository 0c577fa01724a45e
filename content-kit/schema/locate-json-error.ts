const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;

/** The character at `index` for a message: itself when visible, else its code point (no control codes reach a terminal). */
function showCharacter(text: string, index: number): string {
  const code = text.codePointAt(index)!;
  const ch = String.fromCodePoint(code);
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(ch) ? `'${ch}'` : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

/**
 * Finds the first JSON syntax error: its UTF-16 index and a reason. Iterative, so any nesting is safe.
 * JSON.parse does not always say where it failed; this does. Returns null for valid JSON.
 */
export function locateJsonError(text: string): { index: number; reason: string } | null {
  const stack: string[] = [];
  let expect = 'value' as Expect;
  let i = 0;
  const afterValue = () => {
    expect = stack.length === 0 ? 'end' : 'comma-or-close';
  };
  const scanString = (): { index: number; reason: string } | null => {
    const start = i;
    for (i++; i < text.length; i++) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return null;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!HEX4.test(text.slice(i + 2, i + 6))) return { index: i, reason: 'bad \\u escape in string' };
          i += 5;
        } else if (e !== undefined && ESCAPES.has(e)) i++;
        else return { index: i, reason: 'bad escape in string' };
      } else if (c.charCodeAt(0) < 0x20) return { index: i, reason: 'control character in string' };
    }
    return { index: start, reason: 'unterminated string' };
  };
  while (true) {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
    if (i >= text.length) return expect === 'end' ? null : { index: i, reason: 'unexpected end of input' };
    const c = text[i]!;
    switch (expect) {
      case 'end':
        return { index: i, reason: 'unexpected content after the end of the JSON value' };
      case 'colon':
        if (c !== ':') return { index: i, reason: "expected ':' after a property name" };
        i++;
        expect = 'value';
        break;
      case 'key':
      case 'key-or-close':
        if (c === '}' && expect === 'key-or-close') {
          stack.pop();
          i++;
          afterValue();
        } else if (c === '"') {
          const error = scanString();
          if (error) return error;
          expect = 'colon';
        } else return { index: i, reason: 'expected a property name in double quotes' };
        break;
      case 'comma-or-close': {
        const open = stack[stack.length - 1];
        const close = open === '{' ? '}' : ']';
        if (c === ',') {
          i++;
          expect = open === '{' ? 'key' : 'value';
        } else if (c === close) {
          stack.pop();
          i++;
          afterValue();
        } else return { index: i, reason: `expected ',' or '${close}'` };
        break;
      }
      default:
        if (c === ']' && expect === 'value-or-close') {
          stack.pop();
          i++;
          afterValue();
        } else if (c === '{' || c === '[') {
          stack.push(c);
          i++;
          expect = c === '{' ? 'key-or-close' : 'value-or-close';
        } else if (c === '"') {
          const error = scanString();
          if (error) return error;
          afterValue();
        } else if (c === '-' || (c >= '0' && c <= '9')) {
          NUMBER.lastIndex = i;
          if (!NUMBER.exec(text)) return { index: i, reason: 'malformed number' };
          i = NUMBER.lastIndex;
          afterValue();
        } else {
          const literal = LITERALS.find((word) => text.startsWith(word, i));
          if (!literal) return { index: i, reason: `unexpected character ${showCharacter(text, i)}` };
          i += literal.length;
          afterValue();
        }
    }
  }
}
