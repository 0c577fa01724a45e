import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  fillTemplate,
  lintInsertion,
  platformTarget,
  prepareInsertion,
  suggestionKey,
  templateVariables,
  todayIn,
  type Suggester,
  type TemplateVariable,
  type UsageRecord,
} from '../../content-kit';
import type { CkSidebar } from './ui/ck-sidebar';
import type { SidebarEventDetails, SidebarEventName } from './ui/sidebar-events';
import type { SuggestionView, TodayEntryView } from './ui/sidebar-view';
import { t } from '../../components/i18n/t';
import { uiLocale } from '../../components/i18n/ui-locale';
import type { Envelope } from '../../utils/messaging/message-types';
import { sendMessage } from '../../utils/messaging/send-message';
import type { Snapshot, SnapshotItem } from '../../utils/snapshot/snapshot-types';
import { chooseSide } from './choose-side';
import { copyText } from './copy-text';
import { createComposerTracker } from './create-composer-tracker';
import type { PageContext, SiteAdapter } from '../../sites/site-adapter';
import { loadSidebarPrefs, saveSidebarPrefs } from './sidebar-prefs';
import { createSnapshotClient } from './snapshot-client';

const DRAFT_DEBOUNCE_MS = 80;
const LIMIT = 30;
const PREVIEW_CHARS = 100;

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

  const tracker = createComposerTracker(adapter, doc, {
    onDraft: () => schedule(),
    onPageChange: () => {
      context = undefined;
      refresh();
    },
    // The page changed under us: read its context (hot topics, group) again at the next refresh, not per keystroke.
    onDomChange: () => (context = undefined),
  });

  /** The composer in use, the platform target it writes for, and its text: looked up once per action. */
  const place = () => {
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
      refresh();
    },
    onIndexed: () => schedule(),
    onError: fail,
  });

  function todayEntries(): TodayEntryView[] {
    const now = Date.now();
    return (snapshot?.calendar ?? [])
      .filter((e) => e.platform === adapter.id && e.date === todayIn(e.timezone, now))
      .sort((a, b) => (a.time ?? '').localeCompare(b.time ?? ''))
      .map((e) => ({
        kitId: e.kitId,
        id: e.id,
        title: e.title,
        time: e.time,
        status: e.status,
        itemKey: e.itemId ? suggestionKey(e.kitId, e.itemId) : undefined,
      }));
  }

  /** Re-ranks and re-renders; cheap enough for every pause in typing (the index is local). */
  function refresh() {
    const started = performance.now();
    context ??= adapter.readContext(doc, new URL(doc.location.href));
    const { composer, target, draft } = place();
    sidebar.composerFound = !!composer;
    sidebar.targetLabel = `${target.label[uiLocale()]} · ${target.limit}`;
    sidebar.hotTopics = context.hotTopics;
    sidebar.today = todayEntries();
    if (!sidebar.open || !suggester) return;
    const options = { kind: filter.kind || undefined, stage: filter.stage || undefined, limit: LIMIT, usage, favourites };
    const where = { site: adapter.id, target: target.id };
    let results = suggester.suggest(
      { ...where, text: draft, query: filter.query, title: context.title, group: context.group, chat: context.chat, hotTopics: context.hotTopics },
      options,
    );
    // A draft that matches nothing still gets the defaults for this place (favourites, history, kit order).
    if (!results.length && !filter.query.trim()) results = suggester.suggest(where, options);
    sidebar.suggestions = results.map((r): SuggestionView => {
      const item = items.get(r.key)!;
      const preview = item.body.slice(0, PREVIEW_CHARS);
      return {
        key: r.key,
        id: r.id,
        kind: r.kind,
        title: r.title,
        stage: r.stage,
        preview,
        titleSpans: r.matches.filter((m) => m.field === 'title').map((m) => [m.start, m.end]),
        previewSpans: r.matches.filter((m) => m.field === 'body').map((m) => [m.start, m.end]),
        favourite: favourites.has(r.key),
        blanks: variablesOf(r.key, item).length > 0,
      };
    });
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

  async function setOpen(open: boolean, options: { focus?: boolean } = {}) {
    sidebar.open = open;
    if (open) {
      const composer = tracker.current();
      const placed = chooseSide(composer?.element.getBoundingClientRect(), sidebar.width, doc.documentElement.clientWidth);
      sidebar.side = placed.side;
      sidebar.width = placed.width;
      refresh();
      if (options.focus) sidebar.focusPanel();
    } else if (options.focus) {
      const composer = tracker.current();
      composer?.element.focus({ preventScroll: true });
    }
    await saveSidebarPrefs(adapter.id, { open, width: sidebar.width });
  }

  /** Types the text into the composer, or copies it when there is none or the editor refused it. */
  async function deliver(kind: SnapshotItem['kind'], text: string, key?: string) {
    const { composer, target, draft } = place();
    const insertion = prepareInsertion(kind, text, target);
    const findings = lintInsertion(draft, insertion.text, target);
    if (!composer) {
      const copied = await copyText(insertion.text, sidebar.renderRoot);
      sidebar.findings = findings;
      sidebar.notice = { tone: copied ? 'warning' : 'error', text: copied ? t('copiedNoComposer') : t('copyFailed') };
      return;
    }
    const result = await composer.strategy.insert(composer.element, insertion, tracker.caret());
    if (!result.ok) {
      const copied = await copyText(insertion.text, sidebar.renderRoot);
      sidebar.notice = { tone: 'error', text: copied ? t('insertRefusedCopied') : t('copyFailed') };
      return;
    }
    sidebar.findings = findings.filter((f) => f.severity !== 'info');
    sidebar.notice = { tone: sidebar.findings.length ? 'warning' : 'ok', text: t('inserted') };
    if (key) {
      const was = usage.get(key);
      usage.set(key, { count: (was?.count ?? 0) + 1, lastUsed: Date.now() });
      void sendMessage('usage.record', { key }).catch(() => undefined);
    }
    schedule();
  }

  function openFill(key: string, item: SnapshotItem, variables: TemplateVariable[]) {
    const { composer, target, draft } = place();
    sidebar.fill = {
      key,
      kind: item.kind,
      title: item.title,
      body: item.body,
      variables,
      target,
      draft,
      canInsert: !!composer,
    };
  }

  async function insertItem(key: string) {
    const item = items.get(key);
    if (!item) return;
    const variables = variablesOf(key, item);
    const text = fillTemplate(item, {}).text;
    const { target, draft } = place();
    const errors = lintInsertion(draft, prepareInsertion(item.kind, text, target).text, target).some((f) => f.severity === 'error');
    // Blanks to fill, or an error the user must see first: the form shows both before anything goes in.
    if (variables.length || errors) return openFill(key, item, variables);
    sidebar.fill = null;
    await deliver(item.kind, text, key);
  }

  async function copyItem(key: string) {
    const item = items.get(key);
    if (!item) return;
    const variables = variablesOf(key, item);
    if (variables.length) return openFill(key, item, variables);
    const copied = await copyText(prepareInsertion(item.kind, fillTemplate(item, {}).text, place().target).text, sidebar.renderRoot);
    sidebar.notice = { tone: copied ? 'ok' : 'error', text: copied ? t('copied') : t('copyFailed') };
  }

  const handlers: { [N in SidebarEventName]?: (detail: SidebarEventDetails[N]) => unknown } = {
    'ck-toggle': ({ open }) => setOpen(open, { focus: !open }),
    'ck-insert': ({ key }) => insertItem(key),
    'ck-copy': ({ key }) => copyItem(key),
    'ck-hot-insert': ({ topic }) => deliver('topic', topic),
    'ck-fill-submit': async ({ key, values, mode }) => {
      const item = items.get(key);
      if (!item) return;
      const filled = fillTemplate(item, values);
      if (filled.missing.length) return;
      sidebar.fill = null;
      if (mode === 'insert') return deliver(item.kind, filled.text, key);
      const copied = await copyText(prepareInsertion(item.kind, filled.text, place().target).text, sidebar.renderRoot);
      sidebar.notice = { tone: copied ? 'ok' : 'error', text: copied ? t('copied') : t('copyFailed') };
    },
    'ck-fill-cancel': () => (sidebar.fill = null),
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
    'ck-resize': ({ width }) => saveSidebarPrefs(adapter.id, { open: sidebar.open, width }),
    'ck-entry-insert': ({ itemKey }) => insertItem(itemKey),
    'ck-entry-published': async ({ kitId, entryId }) => {
      await sendMessage('calendar.setStatus', { kitId, entryId, status: 'published' });
      sidebar.notice = { tone: 'ok', text: t('markedPublished') };
    },
    'ck-open-studio': () => sendMessage('studio.open', {}),
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
  browser.runtime.onMessage.addListener(onMessage);

  ctx.onInvalidated(() => {
    tracker.destroy();
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
      sidebar.width = prefs.width;
      // A click on the handle before the remembered state arrived wins over it.
      if (prefs.open && !toggled) await setOpen(true);
      else refresh();
      sidebar.toggleAttribute('ready', true);
      await snapshots.refresh();
    }),
  };
}
