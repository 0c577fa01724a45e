import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { platformTarget, templateVariables, type Suggester, type TemplateVariable, type UsageRecord } from '../../content-kit';
import type { CkSidebar } from './ui/ck-sidebar';
import type { SidebarEventDetails, SidebarEventName } from './ui/sidebar-events';
import { t } from '../../components/i18n/t';
import { uiLocale } from '../../components/i18n/ui-locale';
import type { Envelope } from '../../utils/messaging/message-types';
import { sendMessage } from '../../utils/messaging/send-message';
import type { Snapshot, SnapshotItem } from '../../utils/snapshot/snapshot-types';
import { chooseSide } from './choose-side';
import { createComposerTracker } from './create-composer-tracker';
import { createSiteHealth } from './create-site-health';
import type { PageContext, SiteAdapter } from '../../sites/site-adapter';
import { loadSidebarPrefs, saveSidebarPrefs } from './sidebar-prefs';
import { createSuggestionList } from './suggestion-list';
import { createPageDock, type SidebarLayout } from './dock-page';
import { createDraftLint } from './create-draft-lint';
import { createItemDelivery, type Place } from './item-delivery';
import { createSnapshotClient } from './snapshot-client';
import { todayEntries } from './today-entries';

const DRAFT_DEBOUNCE_MS = 80;
const LIMIT = 30;
/** Ranked candidates a search filters down to LIMIT. */
const SEARCH_POOL = 200;

/**
 * Runs the sidebar on one page: keeps the snapshot, ranks locally as the user types, and inserts into the
 * site's composer. Every handler is guarded: a failure becomes a message in the sidebar, never an error in
 * the page or its console.
 */
