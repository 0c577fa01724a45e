const MAX_ID = 64;

/**
 * An id following the kit id rule (1–64 of A-Z a-z 0-9 _ . -) made from `base`, not in `taken`, and added to `taken`:
 * `base` itself when free, else `base-2`, `base-3` … (shortened to fit 64 characters).
 */
export function uniqueId(base: string, taken: Set<string>): string {
  const clean = base.replace(/[^A-Za-z0-9_.-]/g, '-').slice(0, MAX_ID) || 'entry';
  let id = clean;
  for (let n = 2; taken.has(id); n++) {
    const suffix = `-${n}`;
    id = clean.slice(0, MAX_ID - suffix.length) + suffix;
  }
  taken.add(id);
  return id;
}
