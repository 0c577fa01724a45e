import type { Kit, UsageRecord } from '../../content-kit';

/** Bumped when the stored shape changes; run-migrations.ts brings older data forward. */
export const STORE_SCHEMA_VERSION = 2;

/** A kit's place in the product: whether it feeds the sidebar, and in what order. */
export interface KitRecord {
  id: string;
  enabled: boolean;
  order: number;
  builtin?: boolean;
  /** The built-in kit, deleted by the user: kept but shown nowhere until "show the starter kit again". */
  hidden?: boolean;
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

/** An item, calendar entry or whole kit deleted in the studio, kept until it is restored or emptied. */
export type TrashEntry =
  | { kitId: string; kind: 'item'; value: Kit['items'][number]; deletedAt: number }
  | { kitId: string; kind: 'entry'; value: NonNullable<Kit['calendar']>[number]; deletedAt: number }
  | { kitId: string; kind: 'kit'; value: Kit; record: KitRecord; deletedAt: number };

/** One import that can still be undone, as listed (its snapshot is stored apart, under `undo:<id>`). */
export interface ImportRecord {
  /** Unique per import. */
  id: string;
  kitId: string;
  kitName: string;
  at: number;
  /** The import created the kit: undoing it removes the kit. */
  created: boolean;
  /** The kit's updatedAt just after the import: any other value means it changed since. */
  updatedAt: string;
}

/** What undoing one import needs: the kit and record as they were, and the imported kit's stamps. */
export interface ImportSnapshot {
  before: Kit | null;
  record: KitRecord | null;
  /** Item and calendar entry ids with their updatedAt just after the import, and the kit's own fields then. */
  items: [string, string | undefined][];
  entries: [string, string | undefined][];
  meta: Record<string, unknown>;
}

/** Everything the store holds, by key. Kits are stored whole so that writing one is a single atomic put. */
export interface StoreShape {
  meta: { schemaVersion: number; installedAt: number };
  kits: KitRecord[];
  settings: Settings;
  usage: Record<string, UsageRecord>;
  favourites: string[];
  trash: TrashEntry[];
  /** The last few imports, newest last, each undoable on its own. */
  imports: ImportRecord[];
  /** Before version 2: the one "undo last import" snapshot (migrated into `imports`). */
  'undo-import': { kitId: string; before: Kit | null; records: KitRecord[]; at: number } | null;
}

export const defaultSettings = (): Settings => ({ limits: {}, theme: 'system', language: 'auto', profile: {}, lintAllow: [] });

/** How many imports stay undoable. */
export const MAX_IMPORTS = 5;

/** How long trash entries are kept before they are emptied for good. */
export const TRASH_DAYS = 30;
