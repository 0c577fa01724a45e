// The format's closed vocabularies (KIT-FORMAT.md), apart from the schema so UI code can use them without
// pulling the validator into its bundle.

export const ITEM_KINDS = ['topic', 'slogan', 'story', 'script'] as const;
export const STAGES = ['gather', 'interact', 'operate', 'monetize'] as const;
export const PLATFORMS = ['weibo', 'douban', 'wechat'] as const;
export const ENTRY_PLATFORMS = ['weibo', 'douban', 'wechat', 'offline'] as const;
export const ENTRY_STATUSES = ['idea', 'draft', 'scheduled', 'published'] as const;
export const CANVAS_FIELDS = ['interest', 'structure', 'output', 'operations', 'replication'] as const;
export const FORMAT_NAME = 'community-kit';
/** The version a kit without version 2 fields is written with; new kits start here. */
export const FORMAT_VERSION = 1;
/** Every `formatVersion` a reader accepts; a higher one was made by a newer version. */
export const FORMAT_VERSIONS = [1, 2] as const;
export const LINT_SEVERITIES = ['error', 'warning', 'info'] as const;
/** A word list's `category`; absent means `brand`. */
export const WORD_LIST_CATEGORIES = ['brand', 'ad-law', 'fraud', 'noise', 'health', 'education', 'platform'] as const;

export type ItemKind = (typeof ITEM_KINDS)[number];
export type Stage = (typeof STAGES)[number];
export type Platform = (typeof PLATFORMS)[number];
export type EntryPlatform = (typeof ENTRY_PLATFORMS)[number];
export type EntryStatus = (typeof ENTRY_STATUSES)[number];
export type FormatVersion = (typeof FORMAT_VERSIONS)[number];
export type LintSeverity = (typeof LINT_SEVERITIES)[number];
export type WordListCategory = (typeof WORD_LIST_CATEGORIES)[number];
