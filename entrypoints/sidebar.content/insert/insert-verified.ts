import { nextFrame, settle } from './editor-settle';
import type { InsertResult, InsertRouteId, InsertStrategy, Insertion, RouteAttempt, RouteOutcome, SavedCaret } from './insert-strategy';

/** Text compared without whitespace and invisible marks: editors render paragraphs and spaces their own way. */
export const squash = (text: string) => text.replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '');

/** The insertion as it goes in at this caret: a block after text on the same line starts a new paragraph. */
function placed(insertion: Insertion, line: string): Insertion {
  if (!insertion.block || !line.trim()) return insertion;
  return { text: `\n${insertion.text}`, html: insertion.html && `<p><br></p>${insertion.html}` };
}

/** The routes to try, the one that worked here last time first. */
function order(strategy: InsertStrategy, preferred: InsertRouteId | undefined): InsertRouteId[] {
  const routes = [...strategy.routes];
  return preferred && routes.includes(preferred) ? [preferred, ...routes.filter((r) => r !== preferred)] : routes;
}

/**
 * Inserts text and checks that it held: after each route the editor is given time to settle, then its draft
 * (read as the adapter reads it) must be the old draft with the text at the caret. A route that left anything
 * else is undone before the next one, so the text never goes in twice; when none holds, the composer is left
 * as it was. Each verification is measured as `ck:insert-verify` for `npm run bench`.
 */
export async function insertVerified(
  strategy: InsertStrategy,
  element: HTMLElement,
  insertion: Insertion,
  caret: SavedCaret | undefined,
  preferred?: InsertRouteId,
): Promise<InsertResult> {
  element.focus({ preventScroll: true });
  const [start, end] = strategy.offsets(element, caret);
  strategy.select(element, start, end);
  await nextFrame(element.ownerDocument.defaultView ?? window);
  const raw = strategy.raw(element);
  const before = squash(strategy.read(element));
  const { text: head, line } = strategy.before(element, start);
  const prefix = squash(head).length;
  const selected = squash(strategy.before(element, end).text).length - prefix;
  const ready = placed(insertion, line);
  const wanted = squash(ready.text);
  const rest = before.slice(0, prefix) + before.slice(prefix + selected);
  const expected = before.slice(0, prefix) + wanted + before.slice(prefix + selected);
  // Text the draft reading leaves out (a hidden placeholder inside the editor) blurs where the caret is by as much.
  const slack = Math.abs(squash(strategy.before(element, Number.MAX_SAFE_INTEGER).text).length - before.length);
  const nearCaret = (now: string) => {
    for (let at = now.indexOf(wanted); at >= 0 && at <= prefix + slack; at = now.indexOf(wanted, at + 1))
      if (at >= prefix - slack && now.slice(0, at) + now.slice(at + wanted.length) === rest) return true;
    return false;
  };
  const judge = (now: string, changedAtOnce: boolean): RouteOutcome => {
    if (now === expected || (slack > 0 && wanted && nearCaret(now))) return 'verified';
    if (now === before) return changedAtOnce ? 'reverted' : 'ignored';
    return 'misplaced';
  };

  const attempts: RouteAttempt[] = [];
  for (const [i, route] of order(strategy, preferred).entries()) {
    if (i > 0) {
      element.focus({ preventScroll: true });
      strategy.select(element, start, end);
    }
    const began = performance.now();
    let ran = false;
    try {
      ran = strategy.apply(route, element, ready);
    } catch {
      // A route the page or browser throws on counts as one that would not run.
    }
    if (!ran) {
      attempts.push({ route, outcome: 'unavailable', ms: Math.round(performance.now() - began) });
      continue;
    }
    const changedAtOnce = squash(strategy.read(element)) !== before;
    const applied = performance.now();
    await settle(element);
    const now = squash(strategy.read(element));
    const outcome = judge(now, changedAtOnce);
    performance.measure('ck:insert-verify', { start: applied });
    attempts.push({ route, outcome, ms: Math.round(performance.now() - began) });
    if (outcome === 'verified') {
      strategy.reveal(element);
      return { ok: true, route, attempts };
    }
    if (outcome === 'misplaced') {
      strategy.restore(element, raw);
      await settle(element);
      const after = squash(strategy.read(element));
      // It cannot be taken back: stop here so the text never goes in twice, and say whether it is in.
      if (after !== before) return after.replace(wanted, '') === rest ? { ok: true, route, attempts } : { ok: false, attempts };
    }
  }
  strategy.select(element, start, end);
  return { ok: false, attempts };
}
