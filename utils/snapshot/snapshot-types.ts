import type { LintSettings } from '../lint/lint-settings';
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
  /** The enabled kits' lint settings merged with the user's allow-list. */
  lint: LintSettings;
}
