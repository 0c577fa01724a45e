import type { CalendarEntry, Canvas, ItemKind, NodeKind, Platform, Stage, UsageRecord, Variable } from '../../content-kit';
import type { LintSettings } from '../lint/lint-settings';
import type { Concept, LintRule } from '../../content-kit';

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

/**
 * The nearest 节点 of the coming week on China's calendar (content-kit's upcomingNode), worked out in the background so
 * the content script carries no calendar code, with the words items about it are tagged with (nodeWords).
 */
export interface SnapshotNode {
  /** `YYYY-MM-DD` of the node. */
  date: string;
  name: string;
  kind: NodeKind;
  /** Whole days from the snapshot's day (`day`) to the node: 0 is today. */
  inDays: number;
  /** The day (Asia/Shanghai) the snapshot was built for; the background rebuilds it when the day changes. */
  day: string;
  words: string[];
}

/** The compact, versioned view of the enabled kits that content scripts cache and rank locally. */
export interface Snapshot {
  version: number;
  kits: { id: string; name: string; canvas?: Canvas }[];
  /** The user's profile (settings), by blank name: fills matching blanks. */
  profile: Record<string, string>;
  items: SnapshotItem[];
  calendar: SnapshotEntry[];
  limits: Record<string, number>;
  usage: [string, UsageRecord][];
  favourites: string[];
  /** The nearest 节点 in the coming 7 days, when there is one. */
  node?: SnapshotNode;
  /** The enabled kits' lint settings merged with the user's allow-list. */
  lint: LintSettings;
  /** The built-in lint rules as data, so the content script lints without bundling them. */
  lintRules: LintRule[];
  /** The suggester's domain lexicon as data, so the content script does not bundle it. */
  lexicon: Concept[];
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
