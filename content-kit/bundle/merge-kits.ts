import { kitFormatVersion } from '../schema/kit-format-version';
import type { CalendarEntry, Kit, KitItem, KitLint, KitSequence, KitWordList } from '../schema/kit-schema';
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
  /** Sequences of format version 2, matched by id like items. */
  sequences: MergeSection<KitSequence>;
  /** Word lists of `lint.words`, matched by id like items. */
  wordLists: MergeSection<KitWordList>;
  /** Phrases of the incoming `lint.allow` that the base did not allow (the result allows the union). */
  allowAdded: string[];
  /** Which side's name, description, canvas and other kit-level fields were kept. */
  metadata: MergeSide;
}

/** The lists a merge matches by id; a resolution is keyed `<section>/<id>`. */
export type MergeSectionName = 'items' | 'calendar' | 'sequences' | 'wordLists';

/** A person's choices, keyed `items/<id>`, `calendar/<id>`, `sequences/<id>` or `wordLists/<id>`. */
export type MergeResolutions = ReadonlyMap<string, MergeSide>;

// Date.parse does not read an hours-only offset (`+08`), which KIT-FORMAT.md's ISO 8601 allows.
const time = (value: string | undefined, fallback: string): number => Date.parse((value ?? fallback).replace(/(T[\d:.]+[+-]\d{2})$/, '$1:00')) || 0;

type Stamped = { id: string; updatedAt?: string };
type KitTimes = { base: string; incoming: string };
/** When each side of a pair was saved, for the default winner. */
type PairTimes<T> = (mine: T, theirs: T, kitTimes: KitTimes) => [number, number];

// An item, entry or sequence without its own updatedAt was saved when its kit was.
const inheritKitTime: PairTimes<Stamped> = (mine, theirs, kitTimes) => [time(mine.updatedAt, kitTimes.base), time(theirs.updatedAt, kitTimes.incoming)];
// KIT-FORMAT.md: a word list without updatedAt loses to one with it; with neither, the kits' times decide.
const wordListTime: PairTimes<Stamped> = (mine, theirs, kitTimes) =>
  (mine.updatedAt === undefined) === (theirs.updatedAt === undefined) ? inheritKitTime(mine, theirs, kitTimes) : mine.updatedAt === undefined ? [0, 1] : [1, 0];

function mergeList<T extends Stamped>(
  section: MergeSectionName,
  base: readonly T[],
  incoming: readonly T[],
  kitTimes: KitTimes,
  resolutions: MergeResolutions | undefined,
  times: PairTimes<T> = inheritKitTime,
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
    const [a, b] = times(mine, other, kitTimes);
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

/** The merged `lint`: word lists by id, `allow` the union (the base's phrases first), `x-` fields of the newer side. */
function mergeLint(
  base: KitLint | undefined,
  incoming: KitLint | undefined,
  newer: MergeSide,
  kitTimes: KitTimes,
  resolutions: MergeResolutions | undefined,
): { lint?: KitLint; wordLists: MergeSection<KitWordList>; allowAdded: string[] } {
  const words = mergeList('wordLists', base?.words ?? [], incoming?.words ?? [], kitTimes, resolutions, wordListTime);
  const allowed = new Set(base?.allow);
  const allowAdded = [...new Set(incoming?.allow)].filter((phrase) => !allowed.has(phrase));
  if (!base && !incoming) return { wordLists: words.report, allowAdded };
  const lint: KitLint = newer === 'incoming' ? { ...base, ...incoming } : { ...incoming, ...base };
  if (base?.allow || incoming?.allow) lint.allow = [...(base?.allow ?? []), ...allowAdded];
  if (base?.words || incoming?.words) lint.words = words.list;
  return { lint, wordLists: words.report, allowAdded };
}

/**
 * Merges `incoming` into `base` as KIT-FORMAT.md says: items, entries, sequences and word lists matched by id,
 * unchanged when equal, the later `updatedAt` winning a difference unless `resolutions` says otherwise, new ids
 * added, nothing deleted; `lint.allow` is the union. Kit-level fields come from the newer kit; the version is the
 * higher of the two, and the `formatVersion` the one the result needs (2 when it has sequences or lint).
 */
export function mergeKits(base: Kit, incoming: Kit, resolutions?: MergeResolutions): { kit: Kit; report: MergeReport } {
  const kitTimes = { base: base.updatedAt, incoming: incoming.updatedAt };
  const items = mergeList('items', base.items, incoming.items, kitTimes, resolutions);
  const calendar = mergeList('calendar', base.calendar ?? [], incoming.calendar ?? [], kitTimes, resolutions);
  const sequences = mergeList('sequences', base.sequences ?? [], incoming.sequences ?? [], kitTimes, resolutions);
  const metadata: MergeSide = time(incoming.updatedAt, '') > time(base.updatedAt, '') ? 'incoming' : 'base';
  const lint = mergeLint(base.lint, incoming.lint, metadata, kitTimes, resolutions);
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
  if (base.sequences || incoming.sequences) kit.sequences = sequences.list;
  if (lint.lint) kit.lint = lint.lint;
  kit.formatVersion = kitFormatVersion(kit);
  return {
    kit,
    report: {
      items: items.report,
      calendar: calendar.report,
      sequences: sequences.report,
      wordLists: lint.wordLists,
      allowAdded: lint.allowAdded,
      metadata,
    },
  };
}
