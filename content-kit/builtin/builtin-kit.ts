import type { Kit } from '../schema/kit-schema';
import calendar from './calendar.json' with { type: 'json' };
import meta from './kit.json' with { type: 'json' };
import scripts from './scripts.json' with { type: 'json' };
import sequences from './sequences.json' with { type: 'json' };
import slogans from './slogans.json' with { type: 'json' };
import stories from './stories.json' with { type: 'json' };
import topics from './topics.json' with { type: 'json' };

/** The id of the starter kit that ships with the product. */
export const BUILTIN_KIT_ID = 'builtin-starter';

/**
 * The starter kit (DOMAIN.md): original content kept as data files beside this one. A unit test parses it
 * with the full schema, so the cast below is checked where it matters.
 */
export function builtinKit(): Kit {
  return structuredClone({ ...meta, items: [...topics, ...slogans, ...stories, ...scripts], calendar, sequences }) as unknown as Kit;
}
