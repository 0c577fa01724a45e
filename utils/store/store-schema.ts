import type { Kit } from '../../content-kit';
import type { UsageRecord } from '../../content-kit';

/** Bumped when the stored shape changes; migrations.ts brings older data forward. */
export const STORE_SCHEMA_VERSION = 1;

/** A kit's place in the product: whether it feeds the sidebar, and in what order. */
export interface KitRecord {
  id: string;
  enabled: boolean;
  order: number;
  builtin?: boolean;
}

/** What the user has set. Every field has a default (defaultSettings). */
export interface Settings {
  /** Length limits by platform target id, overriding platform-targets.ts. */
  limits: Record<string, number>;
  theme: 'system' | 'light' | 'dark';
  /** The interface language: the browser's ('auto'), or one chosen by the user. */
  language: 'auto' | 'zh-CN' | 'en';
  /** The user's own values for blanks, by blank name (社群名, 城市 …); they fill matching blanks first. */
  profile: Record<string, string>;
  /** Phrases the user always allows: no lint rule flags them (a finding's "always allow"). */
  lintAllow: string[];
}

/** An item or entry deleted in the studio, kept until it is restored or emptied. */
export interface TrashEntry {
  kitId: string;
  kind: 'item' | 'entry';
  value: Kit['items'][number] | NonNullable<Kit['calendar']>[number];
  deletedAt: number;
}

/** Everything the store holds, by key. Kits are stored whole so that writing one is a single atomic put. */
export interface StoreShape {
  meta: { schemaVersion: number; installedAt: number };
  kits: KitRecord[];
  settings: Settings;
  usage: Record<string, UsageRecord>;
  favourites: string[];
  trash: TrashEntry[];
  /** The state before the last import, for "Undo last import". */
  'undo-import': { kitId: string; before: Kit | null; records: KitRecord[]; at: number } | null;
}

export const defaultSettings = (): Settings => ({ limits: {}, theme: 'system', language: 'auto', profile: {}, lintAllow: [] });
