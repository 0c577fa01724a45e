const PARTS = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?/;

/** Orders two semver versions by precedence (build metadata ignored; pre-release words in ASCII order); negative when `a` comes first. */
export function compareSemver(a: string, b: string): number {
  const x = PARTS.exec(a);
  const y = PARTS.exec(b);
  if (!x || !y) return a.localeCompare(b);
  for (let i = 1; i <= 3; i++) {
    const d = Number(x[i]) - Number(y[i]);
    if (d) return d;
  }
  if (!x[4] || !y[4]) return (x[4] ? -1 : 0) + (y[4] ? 1 : 0);
  const p = x[4].split('.');
  const q = y[4].split('.');
  for (let i = 0; i < Math.max(p.length, q.length); i++) {
    if (p[i] === undefined) return -1;
    if (q[i] === undefined) return 1;
    const [m, n] = [p[i]!, q[i]!];
    const numeric = /^\d+$/.test(m) && /^\d+$/.test(n);
    const d = numeric ? Number(m) - Number(n) : /^\d+$/.test(m) ? -1 : /^\d+$/.test(n) ? 1 : m < n ? -1 : m > n ? 1 : 0;
    if (d) return d;
  }
  return 0;
}
