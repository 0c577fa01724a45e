import type { DatedSelector } from '../site-adapter';

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
