import * as v from 'valibot';
import { codePointLength } from './code-point-length';
import {
  ID_PATTERN,
  SEMVER_PATTERN,
  SEQUENCE_ID_PATTERN,
  isDateString,
  isDateTimeString,
  isLocaleTag,
  isTimeString,
  isTimeZone,
} from './kit-formats';
import {
  CANVAS_FIELDS,
  ENTRY_PLATFORMS,
  ENTRY_STATUSES,
  FORMAT_NAME,
  FORMAT_VERSIONS,
  ITEM_KINDS,
  LINT_SEVERITIES,
  PLATFORMS,
  STAGES,
  WORD_LIST_CATEGORIES,
} from './kit-vocabulary';

export * from './kit-vocabulary';

// KIT-FORMAT.md versions 1 and 2, as valibot schemas. Types are inferred from here, never written beside it.

const text = (min: number, max: number) =>
  v.pipe(
    v.string('must be a string'),
    v.check(
      (s) => {
        const n = codePointLength(s);
        return n >= min && n <= max;
      },
      min > 0 ? `must be ${min}–${max} characters` : `must be at most ${max} characters`,
    ),
  );
const id = () => v.pipe(v.string('must be a string'), v.regex(ID_PATTERN, 'must be 1–64 characters of A-Z a-z 0-9 _ . -'));
const sequenceId = () =>
  v.pipe(v.string('must be a string'), v.regex(SEQUENCE_ID_PATTERN, 'must be 1–24 characters of A-Z a-z 0-9 _ . -'));
const dateTime = () => v.pipe(v.string('must be a string'), v.check(isDateTimeString, 'must be an ISO 8601 date-time with an offset or Z'));
const oneOf = <const T extends readonly string[]>(values: T) => v.picklist(values, `must be one of ${values.join(', ')}`);
// valibot's object schemas accept arrays; the format's objects never are one.
const record = <E extends v.ObjectEntries>(entries: E) =>
  v.pipe(v.custom<unknown>((x) => !Array.isArray(x), 'must be an object'), v.looseObject(entries, 'must be an object'));
// The length is checked before the elements, and elements only within the limits: a list over its limit (a hostile
// file's 10,000 phrases) is reported once, by its path, whatever its elements hold.
const list = <T extends v.GenericSchema>(item: T, max: number, min = 0) =>
  v.pipe(
    v.custom<unknown[]>(Array.isArray, 'must be an array'),
    v.check((a) => a.length >= min, min === 1 ? 'must not be empty' : `must have at least ${min} entries`),
    v.maxLength(max, `must have at most ${max} entries`),
    v.array(item, 'must be an array'),
  );

export const variableEntries = {
  name: v.pipe(v.string('must be a string'), v.check((s) => codePointLength(s) >= 1, 'must not be empty')),
  label: v.optional(text(0, 40)),
  hint: v.optional(text(0, 200)),
  default: v.optional(text(0, 2000)),
  required: v.optional(v.boolean('must be true or false')),
};

export const itemEntries = {
  id: id(),
  kind: oneOf(ITEM_KINDS),
  title: text(1, 200),
  body: text(0, 20_000),
  tags: v.optional(list(text(1, 30), 20)),
  stage: v.optional(oneOf(STAGES)),
  platforms: v.optional(
    v.pipe(list(oneOf(PLATFORMS), 3, 1), v.check((a) => new Set(a).size === a.length, 'must not repeat a platform')),
  ),
  variables: v.optional(list(record(variableEntries), 30)),
  updatedAt: v.optional(dateTime()),
};

export const entryEntries = {
  id: id(),
  date: v.pipe(v.string('must be a string'), v.check(isDateString, 'must be a real date as YYYY-MM-DD')),
  time: v.optional(v.pipe(v.string('must be a string'), v.check(isTimeString, 'must be HH:mm, 24-hour'))),
  title: text(1, 200),
  platform: v.optional(oneOf(ENTRY_PLATFORMS)),
  status: oneOf(ENTRY_STATUSES),
  itemId: v.optional(v.string('must be a string')),
  notes: v.optional(text(0, 5000)),
  stage: v.optional(oneOf(STAGES)),
  updatedAt: v.optional(dateTime()),
};

export const stepEntries = {
  id: sequenceId(),
  offset: v.pipe(
    v.number('must be a number'),
    v.check((n) => Number.isInteger(n) && n >= -365 && n <= 365, 'must be a whole number of days from -365 to 365'),
  ),
  time: entryEntries.time,
  title: text(1, 200),
  itemId: v.optional(v.string('must be a string')),
  platform: v.optional(oneOf(ENTRY_PLATFORMS)),
  notes: v.optional(text(0, 5000)),
};

