import * as v from 'valibot';
import { checkKitReferences } from './check-kit-references';
import { describeJsonError } from './describe-json-error';
import { formatPath } from './format-path';
import { jsonNestingDepth } from './json-nesting-depth';
import { FORMAT_VERSIONS, KitSchema, type Kit } from './kit-schema';
import { sanitizeKit } from './sanitize-kit';
import { sortErrors } from './sort-errors';
import { utf8Length } from './utf8-length';

/** Largest kit file a reader accepts. */
export const MAX_KIT_BYTES = 20 * 1024 * 1024;
/** The format nests five deep (a step in a sequence, a word list's message); `x-` extensions get room, nothing gets to exhaust a stack. */
export const MAX_KIT_DEPTH = 32;

export type ParseKitResult =
  | { ok: true; kit: Kit; /** paths of unknown fields that were dropped */ dropped: string[] }
  | { ok: false; /** one `path: reason` line per problem */ errors: string[] };

const fail = (...errors: string[]): ParseKitResult => ({ ok: false, errors });

function issueLine(issue: v.BaseIssue<unknown>): string {
  const path = formatPath(issue.path?.map((p) => p.key as string | number) ?? []);
  const missing = issue.input === undefined && issue.path?.at(-1)?.type === 'object';
  return `${path}: ${missing ? 'required' : issue.message}`;
}

/**
 * Reads a kit file (text or UTF-8 bytes) of format version 1 or 2 exactly as KIT-FORMAT.md says. It never throws:
 * a file is either accepted whole, with the unknown fields it dropped, or rejected with every error.
 */
export function parseKit(input: string | Uint8Array): ParseKitResult {
  if (input instanceof Uint8Array) {
    if (input.byteLength > MAX_KIT_BYTES) return fail(kitTooLarge(input.byteLength));
    try {
      // The BOM is kept here and removed below, where byte offsets account for it.
      input = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input);
    } catch {
      return fail('$: not valid UTF-8 text');
    }
  }
  let text = input;
  let shift = 0;
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    shift = 3;
  }
  if (text.length > (MAX_KIT_BYTES - shift) / 3) {
    const bytes = utf8Length(text) + shift;
    if (bytes > MAX_KIT_BYTES) return fail(kitTooLarge(bytes));
  }
  if (text.trim() === '') return fail('$: invalid JSON: the file is empty');
  const nesting = jsonNestingDepth(text, MAX_KIT_DEPTH);
  if (nesting.exceededAt >= 0)
    return fail(`$: nested deeper than ${MAX_KIT_DEPTH} levels at byte ${utf8Length(text, nesting.exceededAt) + shift}`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail(describeJsonError(text, shift, error instanceof Error ? error.message : ''));
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('$: must be a JSON object');
  const overflow = firstNonFinite(raw, []);
  if (overflow) {
    // A path stops before a key with white space (x- keys may hold any), which the reason then names.
    const cut = overflow.findIndex((segment) => typeof segment === 'string' && /\s/.test(segment));
    const where = cut < 0 ? '' : ` (in ${JSON.stringify(overflow.slice(cut).join('.'))})`;
    return fail(`${formatPath(cut < 0 ? overflow : overflow.slice(0, cut))}: number out of range${where}`);
  }
  const version = Object.hasOwn(raw, 'formatVersion') ? (raw as { formatVersion: unknown }).formatVersion : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > Math.max(...FORMAT_VERSIONS))
    return fail(`formatVersion: made by a newer version (formatVersion ${version})`);

  const { value, dropped } = sanitizeKit(raw);
  const result = v.safeParse(KitSchema, value, { abortEarly: false });
  const errors = result.success ? [] : result.issues.map(issueLine);
  errors.push(...checkKitReferences(value as Record<string, unknown>));
  if (errors.length > 0) return { ok: false, errors: sortErrors([...new Set(errors)]) };
  return { ok: true, kit: result.output as unknown as Kit, dropped };
}

/**
 * The path of the first number JSON.parse read as ±Infinity (JSON allows `1e999`): it could not be written back,
 * so a file holding one, even in an `x-` field kept as it is, is rejected with its path. Nesting is already bounded.
 */
function firstNonFinite(value: unknown, path: (string | number)[]): (string | number)[] | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const found = firstNonFinite(child, [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return undefined;
}

/** The error line for a file over the 20 MiB limit. */
export function kitTooLarge(bytes: number): string {
  return `$: file is ${bytes} bytes, over the 20 MiB limit`;
}
