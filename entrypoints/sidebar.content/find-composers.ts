import type { ComposerSpec, SiteAdapter } from '../../sites/site-adapter';

/** A composer on the page: its declaration and the element text goes into (an iframe editor's body). */
export interface FoundComposer {
  spec: ComposerSpec;
  element: HTMLElement;
}

const visible = (el: Element) => el.getClientRects().length > 0;

/** The same-origin documents to search: the page and the iframes whose content we may read. */
export function searchableDocuments(doc: Document): Document[] {
  const docs = [doc];
  for (const frame of doc.querySelectorAll('iframe')) {
    try {
      if (frame.contentDocument?.body) docs.push(frame.contentDocument);
    } catch {
      // Cross-origin frames are not ours to read.
    }
  }
  return docs;
}

function elementOf(spec: ComposerSpec, match: Element): HTMLElement | undefined {
  if (spec.insertWith !== 'iframe-body') return match as HTMLElement;
  try {
    const body = (match as HTMLIFrameElement).contentDocument?.body;
    return body?.isContentEditable ? body : undefined;
  } catch {
    return undefined;
  }
}

function applies(spec: ComposerSpec, url: URL): boolean {
  return !spec.path || spec.path.test(url.pathname);
}

/** Every visible composer the adapter declares, in declaration order (selectors tried newest first). */
export function findComposers(adapter: SiteAdapter, doc: Document, url: URL): FoundComposer[] {
  const found: FoundComposer[] = [];
  const docs = searchableDocuments(doc);
  for (const spec of adapter.composers) {
    if (!applies(spec, url)) continue;
    search: for (const { selector } of spec.selectors) {
      for (const d of docs) {
        let matches: Element[];
        try {
          matches = [...d.querySelectorAll(selector)];
        } catch {
          continue;
        }
        for (const match of matches) {
          const element = visible(match) ? elementOf(spec, match) : undefined;
          if (element && !found.some((f) => f.element === element)) {
            found.push({ spec, element });
            break search;
          }
        }
      }
    }
  }
  return found;
}

/** The composer an element belongs to (the focused field, or a node inside a rich editor), if any. */
export function classifyElement(adapter: SiteAdapter, target: Element, url: URL): FoundComposer | undefined {
  const frame = target.ownerDocument.defaultView?.frameElement;
  for (const spec of adapter.composers) {
    if (!applies(spec, url)) continue;
    for (const { selector } of spec.selectors) {
      try {
        if (spec.insertWith === 'iframe-body') {
          const body = target.ownerDocument.body;
          if (frame?.matches(selector) && body?.isContentEditable) return { spec, element: body };
        } else {
          const hit = target.closest(selector);
          if (hit) return { spec, element: hit as HTMLElement };
        }
      } catch {
        // A selector this browser rejects is skipped.
      }
    }
  }
  return undefined;
}
