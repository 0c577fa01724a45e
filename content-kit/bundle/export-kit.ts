import { kitFormatVersion } from '../schema/kit-format-version';
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
  wordListEntries,
  wordListMessageEntries,
  type Kit,
} from '../schema/kit-schema';

type Order = { keys: string[]; children?: Record<string, Order> };
const order = (entries: object, children?: Record<string, Order>): Order => ({ keys: Object.keys(entries), children });
const KIT_ORDER = order(kitEntries, {
  authors: order(authorEntries),
  canvas: order(canvasEntries),
  items: order(itemEntries, { variables: order(variableEntries) }),
  calendar: order(entryEntries),
  sequences: order(sequenceEntries, { steps: order(stepEntries) }),
  lint: order(lintEntries, { words: order(wordListEntries, { message: order(wordListMessageEntries) }) }),
});

/** Copies with the format's field order first and `x-` fields after, so exported files diff cleanly. */
function ordered(value: unknown, shape: Order | undefined): unknown {
  if (Array.isArray(value)) return value.map((v) => ordered(v, shape));
  if (!shape || typeof value !== 'object' || value === null) return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of shape.keys) if (source[key] !== undefined) out[key] = ordered(source[key], shape.children?.[key]);
  for (const key of Object.keys(source)) if (!(key in out) && key.startsWith('x-')) out[key] = source[key];
  return out;
}

/**
 * A kit as the text of a `.kit.json` file: UTF-8 JSON, two-space indent, a final newline. Its `formatVersion` is
 * the one KIT-FORMAT.md asks for (1 unless the kit has `sequences` or `lint`), whatever the object held.
 */
export function exportKit(kit: Kit): string {
  return `${JSON.stringify(ordered({ ...kit, formatVersion: kitFormatVersion(kit) }, KIT_ORDER), null, 2)}\n`;
}
