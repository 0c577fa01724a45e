import type { Platform, TargetId } from '../content-kit';

/** A selector and when it was last seen working on the live site (YYYY-MM); chains go newest first. */
export interface DatedSelector {
  selector: string;
  seen: string;
}

/** How text gets into an editor; one strategy per editor kind (insert/). */
export type InsertStrategyId = 'textarea' | 'contenteditable' | 'prosemirror' | 'iframe-body';

/** One place on a site where people write. */
export interface ComposerSpec {
  id: string;
  /** The platform target whose rules apply (length, hashtag form, what may be inserted). */
  target: TargetId;
  insertWith: InsertStrategyId;
  /** The editable element (for iframe-body, the iframe). */
  selectors: DatedSelector[];
  /** Only on pages whose path matches. */
  path?: RegExp;
}

/** What the suggester learns from the page besides the draft. */
export interface PageContext {
  /** e.g. home, compose, hot-search, group-topic, chat, mp-editor */
  pageKind: string;
  title?: string;
  group?: string;
  chat?: string;
  /** The community this page belongs to, when the page names it (a WeChat group chat, a Douban group): fills 社群名. */
  community?: string;
  /** The one topic a hashtag page is about, without its `#` marks. */
  topic?: string;
  hotTopics: string[];
}

/** A part of a site's pages the adapter knows besides its composers; checked when the sidebar mounts. */
export type PagePartId = 'hot-list' | 'group-name' | 'chat-name';

/** Where a known part is found: a dated selector chain (newest first), only on the pages it belongs to. */
export interface PagePart {
  id: PagePartId;
  selectors: DatedSelector[];
  /** Only on these host names. */
  hosts?: readonly string[];
  /** Only on pages whose path matches. */
  path?: RegExp;
}

/** A site, declared: its hosts, its composers, the other parts it reads, and how to read its context. */
export interface SiteAdapter {
  id: Platform;
  matches: readonly string[];
  composers: ComposerSpec[];
  /** The page's known parts other than composers (hot list, group or chat name), for the self-check and the report. */
  parts?: PagePart[];
  readContext(doc: Document, url: URL): PageContext;
}

/** Declares a site adapter (typed identity, in the manner of Refined GitHub's features). */
export function defineSiteAdapter(adapter: SiteAdapter): SiteAdapter {
  return adapter;
}
