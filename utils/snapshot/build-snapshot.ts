import { addDays, daysBetween, markdownToPlainText, nodeWords, todayIn, upcomingNode, type Kit, type UsageRecord, BUILTIN_LINT_RULES, DOMAIN_LEXICON } from '../../content-kit';
import type { Snapshot, SnapshotEntry, SnapshotNode } from './snapshot-types';
import { lintSettingsFor } from '../lint/lint-settings';

/** 节点 are days of China's calendar: the coming week is counted in China's time zone. */
export const NODE_TIME_ZONE = 'Asia/Shanghai';

/**
 * Builds the sidebar's snapshot from the enabled kits, in their order. Bodies become plain text here, once,
 * so the content script carries no Markdown code; calendar entries are kept for yesterday to tomorrow; the nearest
 * 节点 of the coming 7 days is named with its words (for the sidebar's today line and the season-word boost).
 */
export function buildSnapshot(
  kits: readonly Kit[],
  extra: { version: number; limits?: Record<string, number>; usage?: Record<string, UsageRecord>; favourites?: string[]; profile?: Record<string, string>; lintAllow?: string[]; now?: number },
): Snapshot {
  const now = extra.now ?? Date.now();
  const calendar: SnapshotEntry[] = [];
  for (const kit of kits) {
    const timezone = kit.timezone ?? 'Asia/Shanghai';
    const today = todayIn(timezone, now);
    const window = new Set([addDays(today, -1), today, addDays(today, 1)]);
    for (const e of kit.calendar ?? [])
      if (window.has(e.date))
        calendar.push({ kitId: kit.id, timezone, id: e.id, date: e.date, time: e.time, title: e.title, platform: e.platform, status: e.status, itemId: e.itemId });
  }
  return {
    version: extra.version,
    kits: kits.map((k) => ({ id: k.id, name: k.name, ...(k.canvas && { canvas: k.canvas }) })),
    profile: extra.profile ?? {},
    items: kits.flatMap((kit) =>
      kit.items.map((item) => ({
        kitId: kit.id,
        id: item.id,
        kind: item.kind,
        title: item.title,
        body: item.kind === 'topic' ? item.body.trim() : markdownToPlainText(item.body),
        ...(item.tags && { tags: item.tags }),
        ...(item.stage && { stage: item.stage }),
        ...(item.platforms && { platforms: item.platforms }),
        ...(item.variables && { variables: item.variables }),
      })),
    ),
    calendar,
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
