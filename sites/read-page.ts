import type { DatedSelector } from './site-adapter';

/** The trimmed text of the first element the chain finds, or undefined. A broken selector is skipped. */
export function readText(root: ParentNode, chain: readonly (DatedSelector | string)[]): string | undefined {
  for (const entry of chain) {
    try {
      const text = root.querySelector(typeof entry === 'string' ? entry : entry.selector)?.textContent?.replace(/\s+/g, ' ').trim();
      if (text) return text;
    } catch {
      // An invalid selector must not break the sidebar.
    }
  }
  return undefined;
}

/** The topic a Weibo-style search link names (`/weibo?q=%23话题%23`), without its `#` marks. */
function topicOfLink(anchor: HTMLAnchorElement): string | undefined {
  const href = anchor.getAttribute('href') ?? '';
  if (/^javascript:/i.test(href)) return undefined;
  try {
    const q = new URL(href, 'https://weibo.com/').searchParams.get('q');
    if (q && /^[#＃]/.test(q)) return q.replace(/[#＃]/g, '').trim();
  } catch {
    // Not a URL: fall back to the link's text.
  }
  return anchor.textContent?.replace(/[#＃]/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * Hot topic titles from the rows of a hot list, in page order without duplicates. A row's topic comes from
 * its search link (robust to whatever else the row shows); ads — a 荐 badge or a `javascript:` link — are
 * left out. `link` selects the link inside a row; without it the row is the link.
 */
export function readHotTopics(root: ParentNode, rows: string, link?: string, limit = 30): string[] {
  const topics: string[] = [];
  let found: Element[];
  try {
    found = [...root.querySelectorAll(rows)];
  } catch {
    return topics;
  }
  for (const row of found) {
    const anchor = (link ? row.querySelector(link) : row) as HTMLAnchorElement | null;
    if (!anchor || /(^|\s)荐(\s|$)/.test([...row.querySelectorAll('i, span')].map((e) => e.textContent?.trim()).join(' '))) continue;
    const topic = topicOfLink(anchor);
    if (topic && !topics.includes(topic)) topics.push(topic);
    if (topics.length >= limit) break;
  }
  return topics;
}
