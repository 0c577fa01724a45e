import type { CalendarEntry, Kit, KitItem } from '../schema/kit-schema';
import { compareSemver } from './compare-semver';
import { sameContent } from './same-content';

export type MergeSide = 'base' | 'incoming';

export interface MergeConflict<T> {
  id: string;
  base: T;
  incoming: T;
  /** The side kept: the later `updatedAt` by default (ties keep the base), or the person's choice. */
  winner: MergeSide;
  /** Why the default went this way. */
  reason: 'newer' | 'tie' | 'chosen';
}

export interface MergeSection<T> {
  added: T[];
  unchanged: string[];
  conflicts: MergeConflict<T>[];
}

export interface MergeReport {
  items: MergeSection<KitItem>;
  calendar: MergeSection<CalendarEntry>;
  /** Which side's name, description, canvas and other kit-level fields were kept. */
  metadata: MergeSide;
}

/** A person's choices, keyed `items/<id>` or `calendar/<id>`. */
export type MergeResolutions = ReadonlyMap<string, MergeSide>;

// Date.parse does not read an hours-only offset (`+08`), which KIT-FORMAT.md's ISO 8601 allows.
const time = (value: string | undefined, fallback: string): number => Date.parse((value ?? fallback).replace(/(T[\d:.]+[+-]\d{2})$/, '$1:00')) || 0;

function mergeList<T extends { id: string; updatedAt?: string }>(
  section: 'items' | 'calendar',
  base: readonly T[],
  incoming: readonly T[],
  kitTimes: { base: string; incoming: string },
  resolutions: MergeResolutions | undefined,
): { list: T[]; report: MergeSection<T> } {
  const report: MergeSection<T> = { added: [], unchanged: [], conflicts: [] };
  const theirs = new Map(incoming.map((x) => [x.id, x]));
  const list = base.map((mine) => {
    const other = theirs.get(mine.id);
    if (!other) return mine;
    if (sameContent(mine, other)) {
      report.unchanged.push(mine.id);
      return mine;
    }
    const chosen = resolutions?.get(`${section}/${mine.id}`);
    const [a, b] = [time(mine.updatedAt, kitTimes.base), time(other.updatedAt, kitTimes.incoming)];
    const winner: MergeSide = chosen ?? (b > a ? 'incoming' : 'base');
    report.conflicts.push({ id: mine.id, base: mine, incoming: other, winner, reason: chosen ? 'chosen' : a === b ? 'tie' : 'newer' });
    return winner === 'incoming' ? other : mine;
  });
  const mine = new Set(base.map((x) => x.id));
  for (const other of incoming) {
    if (mine.has(other.id)) continue;
    list.push(other);
    report.added.push(other);
  }
  return { list, report };
}

/**
 * Merges `incoming` into `base` as KIT-FORMAT.md says: matched by id, unchanged when equal, the later
 * `updatedAt` winning a difference unless `resolutions` says otherwise, new ids added, nothing deleted.
 * Kit-level fields come from the newer kit; the version is the higher of the two.
 */
export function mergeKits(base: Kit, incoming: Kit, resolutions?: MergeResolutions): { kit: Kit; report: MergeReport } {
  const kitTimes = { base: base.updatedAt, incoming: incoming.updatedAt };
  const items = mergeList('items', base.items, incoming.items, kitTimes, resolutions);
  const calendar = mergeList('calendar', base.calendar ?? [], incoming.calendar ?? [], kitTimes, resolutions);
  const metadata: MergeSide = time(incoming.updatedAt, '') > time(base.updatedAt, '') ? 'incoming' : 'base';
  const [newer, older] = metadata === 'incoming' ? [incoming, base] : [base, incoming];
  const kit: Kit = {
    ...older,
    ...newer,
    id: base.id,
    version: compareSemver(incoming.version, base.version) > 0 ? incoming.version : base.version,
    updatedAt: newer.updatedAt,
    items: items.list,
  };
  if (calendar.list.length > 0 || base.calendar || incoming.calendar) kit.calendar = calendar.list;
  return { kit, report: { items: items.report, calendar: calendar.report, metadata } };
}
