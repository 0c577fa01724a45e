import { missedParts, type PartCheck } from '../../sites/check-parts';
import type { RouteAttempt } from './insert/insert-strategy';

/** One element of the page's skeleton: its structure without anything a person wrote. */
export interface SkeletonElement {
  tag: string;
  id?: string;
  class?: string;
  role?: string;
  /** Names (never values) of the other attributes: aria-*, data-*, contenteditable, placeholder, href… */
  attrs?: string[];
  /** Child elements, and text nodes as same-length runs of 字 (Han) and x (anything else). */
  children?: SkeletonNode[];
  /** An open shadow root's content. */
  shadow?: SkeletonNode[];
  /** An iframe: its origin and path, and its body when the frame is readable. */
  frame?: { url: string; body?: SkeletonElement };
}

export type SkeletonNode = SkeletonElement | string;

/** One insertion tried on this page: into which composer, through which routes, with what outcome. */
export interface InsertLogEntry {
  composer: string;
  editor: string;
  ok: boolean;
  attempts: RouteAttempt[];
}

/** What a maintainer needs to make a replica and fix an adapter, and nothing of the user's. */
export interface PageReport {
  format: 'community-kit-page-report';
  formatVersion: 1;
  createdAt: string;
  extension: string;
  browser: string;
  site: string;
  /** Origin and path only. */
  url: string;
  /** Every composer and known part that belongs here, each selector with its match count. */
  parts: PartCheck[];
  /** The known parts no selector found now, and those missing when the sidebar mounted. */
  misses: string[];
  missedOnLoad: string[];
  inserts: InsertLogEntry[];
  /** Elements left out after the first MAX_NODES, if any. */
  truncated?: number;
  page: SkeletonElement;
}

const MAX_NODES = 6000;
const KEPT_VALUES = ['id', 'class', 'role'] as const;
const OPAQUE = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/;

/** A text node's stand-in: 字 for each Han character, x for any other, trimmed of outer whitespace. */
export function maskText(text: string): string {
  return [...text.trim()].map((ch) => (/\p{Script=Han}/u.test(ch) ? '字' : 'x')).join('');
}

/** A URL reduced to its origin and path: no query, no fragment, no credentials. */
export function safeUrl(url: string, base?: string): string {
  try {
    const parsed = new URL(url, base);
    return parsed.origin === 'null' ? `${parsed.protocol}${parsed.pathname}` : parsed.origin + parsed.pathname;
  } catch {
    return '';
  }
}

/**
 * The skeleton of a page: tags, ids, classes, roles and attribute names, text masked, iframes and open shadow
 * roots nested. `skip` leaves an element out (the sidebar's own host).
 */
export function skeletonOf(root: Element, skip: (element: Element) => boolean = () => false): { page: SkeletonElement; truncated: number } {
  let budget = MAX_NODES;
  let truncated = 0;
  const nodes = (parent: ParentNode): SkeletonNode[] => {
    const out: SkeletonNode[] = [];
    for (const child of parent.childNodes) {
      if (child.nodeType === 3) {
        const masked = maskText((child as Text).data);
        if (masked) out.push(masked);
      } else if (child.nodeType === 1 && !skip(child as Element)) {
        if (budget > 0) out.push(element(child as Element));
        else truncated++;
      }
    }
    return out;
  };
  const element = (el: Element): SkeletonElement => {
    budget--;
    const node: SkeletonElement = { tag: el.localName };
    for (const name of KEPT_VALUES) {
      const value = el.getAttribute(name);
      if (value) node[name] = value;
    }
    const attrs = el.getAttributeNames().filter((name) => !(KEPT_VALUES as readonly string[]).includes(name));
    if (attrs.length) node.attrs = attrs;
    if (OPAQUE.test(el.nodeName)) return node;
    const children = nodes(el);
    if (children.length) node.children = children;
    if (el.shadowRoot) node.shadow = nodes(el.shadowRoot);
    if (el.localName === 'iframe') {
      const frame = el as HTMLIFrameElement;
      node.frame = { url: frame.hasAttribute('srcdoc') ? 'about:srcdoc' : safeUrl(frame.getAttribute('src') ?? 'about:blank', el.ownerDocument.baseURI) };
      try {
        const body = frame.contentDocument?.body;
        if (body) node.frame.body = element(body);
      } catch {
        // A cross-origin frame is not ours to read: its URL is all there is.
      }
    }
    return node;
  };
  const page = element(root);
  return { page, truncated };
}

/** Builds the report from the page and what the sidebar knows; it reads the DOM but changes nothing. */
export function buildPageReport(input: {
  doc: Document;
  site: string;
  parts: PartCheck[];
  inserts: InsertLogEntry[];
  missedOnLoad: string[];
  extension: string;
  browser: string;
  now?: Date;
  skip?: (element: Element) => boolean;
}): PageReport {
  const { page, truncated } = skeletonOf(input.doc.body ?? input.doc.documentElement, input.skip);
  return {
    format: 'community-kit-page-report',
    formatVersion: 1,
    createdAt: (input.now ?? new Date()).toISOString(),
    extension: input.extension,
    browser: input.browser,
    site: input.site,
    url: safeUrl(input.doc.location?.href ?? input.doc.URL),
    parts: input.parts,
    misses: missedParts(input.parts),
    missedOnLoad: input.missedOnLoad,
    inserts: input.inserts,
    ...(truncated ? { truncated } : {}),
    page,
  };
}

/** The browser's name and version from its user agent (nothing else of it). */
export function browserVersion(userAgent: string): string {
  const match = /(Edg|Firefox|Chrome|Chromium|Version)\/([\d.]+)/.exec(userAgent);
  if (!match) return 'unknown';
  return `${match[1] === 'Version' ? 'Safari' : match[1]} ${match[2]}`;
}
