import {
  authorEntries,
  canvasEntries,
  entryEntries,
  itemEntries,
  kitEntries,
  lintEntries,
  sequenceEntries,
  stepEntries,
  variableEntries,
  VERSION_2_FIELDS,
  wordListEntries,
  wordListMessageEntries,
} from './kit-schema';
import { formatPath } from './format-path';

interface Level {
  keys: ReadonlySet<string>;
  /** Fields holding an array of objects of a known level, or one object of a known level. */
  children: ReadonlyMap<string, { level: Level; array: boolean }>;
}

const level = (entries: object, children: [string, Level, boolean][] = []): Level => ({
  keys: new Set(Object.keys(entries)),
  children: new Map(children.map(([key, child, array]) => [key, { level: child, array }])),
});

const VERSION_1_CHILDREN: [string, Level, boolean][] = [
  ['canvas', level(canvasEntries), false],
  ['authors', level(authorEntries), true],
  ['items', level(itemEntries, [['variables', level(variableEntries), true]]), true],
  ['calendar', level(entryEntries), true],
];
const KIT_LEVEL = level(kitEntries, [
  ...VERSION_1_CHILDREN,
  ['sequences', level(sequenceEntries, [['steps', level(stepEntries), true]]), true],
  ['lint', level(lintEntries, [['words', level(wordListEntries, [['message', level(wordListMessageEntries), false]]), true]]), false],
]);
// A version 1 file does not know the fields version 2 added: they are unknown there, dropped and reported.
const VERSION_1_KIT_LEVEL: Level = {
  keys: new Set([...KIT_LEVEL.keys].filter((key) => !(VERSION_2_FIELDS as readonly string[]).includes(key))),
  children: new Map(VERSION_1_CHILDREN.map(([key, child, array]) => [key, { level: child, array }])),
};

/** Keys that never reach an object, wherever they appear. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Copies an `x-` value without forbidden keys, listing those in `dropped` (the depth was bounded before parsing). */
function cleanExtension(value: unknown, path: (string | number)[], dropped: string[]): unknown {
  if (Array.isArray(value)) return value.map((element, i) => cleanExtension(element, [...path, i], dropped));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) dropped.push(formatPath([...path, key]));
    else out[key] = cleanExtension(value[key], [...path, key], dropped);
  }
  return out;
}

function sanitizeObject(value: unknown, at: Level, path: (string | number)[], dropped: string[]): unknown {
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const field = value[key];
    if (FORBIDDEN_KEYS.has(key) || (!at.keys.has(key) && !key.startsWith('x-'))) {
      dropped.push(formatPath([...path, key]));
      continue;
    }
    if (key.startsWith('x-') && !at.keys.has(key)) {
      out[key] = cleanExtension(field, [...path, key], dropped);
      continue;
    }
    const child = at.children.get(key);
    if (!child) out[key] = field;
    else if (child.array && Array.isArray(field))
      out[key] = field.map((element, i) => sanitizeObject(element, child.level, [...path, key, i], dropped));
    else out[key] = child.array ? field : sanitizeObject(field, child.level, [...path, key], dropped);
  }
  return out;
}

/**
 * Rebuilds parsed JSON with only the format's fields and `x-` extensions, as own properties of fresh objects.
 * Everything else, `__proto__` and friends included, is left out and its path listed in `dropped`. The fields of
 * format version 2 are known only in a file whose own `formatVersion` is 2.
 */
export function sanitizeKit(value: unknown): { value: unknown; dropped: string[] } {
  const dropped: string[] = [];
  const version2 = isPlainObject(value) && Object.hasOwn(value, 'formatVersion') && value.formatVersion === 2;
  return { value: sanitizeObject(value, version2 ? KIT_LEVEL : VERSION_1_KIT_LEVEL, [], dropped), dropped };
}
