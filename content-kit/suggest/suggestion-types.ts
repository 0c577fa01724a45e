import type { ItemKind, Platform, Stage } from '../schema/kit-schema';

/** What the suggester needs of an item; a kit item fits as it is. */
export interface SuggestItem {
  id: string;
  kind: ItemKind;
  title: string;
  body: string;
  tags?: readonly string[];
  stage?: Stage;
  platforms?: readonly Platform[];
}

/** Where and what the user is writing. Every field is optional; more context ranks better. */
export interface SuggestContext {
  /** The draft in the composer (the part near the caret matters most; keep it to a few hundred characters). */
  text?: string;
  /** What the user typed into the sidebar's search box. */
  query?: string;
  site?: Platform;
  /** A platform target id (platform-targets.ts), such as `wechat-chat`. */
  target?: string;
  /** Page title, group name or chat name. */
  title?: string;
  group?: string;
  chat?: string;
  hotTopics?: readonly string[];
}

export interface UsageRecord {
  count: number;
  lastUsed: number;
}

export interface SuggestOptions {
  kind?: ItemKind;
  stage?: Stage;
  limit?: number;
  /** Use history by suggestion key (`kitId/itemId`). */
  usage?: ReadonlyMap<string, UsageRecord>;
  favourites?: ReadonlySet<string>;
  /** Milliseconds since the epoch, for recency; defaults to Date.now(). */
  now?: number;
  /**
   * Words of the season, such as the coming 节点's (读书, 阅读, 世界读书日): items with a tag that contains one
   * rank higher. Replaces the suggester's own `seasonWords` for this query; an empty list turns the boost off.
   */
  seasonWords?: readonly string[];
}

/** A matched stretch of the title or the body's opening, in UTF-16 offsets, for highlighting. */
export interface MatchSpan {
  field: 'title' | 'body';
  start: number;
  end: number;
}

export interface Suggestion {
  /** `kitId/itemId`: unique across kits. */
  key: string;
  id: string;
  kitId: string;
  kind: ItemKind;
  title: string;
  stage?: Stage;
  score: number;
  matches: MatchSpan[];
}

export interface Suggester {
  suggest(context: SuggestContext, options?: SuggestOptions): Suggestion[];
  /** Adds or replaces one item without rebuilding the index. */
  upsert(kitId: string, item: SuggestItem): void;
  remove(kitId: string, itemId: string): void;
  /** The item behind a suggestion key. */
  get(key: string): SuggestItem | undefined;
  readonly size: number;
}
