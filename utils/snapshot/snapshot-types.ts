import type { CalendarEntry, ItemKind, Platform, Stage, UsageRecord, Variable } from '../../content-kit';

/** One kit item as the sidebar needs it: the body already turned into plain text, placeholders kept. */
export interface SnapshotItem {
  kitId: string;
  id: string;
  kind: ItemKind;
  title: string;
  /** Plain text of the Markdown body (a topic's body is its words). */
  body: string;
  tags?: string[];
  stage?: Stage;
  platforms?: Platform[];
  variables?: Variable[];
}

/** A calendar entry near today, with its kit's time zone so the page can tell what "today" is. */
export interface SnapshotEntry extends Pick<CalendarEntry, 'id' | 'date' | 'time' | 'title' | 'platform' | 'status' | 'itemId'> {
  kitId: string;
  timezone: string;
}

/** The compact, versioned view of the enabled kits that content scripts cache and rank locally. */
export interface Snapshot {
  version: number;
  kits: { id: string; name: string }[];
  items: SnapshotItem[];
  calendar: SnapshotEntry[];
  limits: Record<string, number>;
  usage: [string, UsageRecord][];
  favourites: string[];
}

/**
 * What changed between two snapshot versions, item by item, so an open tab updates its snapshot and its index
 * instead of fetching everything. Fields left out did not change.
 */
export interface SnapshotDelta {
  from: number;
  to: number;
  /** Items added or changed (in their kit's order among the others of the same kit is not kept: the index ranks). */
  upsert: SnapshotItem[];
  /** `kitId/itemId` keys of items removed. */
  remove: string[];
  /** The kits' names, when one changed. */
  kits?: Snapshot['kits'];
  /** The calendar near today of the kits listed, replacing theirs. */
  calendar?: { kitIds: string[]; entries: SnapshotEntry[] };
  /** The whole favourites list, when it changed. */
  favourites?: string[];
  /** Use records that changed. */
  usage?: [string, UsageRecord][];
}
