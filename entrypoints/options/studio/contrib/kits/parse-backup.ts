import { FORMAT_NAME, FORMAT_VERSION, formatPath, parseKit, type Kit } from '../../../../../content-kit';
import type { StoreDump } from '../../../../../utils/store/create-kit-store';
import { defaultSettings, STORE_SCHEMA_VERSION, type KitRecord, type Settings, type TrashEntry } from '../../../../../utils/store/store-schema';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, MAX_BACKUP_BYTES } from './backup-file';
import { MAX_ALLOWED_PHRASE } from '../../../../../utils/lint/lint-settings';

/** A backup that can be written as it is, or every reason it cannot (`path: reason` lines). */
export type ParseBackupResult = { ok: true; dump: Omit<StoreDump, 'schemaVersion'>; createdAt: string } | { ok: false; errors: string[] };

type Path = (string | number)[];
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const THEMES = new Set<Settings['theme']>(['system', 'light', 'dark']);
const LANGUAGES = new Set<Settings['language']>(['auto', 'zh-CN', 'en']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Record<string, unknown>, key: string) => (Object.hasOwn(o, key) ? o[key] : undefined);
// A wrapper around a lone trash item or entry, so parseKit checks it exactly as it checks a kit's.
const wrapper = { format: FORMAT_NAME, formatVersion: FORMAT_VERSION, id: 'trash', name: 'trash', version: '1.0.0', updatedAt: '2000-01-01T00:00:00Z' };

/** parseKit's lines for a value found at `at`: its `$` (or the wrapper's list slot `prefix`) becomes that path. */
function relocate(errors: readonly string[], at: Path, prefix = ''): string[] {
  const base = formatPath(at);
  return errors.map((line) => {
    if (line.startsWith('$:')) return `${base}${line.slice(1)}`;
    if (prefix && line.startsWith(prefix)) return `${base}${line.slice(prefix.length)}`;
    return `${base}.${line}`;
  });
}

function checkKit(value: unknown, at: Path, errors: string[]): Kit | undefined {
  let text: string;
  try {
    text = JSON.stringify(value) ?? 'null';
  } catch {
    errors.push(`${formatPath(at)}: cannot be read`);
    return undefined;
  }
  const result = parseKit(text);
  if (result.ok) return result.kit;
  errors.push(...relocate(result.errors, at));
  return undefined;
}

function checkTrash(value: unknown, errors: string[]): TrashEntry[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return (errors.push('trash: must be an array'), []);
  const out: TrashEntry[] = [];
  value.forEach((entry, i) => {
    const at: Path = ['trash', i];
    if (!isObject(entry)) return errors.push(`${formatPath(at)}: must be an object`);
    const [kitId, kind, deletedAt, item] = [own(entry, 'kitId'), own(entry, 'kind'), own(entry, 'deletedAt'), own(entry, 'value')];
    const before = errors.length;
    if (typeof kitId !== 'string') errors.push(`${formatPath([...at, 'kitId'])}: must be a string`);
    if (kind !== 'item' && kind !== 'entry' && kind !== 'kit') errors.push(`${formatPath([...at, 'kind'])}: must be one of item, entry, kit`);
    if (typeof deletedAt !== 'number' || !Number.isFinite(deletedAt)) errors.push(`${formatPath([...at, 'deletedAt'])}: must be a number`);
    if (kind === 'kit') {
      // A deleted kit is checked as a kit file; its record keeps only whether it fed the sidebar.
      const kit = checkKit(item, [...at, 'value'], errors);
      const record = own(entry, 'record');
      const enabled = isObject(record) ? own(record, 'enabled') : undefined;
      if (typeof enabled !== 'boolean') errors.push(`${formatPath([...at, 'record', 'enabled'])}: must be true or false`);
      if (!kit || errors.length > before) return;
      if (kit.id !== kitId) return errors.push(`${formatPath([...at, 'kitId'])}: must be the kit's id`);
      return out.push({ kitId: kit.id, kind: 'kit', deletedAt: deletedAt as number, value: kit, record: { id: kit.id, enabled: enabled === true, order: 0 } });
    }
    if (!isObject(item)) return errors.push(`${formatPath([...at, 'value'])}: must be an object`);
    // An entry's itemId pointed into its kit, which the wrapper does not hold: checked as a string only.
    const { itemId, ...rest } = item;
    if (kind === 'entry' && itemId !== undefined && typeof itemId !== 'string') errors.push(`${formatPath([...at, 'value', 'itemId'])}: must be a string`);
    const list = kind === 'entry' ? 'calendar' : 'items';
    const result = parseKit(JSON.stringify({ ...wrapper, items: [], [list]: [kind === 'entry' ? rest : item] }));
    if (!result.ok) errors.push(...relocate(result.errors, [...at, 'value'], `${list}[0]`));
    if (errors.length > before || !result.ok) return;
    const parsed = kind === 'entry' ? result.kit.calendar![0]! : result.kit.items[0]!;
    out.push(
      kind === 'entry'
        ? { kitId: kitId as string, kind, deletedAt: deletedAt as number, value: typeof itemId === 'string' ? { ...(parsed as NonNullable<Kit['calendar']>[number]), itemId } : (parsed as NonNullable<Kit['calendar']>[number]) }
        : { kitId: kitId as string, kind: 'item', deletedAt: deletedAt as number, value: parsed as Kit['items'][number] },
    );
  });
  return out;
}

