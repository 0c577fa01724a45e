const HEAD = /^([^.[:\s]+)(?:\[(\d+)\])?/;

/**
 * Orders `path: reason` lines the way a reader goes through the file: errors of `items[2]` before those of
 * `items[10]`; top-level fields keep the order in which they were first reported; ties keep their order.
 */
export function sortErrors(lines: readonly string[]): string[] {
  const rank = new Map<string, number>();
  const keyed = lines.map((line, order) => {
    const m = HEAD.exec(line);
    const field = m?.[1] ?? '';
    if (!rank.has(field)) rank.set(field, rank.size);
    return { line, field: rank.get(field)!, index: m?.[2] !== undefined ? Number(m[2]) : -1, order };
  });
  keyed.sort((a, b) => a.field - b.field || a.index - b.index || a.order - b.order);
  return keyed.map((k) => k.line);
}
