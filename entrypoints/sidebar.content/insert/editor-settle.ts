/** The longest we wait for an editor to settle after an insertion (shared/DESIGN.md: p95 ≤ 300 ms). */
export const SETTLE_LIMIT_MS = 300;

const sleep = (win: Window, ms: number) => new Promise<void>((resolve) => win.setTimeout(resolve, ms));

// A hidden tab gets no animation frames: a timer stands in so nothing waits forever.
const frame = (win: Window) => Promise.race([new Promise<void>((resolve) => win.requestAnimationFrame(() => resolve())), sleep(win, 100)]);

/** Lets the editor see a selection just placed (selectionchange is delivered asynchronously). */
export function nextFrame(win: Window = window): Promise<void> {
  return frame(win);
}

/**
 * Waits until the editor has had its say about a change: two animation frames plus a task, repeated while the
 * editor's surroundings keep mutating (a framework reconciling, or reverting a change it did not make), and
 * never longer than `limit`.
 */
export async function settle(element: HTMLElement, limit = SETTLE_LIMIT_MS): Promise<void> {
  const win = element.ownerDocument.defaultView ?? window;
  const started = performance.now();
  let changed = true;
  const observer = new win.MutationObserver(() => (changed = true));
  // The parent too: an editor may replace its root element when it re-renders.
  observer.observe(element.parentElement ?? element, { childList: true, subtree: true, characterData: true });
  const quiet = async () => {
    while (changed && performance.now() - started < limit) {
      changed = false;
      await frame(win);
      await frame(win);
      await sleep(win, 0);
    }
  };
  try {
    await Promise.race([quiet(), sleep(win, limit)]);
  } finally {
    observer.disconnect();
  }
}