function checkSettings(value: unknown, errors: string[]): Settings {
  if (value === undefined) return defaultSettings();
  if (!isObject(value)) return (errors.push('settings: must be an object'), defaultSettings());
  const settings = defaultSettings();
  const theme = own(value, 'theme');
  if (theme !== undefined) {
    if (THEMES.has(theme as Settings['theme'])) settings.theme = theme as Settings['theme'];
    else errors.push(`settings.theme: must be one of ${[...THEMES].join(', ')}`);
  }
  const limits = own(value, 'limits');
  if (limits !== undefined && !isObject(limits)) errors.push('settings.limits: must be an object');
  else if (limits)
    for (const [key, n] of Object.entries(limits)) {
      if (FORBIDDEN.has(key)) continue;
      if (typeof n === 'number' && Number.isInteger(n) && n > 0 && n <= 100_000) settings.limits[key] = n;
      else errors.push(`${formatPath(['settings', 'limits', key])}: must be a whole number from 1 to 100000`);
    }
  const language = own(value, 'language');
  if (language !== undefined) {
    if (LANGUAGES.has(language as Settings['language'])) settings.language = language as Settings['language'];
    else errors.push(`settings.language: must be one of ${[...LANGUAGES].join(', ')}`);
  }
  const profile = own(value, 'profile');
  if (profile !== undefined && !isObject(profile)) errors.push('settings.profile: must be an object');
  else if (profile)
    for (const [key, text] of Object.entries(profile)) {
      if (FORBIDDEN.has(key)) continue;
      if (typeof text === 'string') settings.profile[key] = text;
      else errors.push(`${formatPath(['settings', 'profile', key])}: must be a string`);
    }
  const lintAllow = own(value, 'lintAllow');
  if (lintAllow !== undefined && !Array.isArray(lintAllow)) errors.push('settings.lintAllow: must be an array');
  else if (lintAllow)
    lintAllow.forEach((phrase: unknown, i) => {
      if (typeof phrase === 'string' && phrase.trim() && phrase.length <= MAX_ALLOWED_PHRASE) settings.lintAllow.push(phrase);
      else errors.push(`${formatPath(['settings', 'lintAllow', i])}: must be a phrase of 1 to ${MAX_ALLOWED_PHRASE} characters`);
    });
  return settings;
}

function checkUsage(value: unknown, errors: string[]): StoreDump['usage'] {
  const usage: StoreDump['usage'] = {};
  if (value === undefined) return usage;
  if (!isObject(value)) return (errors.push('usage: must be an object'), usage);
  for (const [key, record] of Object.entries(value)) {
    // Keys are `kitId/itemId`; a bare `__proto__` is never one and never becomes a key of ours.
    if (FORBIDDEN.has(key)) continue;
    const at = ['usage', key];
    const count = isObject(record) ? own(record, 'count') : undefined;
    const lastUsed = isObject(record) ? own(record, 'lastUsed') : undefined;
    if (!key.includes('/')) errors.push(`${formatPath(at)}: must be keyed kitId/itemId`);
    else if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) errors.push(`${formatPath([...at, 'count'])}: must be a whole number`);
    else if (typeof lastUsed !== 'number' || !Number.isFinite(lastUsed)) errors.push(`${formatPath([...at, 'lastUsed'])}: must be a number`);
    else Object.defineProperty(usage, key, { value: { count, lastUsed }, enumerable: true, writable: true, configurable: true });
  }
  return usage;
}

