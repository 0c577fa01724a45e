const PLAIN_KEY = /^[\p{L}\p{N}_$-]+$/u;

/** Joins path segments as KIT-FORMAT.md writes them: `items[12].kind`; the whole file is `$`. */
export function formatPath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    // A key that is not a plain word is quoted, so no key can break a `path: reason` line.
    else if (!PLAIN_KEY.test(segment)) out += `[${JSON.stringify(segment)}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out || '$';
}
