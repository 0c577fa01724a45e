/** JSON with sorted keys, leaving out `updatedAt`: two records with equal text are the same content. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => k !== 'updatedAt' && record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`).join(',')}}`;
}

/** True when two items or entries say the same thing, whenever they were saved. */
export function sameContent(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}
