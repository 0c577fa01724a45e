import type { DatedSelector, PagePartId, SiteAdapter } from './site-adapter';

/** One selector of a chain and how many elements it matched on the page (-1: the browser rejected it). */
export interface SelectorCheck {
  selector: string;
  seen: string;
  matches: number;
}

/** A known part of this page (a composer, the hot list, the group or chat name) and whether a selector found it. */
export interface PartCheck {
  part: 'composer' | PagePartId;
  /** The composer's id, or the part's id again. */
  id: string;
  found: boolean;
  selectors: SelectorCheck[];
}

function count(docs: readonly Document[], { selector, seen }: DatedSelector): SelectorCheck {
  let matches = 0;
  try {
    for (const doc of docs) matches += doc.querySelectorAll(selector).length;
  } catch {
    matches = -1;
  }
  return { selector, seen, matches };
}

function check(part: PartCheck['part'], id: string, docs: readonly Document[], chain: readonly DatedSelector[]): PartCheck {
  const selectors = chain.map((entry) => count(docs, entry));
  return { part, id, found: selectors.some((s) => s.matches > 0), selectors };
}

/**
 * The adapter's self-check: every composer and known part that belongs on this URL, each selector with its
 * number of matches in the given documents (the page and its readable frames). Never throws.
 */
export function checkParts(adapter: SiteAdapter, docs: readonly Document[], url: URL): PartCheck[] {
  const composers = adapter.composers
    .filter((spec) => !spec.path || spec.path.test(url.pathname))
    .map((spec) => check('composer', spec.id, docs, spec.selectors));
  const parts = (adapter.parts ?? [])
    .filter((part) => (!part.hosts || part.hosts.includes(url.hostname)) && (!part.path || part.path.test(url.pathname)))
    .map((part) => check(part.id, part.id, docs, part.selectors));
  return [...composers, ...parts];
}

/** The known parts (by kind) that no selector found: a page can have several composers, one found is enough. */
export function missedParts(checks: readonly PartCheck[]): PartCheck['part'][] {
  const found = new Map<PartCheck['part'], boolean>();
  for (const check of checks) found.set(check.part, (found.get(check.part) ?? false) || check.found);
  return [...found].filter(([, ok]) => !ok).map(([part]) => part);
}