export function createSidebarController(ctx: ContentScriptContext, adapter: SiteAdapter, sidebar: CkSidebar) {
  const doc = document;
  let snapshot: Snapshot | undefined;
  let suggester: Suggester | undefined;
  let items = new Map<string, SnapshotItem>();
  const blanks = new Map<string, TemplateVariable[]>();
  let usage = new Map<string, UsageRecord>();
  let favourites = new Set<string>();
  let filter: SidebarEventDetails['ck-filter'] = { query: '', kind: '', stage: '' };
  let timer: number | undefined;
  let limits = new Map<string, number>();
  let context: PageContext | undefined;
  const list = createSuggestionList();
  const dock = createPageDock(doc, sidebar);
  let layout: SidebarLayout = 'dock';
  /** The width the user chose; docking may take less of it. */
  let preferredWidth = sidebar.width;
  /** The composer's text when the last insertion's notice went up. */
  let draftAtNotice: string | undefined;
  const draftLint = createDraftLint(uiLocale);

  const guard =
    <A extends unknown[]>(work: (...args: A) => unknown) =>
    (...args: A) => {
      try {
        const result = work(...args);
        if (result instanceof Promise) result.catch(fail);
      } catch (error) {
        fail(error);
      }
    };

  function fail(error: unknown) {
    const invalidated = /context invalidated/i.test(String((error as Error)?.message ?? error));
    sidebar.notice = { tone: 'error', text: invalidated ? t('extensionReloaded') : t('actionFailed', String((error as Error)?.message ?? error)) };
  }

  const health = createSiteHealth(ctx, adapter, sidebar, doc);
  const tracker = createComposerTracker(adapter, doc, {
    onDraft: () => {
      // A keystroke in the composer answers a success or a warning; an error stays until it is acted on. The
      // editor's own echo of an insertion (same text) is not a keystroke.
      const composer = tracker.current();
      const changed = () => !composer || composer.strategy.read(composer.element) !== draftAtNotice;
      if (sidebar.notice?.tone !== 'error' && (sidebar.notice || sidebar.findings.length) && changed()) {
        sidebar.notice = null;
        sidebar.findings = [];
      }
      schedule();
    },
    onPageChange: () => {
      context = undefined;
      draftLint.resetIgnored();
      refresh();
    },
    // The page changed under us: read its context (hot topics, group) again at the next refresh, not per keystroke.
    onDomChange: () => {
      context = undefined;
      // After the tracker's first scan has returned: a composer that appears later turns the status ready.
      queueMicrotask(guard(() => health.update(tracker.current(), true)));
    },
  });

  /** The composer in use, the platform target it writes for, and its text: looked up once per action. */
  const place = (): Place => {
    const composer = tracker.current();
    const target = platformTarget(composer?.spec.target, adapter.id, limits);
    return { composer, target, draft: composer ? composer.strategy.read(composer.element) : '' };
  };

  const variablesOf = (key: string, item: SnapshotItem) => {
    let found = blanks.get(key);
    if (!found) blanks.set(key, (found = templateVariables(item)));
    return found;
  };

  // The snapshot arrives whole once, then as item-level deltas (snapshot-client.ts).
  const snapshots = createSnapshotClient(ctx, {
    onChange: (next, changedKeys) => {
      ({ snapshot, suggester, items, usage, favourites, limits } = next);
      if (changedKeys === 'all') blanks.clear();
      else for (const key of changedKeys) blanks.delete(key);
      list.setSnapshot(snapshot, items);
      draftLint.setSettings(snapshot.lint, snapshot.lintRules);
      refresh();
    },
    onIndexed: () => schedule(),
    onError: fail,
  });

  /** Re-ranks and re-renders; cheap enough for every pause in typing (the index is local). */
  function refresh() {
    const started = performance.now();
    context ??= adapter.readContext(doc, new URL(doc.location.href));
    const { composer, target, draft } = place();
    health.update(composer);
    sidebar.targetLabel = t('targetLimit', target.label[uiLocale()], target.limit);
    sidebar.hotTopics = context.hotTopics;
    sidebar.today = todayEntries(snapshot?.calendar ?? [], adapter.id, Date.now());
    sidebar.todayNode = snapshot?.node ?? null;
    if (!sidebar.open) return;
    sidebar.draftLint = draftLint.rows(draft, target);
    if (!suggester) return;
    const searching = list.searching(filter.query);
    // seasonWords: the coming 节点's words (the suggester's season boost ranks items tagged with them higher that week).
    const options = { kind: filter.kind || undefined, stage: filter.stage || undefined, limit: searching ? SEARCH_POOL : LIMIT, usage, favourites, seasonWords: snapshot?.node?.words };
    const where = { site: adapter.id, target: target.id };
    let results = suggester.suggest(
      { ...where, text: draft, query: filter.query, title: context.title, group: context.group, chat: context.chat, hotTopics: context.hotTopics },
      options,
    );
    // A draft that matches nothing still gets the defaults for this place (favourites, history, kit order).
    if (!results.length && !filter.query.trim()) results = suggester.suggest(where, options);
    sidebar.suggestions = list.views(
      results,
      { ...filter, site: adapter.id },
      { target, draft, favourites, hasBlanks: (key, item) => variablesOf(key, item).length > 0 },
      LIMIT,
    );
    // Marks for `npm run bench`: the first suggestions on screen, and the cost of each update.
    void sidebar.updateComplete.then(() => {
      performance.measure('ck:suggest-update', { start: started });
      if (!performance.getEntriesByName('ck:sidebar-ready').length) performance.mark('ck:sidebar-ready');
    });
  }

  function schedule() {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      timer = undefined;
      guard(refresh)();
    }, DRAFT_DEBOUNCE_MS);
  }

  /** Docks the open panel beside the page where its layout allows, else overlays it on the side that spares the composer. */
  function placePanel() {
    const docked = dock.place(layout, 'right', preferredWidth);
    if (docked.layout === 'dock') {
      sidebar.side = 'right';
      sidebar.width = docked.width;
    } else {
      // Measured after the page got its whole width back.
      const composer = tracker.current()?.element.getBoundingClientRect();
      const placed = chooseSide(composer, preferredWidth, doc.documentElement.clientWidth);
      sidebar.side = placed.side;
      sidebar.width = placed.width;
    }
    sidebar.layout = docked.layout;
  }

  /** Gives the page back its width and puts the closed tab where it covers no content. */
  function placeTab() {
    dock.release();
    const composer = tracker.current()?.element;
    const around = composer?.closest('form') ?? composer?.parentElement?.parentElement;
    sidebar.tabTop = dock.tabTop(sidebar.side, [composer, around].flatMap((el) => (el ? [el.getBoundingClientRect()] : [])));
  }

  async function setOpen(open: boolean, options: { focus?: boolean } = {}) {
    sidebar.open = open;
    if (open) {
      placePanel();
      refresh();
      if (options.focus) sidebar.focusPanel();
    } else {
      placeTab();
      if (options.focus) tracker.current()?.element.focus({ preventScroll: true });
    }
    await saveSidebarPrefs(adapter.id, { open, width: preferredWidth, layout });
  }

  const delivery = createItemDelivery({
    adapter,
    sidebar,
    tracker,
    health,
    draftLint,
    place,
    item: (key) => items.get(key),
    variablesOf,
    snapshot: () => snapshot,
    usage: () => usage,
    freshContext: () => (context = adapter.readContext(doc, new URL(doc.location.href))),
    delivered: (draft) => {
      draftAtNotice = draft;
      schedule();
    },
  });
  const { deliver, draftHeld, insertItem, copyItem } = delivery;

  const handlers: { [N in SidebarEventName]?: (detail: SidebarEventDetails[N]) => unknown } = {
    'ck-toggle': ({ open }) => setOpen(open, { focus: !open }),
    'ck-insert': ({ key }) => insertItem(key),
    'ck-copy': ({ key }) => copyItem(key),
    'ck-hot-insert': ({ topic }) => draftHeld() || deliver('topic', topic),
    'ck-fill-submit': (detail) => delivery.submitFill(detail),
    'ck-fill-cancel': () => (sidebar.fill = null),
    'ck-remember': async ({ name, value }) => {
      if (snapshot) snapshot.profile = Object.fromEntries([...Object.entries(snapshot.profile ?? {}).filter(([k]) => k !== name), [name, value]]);
      await sendMessage('profile.set', { name, value });
      sidebar.notice = { tone: 'ok', text: t('fillRemembered', name) };
    },
    'ck-notice-dismiss': () => {
      sidebar.notice = null;
      sidebar.findings = [];
    },
    'ck-layout': async ({ layout: next }) => {
      layout = next;
      if (sidebar.open) placePanel();
      await saveSidebarPrefs(adapter.id, { open: sidebar.open, width: preferredWidth, layout });
    },
    'ck-filter': (detail) => {
      filter = detail;
      refresh();
    },
    'ck-favourite': async ({ key, on }) => {
      if (on) favourites.add(key);
      else favourites.delete(key);
      refresh();
      await sendMessage('favourite.set', { key, on });
    },
    'ck-resize': ({ width }) => {
      preferredWidth = width;
      if (sidebar.open) placePanel();
      return saveSidebarPrefs(adapter.id, { open: sidebar.open, width, layout });
    },
    'ck-entry-insert': ({ itemKey }) => insertItem(itemKey),
    'ck-entry-published': async ({ kitId, entryId }) => {
      await sendMessage('calendar.setStatus', { kitId, entryId, status: 'published' });
      sidebar.notice = { tone: 'ok', text: t('markedPublished') };
    },
    'ck-open-studio': () => sendMessage('studio.open', {}),
    'ck-lint-ignore': ({ keys }) => {
      draftLint.ignore(keys);
      refresh();
    },
    // The words are hidden here at once; the snapshot the background publishes next allows them everywhere.
    'ck-lint-allow': async ({ phrases, keys }) => {
      draftLint.ignore(keys);
      refresh();
      await sendMessage('lint.allow', { phrases });
      sidebar.notice = { tone: 'ok', text: t('lintAllowed', phrases.join('、')) };
    },
  };
  const listeners = Object.entries(handlers).map(([name, handler]): [string, EventListener] => [
    name,
    guard((event: Event) => (handler as (detail: unknown) => unknown)((event as CustomEvent).detail)),
  ]);
  for (const [name, listener] of listeners) sidebar.addEventListener(name, listener);

  const onMessage = (message: unknown) => {
    if ((message as Envelope | undefined)?.ck !== 1 || (message as Envelope).type !== 'sidebar.toggle') return undefined;
    guard(() => setOpen(!sidebar.open, { focus: true }))();
    return Promise.resolve({ ok: true });
  };
  let resizing: number | undefined;
  // The window's width decides whether the page can make room: place the panel (or the tab) again after a resize.
  ctx.addEventListener(window, 'resize', () => {
    clearTimeout(resizing);
    resizing = ctx.setTimeout(guard(() => (sidebar.open ? placePanel() : placeTab())), 150);
  });
  browser.runtime.onMessage.addListener(onMessage);

  ctx.onInvalidated(() => {
    tracker.destroy();
    dock.release();
    for (const [name, listener] of listeners) sidebar.removeEventListener(name, listener);
    browser.runtime.onMessage.removeListener(onMessage);
    sidebar.remove();
  });

  return {
    /** Restores the remembered state and loads the snapshot. */
    start: guard(async () => {
      let toggled = false;
      const early = () => (toggled = true);
      sidebar.addEventListener('ck-toggle', early, { once: true });
      const prefs = await loadSidebarPrefs(adapter.id);
      sidebar.removeEventListener('ck-toggle', early);
      sidebar.width = preferredWidth = prefs.width;
      layout = prefs.layout;
      // A click on the handle before the remembered state arrived wins over it.
      if (prefs.open && !toggled) await setOpen(true);
      else {
        if (!sidebar.open) placeTab();
        refresh();
      }
      sidebar.toggleAttribute('ready', true);
      await snapshots.refresh();
    }),
  };
}
