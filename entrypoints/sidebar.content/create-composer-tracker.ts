import { classifyElement, findComposers, searchableDocuments, type FoundComposer } from './find-composers';
import { INSERT_STRATEGIES } from './insert/insert-strategies';
import type { InsertStrategy, SavedCaret } from './insert/insert-strategy';
import type { SiteAdapter } from '../../sites/site-adapter';

/** The composer the user is writing in, with the strategy that types into it. */
export interface ActiveComposer extends FoundComposer {
  strategy: InsertStrategy;
}

const OBSERVE_EVERY_MS = 250;

/**
 * Follows the composer the user works in: the one focused last, else the first visible one. It remembers the
 * caret (clicking in the sidebar must not lose it), re-detects after single-page navigation or a framework
 * re-render (throttled observation), and reports draft and page changes. Everything it adds, it removes.
 */
export function createComposerTracker(
  adapter: SiteAdapter,
  doc: Document,
  callbacks: { onDraft(): void; onPageChange(): void; onDomChange(): void },
) {
  let active: ActiveComposer | undefined;
  /** Whether the user picked `active` by working in it; until then the default is looked up afresh. */
  let chosen = false;
  let caret: SavedCaret | undefined;
  let url = doc.location.href;
  const watched = new Set<Document>();
  const cleanups: (() => void)[] = [];

  const here = () => new URL(doc.location.href);
  // A fallback selector may find an older editor kind (a plain textarea in a rich editor's chain): the element decides.
  const withStrategy = (found: FoundComposer): ActiveComposer => ({
    ...found,
    strategy: INSERT_STRATEGIES[/^(TEXTAREA|INPUT)$/.test(found.element.tagName) ? 'textarea' : found.spec.insertWith],
  });

  function remember(target: EventTarget | null) {
    // Elements from iframes belong to another realm, so `instanceof Element` would miss them.
    if ((target as Node | null)?.nodeType !== Node.ELEMENT_NODE) return;
    const found = classifyElement(adapter, target as Element, here());
    if (!found) return;
    if (found.element !== active?.element) active = withStrategy(found);
    chosen = true;
    caret = active.strategy.save(active.element) ?? caret;
  }

  function watch(d: Document) {
    if (watched.has(d)) return;
    watched.add(d);
    const onFocus = (e: Event) => remember(e.target);
    const onInput = (e: Event) => {
      remember(e.target);
      if (active && (e.target === active.element || active.element.contains(e.target as Node))) callbacks.onDraft();
    };
    const onSelection = () => {
      const focused = d.activeElement;
      if (active && focused && (focused === active.element || active.element.contains(focused)))
        caret = active.strategy.save(active.element) ?? caret;
    };
    d.addEventListener('focusin', onFocus, true);
    d.addEventListener('input', onInput, true);
    d.addEventListener('keyup', onSelection, true);
    d.addEventListener('mouseup', onSelection, true);
    d.addEventListener('selectionchange', onSelection);
    // An iframe editor (the legacy UEditor) loads after us and replaces its document: watch the new one.
    const onLoad = (e: Event) => (e.target as Element | null)?.nodeName === 'IFRAME' && rescan();
    d.addEventListener('load', onLoad, true);
    cleanups.push(() => {
      d.removeEventListener('load', onLoad, true);
      d.removeEventListener('focusin', onFocus, true);
      d.removeEventListener('input', onInput, true);
      d.removeEventListener('keyup', onSelection, true);
      d.removeEventListener('mouseup', onSelection, true);
      d.removeEventListener('selectionchange', onSelection);
    });
  }

  function rescan() {
    callbacks.onDomChange();
    for (const d of searchableDocuments(doc)) watch(d);
    if (doc.location.href !== url) {
      url = doc.location.href;
      callbacks.onPageChange();
    }
    if (active && !active.element.isConnected) {
      active = undefined;
      caret = undefined;
      callbacks.onDraft();
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    timer ??= setTimeout(() => {
      timer = undefined;
      rescan();
    }, OBSERVE_EVERY_MS);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  rescan();
  const focused = doc.activeElement;
  if (focused) remember(focused);

  return {
    /** The composer to insert into now, found afresh if the remembered one was replaced or removed. */
    current(): ActiveComposer | undefined {
      if (chosen && active?.element.isConnected) return active;
      // A re-rendered composer comes back as a new element: prefer the same composer over the first one found.
      const found = findComposers(adapter, doc, here());
      const same = chosen && active ? found.find((f) => f.spec.id === active!.spec.id) : undefined;
      const next = same ?? found[0];
      if (next?.element !== active?.element) {
        active = next && withStrategy(next);
        caret = undefined;
      }
      return active;
    },
    caret: () => caret,
    destroy() {
      observer.disconnect();
      if (timer) clearTimeout(timer);
      for (const cleanup of cleanups) cleanup();
      cleanups.length = 0;
      watched.clear();
    },
  };
}

export type ComposerTracker = ReturnType<typeof createComposerTracker>;
