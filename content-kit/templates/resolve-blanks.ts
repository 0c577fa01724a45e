import type { Canvas } from '../schema/kit-schema';
import type { TemplateVariable } from './template-variables';

/** Where a blank's starting value came from; `''` when it starts empty (its hint shows as a placeholder). */
export type BlankSource = 'page' | 'profile' | 'canvas' | 'default' | '';

/** A blank's starting value and its origin. */
export interface ResolvedBlank {
  value: string;
  source: BlankSource;
}

/** What the page itself says about where the user is writing (the group or chat they are in, a hashtag page's topic). */
export interface PageFacts {
  community?: string;
  topic?: string;
}

/** What is known besides the item: the user's profile, the page, and the item's kit canvas. */
export interface BlankSources {
  profile?: Readonly<Record<string, string>>;
  page?: PageFacts;
  canvas?: Canvas;
}

/** Blank names the page can answer, by the fact that answers them. */
const PAGE_BLANKS: Record<keyof PageFacts, readonly string[]> = {
  community: ['社群名', '群名', '小组名'],
  topic: ['话题', '主题'],
};

/** Blank names a canvas field can fill, when its text is short enough to stand in a sentence. */
const CANVAS_BLANKS: Record<string, readonly string[]> = {
  interest: ['同好', '同好描述'],
  structure: ['结构'],
  output: ['输出'],
  operations: ['运营'],
  replication: ['复制'],
};

/** A canvas text longer than this is a paragraph, not a value for a blank. */
const CANVAS_FITS = 40;

/** Profile names that stand for one another when only one of them is filled in. */
const PROFILE_ALIASES: Record<string, string> = { 群主: '创始人', 创始人: '群主' };

const own = (record: Readonly<Record<string, string>> | undefined, name: string): string | undefined => {
  const value = record && Object.hasOwn(record, name) ? record[name] : undefined;
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
};

/**
 * The value each blank starts with, and where it came from: the page first (the group the user is in right now
 * names the community better than any setting), then the profile, then the kit's canvas where a field is short
 * enough to fit, then the blank's default. A hint is an example and is never a value.
 */
export function resolveBlanks(variables: readonly TemplateVariable[], sources: BlankSources): Map<string, ResolvedBlank> {
  const out = new Map<string, ResolvedBlank>();
  for (const variable of variables) {
    const name = variable.name;
    const fromPage = (Object.keys(PAGE_BLANKS) as (keyof PageFacts)[]).find((fact) => PAGE_BLANKS[fact].includes(name) && sources.page?.[fact]?.trim());
    const canvasField = Object.keys(CANVAS_BLANKS).find((field) => CANVAS_BLANKS[field]!.includes(name));
    const canvasText = canvasField ? own(sources.canvas as Record<string, string> | undefined, canvasField) : undefined;
    const alias = Object.hasOwn(PROFILE_ALIASES, name) ? PROFILE_ALIASES[name] : undefined;
    const profile = own(sources.profile, name) ?? (alias ? own(sources.profile, alias) : undefined);
    if (fromPage) out.set(name, { value: sources.page![fromPage]!.trim(), source: 'page' });
    else if (profile) out.set(name, { value: profile, source: 'profile' });
    else if (canvasText && canvasText.length <= CANVAS_FITS && !canvasText.includes('\n')) out.set(name, { value: canvasText, source: 'canvas' });
    else if (variable.default?.trim()) out.set(name, { value: variable.default, source: 'default' });
    else out.set(name, { value: '', source: '' });
  }
  return out;
}
