/** The next semver version: `patch` 1.2.3 → 1.2.4, `minor` → 1.3.0, `major` → 2.0.0 (pre-release dropped). */
export function bumpVersion(version: string, part: 'patch' | 'minor' | 'major'): string {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!m) return '1.0.0';
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (part === 'major') return `${major + 1}.0.0`;
  if (part === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}
