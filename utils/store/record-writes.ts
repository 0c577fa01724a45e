import type { UsageRecord } from '../../content-kit';
import { KitNotFoundError } from './store-errors';
import { defaultSettings, type KitRecord, type Settings } from './store-schema';
import type { StoreTx, Written } from './store-transaction';
import { addAllowed } from '../lint/lint-settings';

// Read-modify-writes of the small keys: each runs inside one store transaction (see create-kit-store.ts).

/** Whether a kit feeds the sidebar. */
export async function setKitEnabled(tx: StoreTx, kitId: string, enabled: boolean): Promise<Written<KitRecord[]>> {
  const records = await tx.records();
  if (!records.some((r) => r.id === kitId)) throw new KitNotFoundError(kitId);
  const next = records.map((r) => (r.id === kitId ? { ...r, enabled } : r));
  tx.put('kits', next);
  return { result: next, change: { keys: ['kits'] } };
}

/** Orders the kits as `ids` lists them (kits it leaves out keep their order after those). */
export async function setKitOrder(tx: StoreTx, ids: readonly string[]): Promise<Written<KitRecord[]>> {
  const rank = new Map(ids.map((id, i) => [id, i]));
  const next = (await tx.records())
    .sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity))
    .map((r, order) => ({ ...r, order }));
  tx.put('kits', next);
  return { result: next, change: { keys: ['kits'] } };
}

/** Shows a hidden (deleted) built-in kit again, feeding the sidebar. */
export async function showKit(tx: StoreTx, kitId: string): Promise<Written<KitRecord[]>> {
  const records = await tx.records();
  if (!records.some((r) => r.id === kitId)) throw new KitNotFoundError(kitId);
  const next = records.map((r) => (r.id === kitId ? { ...r, hidden: false, enabled: true } : r));
  tx.put('kits', next);
  return { result: next, change: { kitIds: [kitId], keys: ['kits'] } };
}

/** Changes only the settings fields in `patch`, over what is stored now (another tab's save of other fields stays). */
export async function saveSettings(tx: StoreTx, patch: Partial<Settings>): Promise<Written<Settings>> {
  const next = { ...defaultSettings(), ...(await tx.get('settings')), ...patch };
  tx.put('settings', next);
  return { result: next, change: { keys: ['settings'], settings: Object.keys(patch) as (keyof Settings)[] } };
}

/** Sets one platform target's length limit (null: back to the built-in one), over the stored limits. */
/** Sets one profile value by blank name; an empty value removes it. */
export async function setProfileValue(tx: StoreTx, name: string, value: string): Promise<Written<Settings>> {
  const settings = { ...defaultSettings(), ...(await tx.get('settings')) };
  // Built with fromEntries: a blank named `__proto__` stays a plain key.
  const profile = Object.fromEntries([...Object.entries(settings.profile).filter(([k]) => k !== name), ...(value.trim() ? [[name, value.trim()]] : [])]);
  const next = { ...settings, profile };
  tx.put('settings', next);
  return { result: next, change: { keys: ['settings'], settings: ['profile'] } };
}

/** Adds phrases to the user's lint allow-list ("always allow"). */
export async function allowLintPhrases(tx: StoreTx, phrases: readonly string[]): Promise<Written<Settings>> {
  const settings = { ...defaultSettings(), ...(await tx.get('settings')) };
  const next = { ...settings, lintAllow: addAllowed(settings.lintAllow, phrases) };
  tx.put('settings', next);
  return { result: next, change: { keys: ['settings'], settings: ['lintAllow'] } };
}

export async function setLimit(tx: StoreTx, targetId: string, limit: number | null): Promise<Written<Settings>> {
  const stored = { ...defaultSettings(), ...(await tx.get('settings')) };
  const limits = new Map(Object.entries(stored.limits));
  if (limit === null) limits.delete(targetId);
  else limits.set(targetId, limit);
  const next = { ...stored, limits: Object.fromEntries(limits) };
  tx.put('settings', next);
  return { result: next, change: { keys: ['settings'], settings: ['limits'] } };
}

/** Marks or unmarks one `kitId/itemId` key as a favourite. */
export async function setFavourite(tx: StoreTx, key: string, on: boolean): Promise<Written<string[]>> {
  const set = new Set((await tx.get('favourites')) ?? []);
  if (on === set.has(key)) return { result: [...set], change: null };
  if (on) set.add(key);
  else set.delete(key);
  tx.put('favourites', [...set]);
  return { result: [...set], change: { keys: ['favourites'], favourites: [key] } };
}

/** Counts one use of a `kitId/itemId` key. */
export async function recordUsage(tx: StoreTx, key: string, now: number): Promise<Written<UsageRecord>> {
  // A Map copy: keys are `kitId/itemId`, never a bare `__proto__`, but a Map never meets the prototype at all.
  const all = new Map(Object.entries((await tx.get('usage')) ?? {}));
  const next = { count: (all.get(key)?.count ?? 0) + 1, lastUsed: now };
  all.set(key, next);
  tx.put('usage', Object.fromEntries(all));
  return { result: next, change: { keys: ['usage'], usage: [key] } };
}