export const sequenceEntries = {
  id: sequenceId(),
  name: text(1, 80),
  anchor: text(1, 20),
  description: v.optional(text(0, 2000)),
  stage: v.optional(oneOf(STAGES)),
  steps: list(record(stepEntries), 100, 1),
  updatedAt: v.optional(dateTime()),
};

export const wordListMessageEntries = {
  zh: v.optional(text(0, 200)),
  en: v.optional(text(0, 200)),
};

// `updatedAt` is not in the word-list table of KIT-FORMAT.md, but its merge rule ("a word list without updatedAt loses
// to one with it") needs it: it is read as the optional date-time it is everywhere else.
export const wordListEntries = {
  id: id(),
  words: list(text(1, 30), 200, 1),
  severity: oneOf(LINT_SEVERITIES),
  category: v.optional(oneOf(WORD_LIST_CATEGORIES)),
  message: v.optional(record(wordListMessageEntries)),
  updatedAt: v.optional(dateTime()),
};

export const lintEntries = {
  allow: v.optional(list(text(1, 30), 500)),
  words: v.optional(list(record(wordListEntries), 100)),
};

export const authorEntries = {
  name: text(0, 80),
  contact: v.optional(text(0, 200)),
};

export const canvasEntries = Object.fromEntries(CANVAS_FIELDS.map((f) => [f, v.optional(text(0, 2000))])) as Record<
  (typeof CANVAS_FIELDS)[number],
  v.OptionalSchema<ReturnType<typeof text>, undefined>
>;

export const kitEntries = {
  format: v.literal(FORMAT_NAME, `must be "${FORMAT_NAME}"`),
  formatVersion: v.picklist(FORMAT_VERSIONS, `must be ${FORMAT_VERSIONS.join(' or ')}`),
  id: id(),
  name: text(1, 80),
  version: v.pipe(v.string('must be a string'), v.regex(SEMVER_PATTERN, 'must be a semver version MAJOR.MINOR.PATCH')),
  locale: v.optional(v.pipe(v.string('must be a string'), v.check(isLocaleTag, 'must be a BCP 47 language tag'))),
  timezone: v.optional(v.pipe(v.string('must be a string'), v.check(isTimeZone, 'must be an IANA time zone'))),
  description: v.optional(text(0, 2000)),
  authors: v.optional(list(record(authorEntries), 50)),
  updatedAt: dateTime(),
  canvas: v.optional(record(canvasEntries)),
  items: list(record(itemEntries), 50_000),
  calendar: v.optional(list(record(entryEntries), 10_000)),
  sequences: v.optional(list(record(sequenceEntries), 200)),
  lint: v.optional(record(lintEntries)),
};

/** The top-level fields format version 2 adds; a version 1 file holding them has them dropped as unknown. */
export const VERSION_2_FIELDS = ['sequences', 'lint'] as const;

/** The whole kit file. Unknown fields are removed before this runs, so the loose objects only keep `x-` fields. */
export const KitSchema = v.looseObject(kitEntries, 'must be an object');

/** Fields a reader keeps although the format does not name them. */
type Extensions = { [key: `x-${string}`]: unknown };
type Plain<E extends v.ObjectEntries> = v.InferOutput<v.ObjectSchema<E, undefined>>;

export type Variable = Plain<typeof variableEntries> & Extensions;
export type KitItem = Plain<Omit<typeof itemEntries, 'variables'>> & { variables?: Variable[] } & Extensions;
export type CalendarEntry = Plain<typeof entryEntries> & Extensions;
export type Author = Plain<typeof authorEntries> & Extensions;
export type Canvas = Plain<typeof canvasEntries> & Extensions;
/** One step of a sequence: `offset` days from the anchor day the sequence is applied at. */
export type SequenceStep = Plain<typeof stepEntries> & Extensions;
/** A sequence (SOP) of format version 2: steps timed from an anchor day the user picks when applying it. */
export type KitSequence = Plain<Omit<typeof sequenceEntries, 'steps'>> & { steps: SequenceStep[] } & Extensions;
export type WordListMessage = Plain<typeof wordListMessageEntries> & Extensions;
/** A team's own words to avoid: literal phrases, never patterns. */
export type KitWordList = Plain<Omit<typeof wordListEntries, 'message'>> & { message?: WordListMessage } & Extensions;
/** A kit's own lint settings (format version 2). */
export type KitLint = Plain<Omit<typeof lintEntries, 'words'>> & { words?: KitWordList[] } & Extensions;
export type Kit = Plain<Omit<typeof kitEntries, 'items' | 'calendar' | 'authors' | 'canvas' | 'sequences' | 'lint'>> & {
  authors?: Author[];
  canvas?: Canvas;
  items: KitItem[];
  calendar?: CalendarEntry[];
  sequences?: KitSequence[];
  lint?: KitLint;
} & Extensions;
