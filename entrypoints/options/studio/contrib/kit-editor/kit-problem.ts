import * as v from 'valibot';
import { kitEntries } from '../../../../../content-kit';
import type { KitMeta } from '../../shell/create-studio-data';

const MetaSchema = v.object({
  name: kitEntries.name,
  version: kitEntries.version,
  locale: kitEntries.locale,
  timezone: kitEntries.timezone,
  description: kitEntries.description,
  authors: kitEntries.authors,
  canvas: kitEntries.canvas,
});

/** Why kit fields cannot be stored as KIT-FORMAT.md requires (`name: must be 1–80 characters`), or undefined. */
export function kitProblem(meta: Partial<KitMeta>): string | undefined {
  const result = v.safeParse(MetaSchema, {
    name: meta.name,
    version: meta.version,
    locale: meta.locale,
    timezone: meta.timezone,
    description: meta.description,
    authors: meta.authors,
    canvas: meta.canvas,
  });
  if (result.success) return undefined;
  const issue = result.issues[0]!;
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return path ? `${path}: ${issue.message}` : issue.message;
}
