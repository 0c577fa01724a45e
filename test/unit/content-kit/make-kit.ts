/** A minimal valid kit file as a plain object, with `overrides` applied at the top level. For tests. */
export function makeKit(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'community-kit',
    formatVersion: 1,
    id: 'test-kit',
    name: '测试包',
    version: '1.0.0',
    updatedAt: '2026-11-20T08:00:00+08:00',
    items: [],
    ...overrides,
  };
}
