import { ID_PATTERN } from '../../content-kit';

/** A new id following the kit id rule, `prefix-` plus time and randomness, not among `taken`. */
export function freshId(prefix: string, taken: { has(id: string): boolean }): string {
  const clean = prefix.replace(/[^A-Za-z0-9_.-]/g, '').slice(0, 20) || 'item';
  for (;;) {
    const id = `${clean}-${Date.now().toString(36)}${Math.floor(Math.random() * 46_656).toString(36).padStart(3, '0')}`;
    if (ID_PATTERN.test(id) && !taken.has(id)) return id;
  }
}
