import {
  addDays,
  BUILTIN_LINT_RULES,
  daysBetween,
  DOMAIN_LEXICON,
  markdownToPlainText,
  nodeWords,
  todayIn,
  upcomingNode,
  type Kit,
  type KitItem,
  type UsageRecord,
} from '../../content-kit';
import { lintSettingsFor } from '../lint/lint-settings';
import type { Snapshot, SnapshotEntry, SnapshotItem, SnapshotNode } from './snapshot-types';

/** 节点 are days of China's calendar: the coming week is counted in China's time zone. */
export const NODE_TIME_ZONE = 'Asia/Shanghai';

/** One kit item as the sidebar holds it: the body becomes plain text here, once, so the content script carries no Markdown code. */
export function snapshotItem(kitId: string, item: KitItem): SnapshotItem {
  return {
    kitId,
    id: item.id,
    kind: item.kind,
    title: item.title,
    body: item.kind === 'topic' ? item.body.trim() : markdownToPlainText(item.body),
    ...(item.tags && { tags: item.tags }),
    ...(item.stage && { stage: item.stage }),
    ...(item.platforms && { platforms: item.platforms }),
    ...(item.variables && { variables: item.variables }),
  };
}

/** A kit's calendar entries from yesterday to tomorrow, in its time zone. */
export function snapshotCalendar(kit: Kit, now: number): SnapshotEntry[] {
  const timezone = kit.timezone ?? 'Asia/Shanghai';
  const today = todayIn(timezone, now);
  const window = new Set([addDays(today, -1), today, addDays(today, 1)]);
  return (kit.calendar ?? [])
    .filter((e) => window.has(e.date))
    .map((e) => ({ kitId: kit.id, timezone, id: e.id, date: e.date, time: e.time, title: e.title, platform: e.platform, status: e.status, itemId: e.itemId }));
}

/**
 * Builds the sidebar's snapshot from the enabled kits, in their order, with what the content script needs as data
 * (the lint rules, the domain lexicon) and the nearest 节点 of the coming 7 days, named with its words (for the
 * sidebar's today line and the season-word boost).
 */
export function buildSnapshot(
  kits: readonly Kit[],
  extra: { version: number; limits?: Record<string, number>; usage?: Record<string, UsageRecord>; favourites?: string[]; profile?: Record<string, string>; lintAllow?: string[]; now?: number },
): Snapshot {
  const now = extra.now ?? Date.now();
  return {
    version: extra.version,
    kits: kits.map((k) => ({ id: k.id, name: k.name, ...(k.canvas && { canvas: k.canvas }) })),
    profile: extra.profile ?? {},
    items: kits.flatMap((kit) => kit.items.map((item) => snapshotItem(kit.id, item))),
    calendar: kits.flatMap((kit) => snapshotCalendar(kit, now)),
    limits: extra.limits ?? {},
    usage: Object.entries(extra.usage ?? {}),
    favourites: extra.favourites ?? [],
    lint: lintSettingsFor(kits, extra.lintAllow),
    lintRules: BUILTIN_LINT_RULES,
    lexicon: DOMAIN_LEXICON,
    ...nearestNode(now),
  };
}

/** The `node` field: the nearest 节点 from today to 7 days on, or nothing. */
function nearestNode(now: number): { node?: SnapshotNode } {
  const day = todayIn(NODE_TIME_ZONE, now);
  const node = upcomingNode(day, 7);
  if (!node) return {};
  return { node: { date: node.date, name: node.name, kind: node.kind, inDays: daysBetween(day, node.date), day, words: nodeWords(node) } };
}
