import { addDays, markdownToPlainText, todayIn, type Kit, type KitItem, type UsageRecord } from '../../content-kit';
import type { Snapshot, SnapshotEntry, SnapshotItem } from './snapshot-types';

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

/** Builds the sidebar's snapshot from the enabled kits, in their order. */
export function buildSnapshot(
  kits: readonly Kit[],
  extra: { version: number; limits?: Record<string, number>; usage?: Record<string, UsageRecord>; favourites?: string[]; now?: number },
): Snapshot {
  const now = extra.now ?? Date.now();
  return {
    version: extra.version,
    kits: kits.map((k) => ({ id: k.id, name: k.name })),
    items: kits.flatMap((kit) => kit.items.map((item) => snapshotItem(kit.id, item))),
    calendar: kits.flatMap((kit) => snapshotCalendar(kit, now)),
    limits: extra.limits ?? {},
    usage: Object.entries(extra.usage ?? {}),
    favourites: extra.favourites ?? [],
  };
}
