/** A fresh `updatedAt` that is strictly later than `previous`, so two quick saves never share a stamp. */
export function nextStamp(previous: string | undefined, now = Date.now()): string {
  const before = previous ? Date.parse(previous) : NaN;
  return new Date(Number.isFinite(before) && before >= now ? before + 1 : now).toISOString();
}