function checkFavourites(value: unknown, errors: string[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return (errors.push('favourites: must be an array'), []);
  const out: string[] = [];
  value.forEach((key, i) => (typeof key === 'string' && key.length <= 200 ? out.push(key) : errors.push(`favourites[${i}]: must be a string of at most 200 characters`)));
  return out;
}

/**
 * Reads a full backup file and checks all of it before anything is written: the file's own fields, every kit as
 * parseKit checks a kit file, the settings, use history, favourites and trash. Never throws.
 */
export function parseBackup(bytes: Uint8Array): ParseBackupResult {
  if (bytes.byteLength > MAX_BACKUP_BYTES) return { ok: false, errors: [`$: file is ${bytes.byteLength} bytes, over the ${MAX_BACKUP_BYTES / 1024 / 1024} MiB limit of a backup`] };
  let raw: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`$: not a backup file: ${error instanceof SyntaxError ? `invalid JSON (${error.message})` : 'not valid UTF-8 JSON'}`] };
  }
  if (!isObject(raw)) return { ok: false, errors: ['$: must be a JSON object'] };
  if (own(raw, 'format') !== BACKUP_FORMAT) return { ok: false, errors: [`format: must be "${BACKUP_FORMAT}"${own(raw, 'format') === FORMAT_NAME ? ' (this is a kit file: import it instead)' : ''}`] };
  const version = own(raw, 'formatVersion');
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) return { ok: false, errors: [`formatVersion: made by a newer version (formatVersion ${version})`] };
  const errors: string[] = [];
  if (version !== BACKUP_FORMAT_VERSION) errors.push(`formatVersion: must be ${BACKUP_FORMAT_VERSION}`);
  const schema = own(raw, 'schemaVersion');
  if (typeof schema !== 'number' || !Number.isInteger(schema) || schema < 0) errors.push('schemaVersion: must be a whole number');
  else if (schema > STORE_SCHEMA_VERSION) errors.push(`schemaVersion: made by a newer version (schemaVersion ${schema})`);
  const createdAt = own(raw, 'createdAt');
  if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt))) errors.push('createdAt: must be a date-time');

  const kits: Kit[] = [];
  const records: KitRecord[] = [];
  const list = own(raw, 'kits');
  if (!Array.isArray(list)) errors.push('kits: must be an array');
  else {
    const seen = new Set<string>();
    list.forEach((entry, i) => {
      if (!isObject(entry)) return errors.push(`kits[${i}]: must be an object`);
      const enabled = own(entry, 'enabled');
      const builtin = own(entry, 'builtin');
      const hidden = own(entry, 'hidden');
      if (hidden !== undefined && typeof hidden !== 'boolean') errors.push(`kits[${i}].hidden: must be true or false`);
      if (typeof enabled !== 'boolean') errors.push(`kits[${i}].enabled: must be true or false`);
      if (builtin !== undefined && typeof builtin !== 'boolean') errors.push(`kits[${i}].builtin: must be true or false`);
      const kit = checkKit(own(entry, 'kit'), ['kits', i, 'kit'], errors);
      if (!kit) return;
      if (seen.has(kit.id)) return errors.push(`kits[${i}].kit.id: "${kit.id}" appears twice`);
      seen.add(kit.id);
      kits.push(kit);
      records.push({ id: kit.id, enabled: enabled === true, order: records.length, ...(builtin === true && { builtin: true }), ...(hidden === true && { hidden: true }) });
    });
  }
  const settings = checkSettings(own(raw, 'settings'), errors);
  const usage = checkUsage(own(raw, 'usage'), errors);
  const favourites = checkFavourites(own(raw, 'favourites'), errors);
  const trash = checkTrash(own(raw, 'trash'), errors);
  if (errors.length) return { ok: false, errors };
  return { ok: true, createdAt: createdAt as string, dump: { records, kits, settings, usage, favourites, trash } };
}
