import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { checkParts, missedParts, type PartCheck } from '../../sites/check-parts';
import type { SiteAdapter } from '../../sites/site-adapter';
import type { ActiveComposer } from './create-composer-tracker';
import { copyText } from './copy-text';
import { searchableDocuments } from './find-composers';
import { insertVerified } from './insert/insert-verified';
import type { InsertResult, InsertRouteId, Insertion, SavedCaret } from './insert/insert-strategy';
import { browserVersion, buildPageReport, type InsertLogEntry } from './page-report';
import { loadInsertRoutes, saveInsertRoutes } from './sidebar-prefs';
import type { CkSidebar } from './ui/ck-sidebar';
import type { SiteState, SiteStatusView } from './ui/ck-site-status';
import { t } from '../../components/i18n/t';

/** How often at most the known parts are looked for again while one is missing and the page keeps changing. */
const RECHECK_MS = 1000;

/**
 * The page's health as the sidebar sees it: the adapter's self-check, the status line, verified insertion with
 * the route that held remembered per composer, the composers that refused (inserts then copy), and the page
 * report built from all of it. A miss is recorded for the report, never logged to the page's console.
 */
export function createSiteHealth(ctx: ContentScriptContext, adapter: SiteAdapter, sidebar: CkSidebar, doc: Document = document) {
  let checks: PartCheck[] = [];
  let missedOnLoad: PartCheck['part'][] | undefined;
  let checkedAt = -Infinity;
  let checkedUrl = '';
  let composer: ActiveComposer | undefined;
  let report: string | null = null;
  const refused = new Set<string>();
  const inserts: InsertLogEntry[] = [];
  let routes = new Map<string, InsertRouteId>();
  const routesLoaded = loadInsertRoutes(adapter.id).then((loaded) => (routes = loaded));

  const recheck = () => {
    checks = checkParts(adapter, searchableDocuments(doc), new URL(doc.location.href));
    missedOnLoad ??= missedParts(checks);
    checkedAt = performance.now();
    checkedUrl = doc.location.href;
  };

  const stateOf = (found: ActiveComposer | undefined): SiteState => (!found ? 'no-composer' : refused.has(found.spec.id) ? 'copy-only' : 'ready');

  // Called on every refresh: it compares a few short lists and only then hands the sidebar a new view.
  function render() {
    const state = stateOf(composer);
    const others = checks.filter((c) => c.part !== 'composer');
    const missed = missedParts(others);
    const kinds = [...new Set(others.map((c) => c.part))];
    const found: PartCheck['part'][] = [...(composer ? ['composer' as const] : []), ...kinds.filter((k) => !missed.includes(k))];
    const missing: PartCheck['part'][] = [...(composer ? [] : ['composer' as const]), ...missed];
    const was = sidebar.siteStatus;
    if (!was || was.state !== state || was.report !== report || `${was.found}|${was.missing}` !== `${found}|${missing}`)
      sidebar.siteStatus = { state, site: adapter.id, found, missing, report } satisfies SiteStatusView;
    sidebar.composerFound = state === 'ready';
  }

  function makeReport(): string {
    recheck();
    const built = buildPageReport({
      doc,
      site: adapter.id,
      parts: checks,
      inserts,
      missedOnLoad: missedOnLoad ?? [],
      extension: browser.runtime.getManifest().version,
      browser: browserVersion(navigator.userAgent),
      skip: (element) => element === sidebar,
    });
    return JSON.stringify(built, null, 2);
  }

  function save(json: string) {
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const link = doc.createElement('a');
    link.href = url;
    link.download = `community-kit-report-${adapter.id}-${new Date().toISOString().slice(0, 10)}.json`;
    sidebar.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  const on = (name: 'ck-report-page' | 'ck-report-copy' | 'ck-report-save' | 'ck-report-close', work: () => unknown) =>
    sidebar.addEventListener(
      name,
      () => {
        Promise.resolve()
          .then(work)
          .catch((error) => (sidebar.notice = { tone: 'error', text: t('actionFailed', String((error as Error)?.message ?? error)) }));
      },
      { signal: ctx.signal },
    );
  on('ck-report-page', () => {
    report = makeReport();
    render();
  });
  on('ck-report-close', () => {
    report = null;
    render();
  });
  on('ck-report-copy', async () => {
    const copied = report !== null && (await copyText(report, sidebar.renderRoot));
    sidebar.notice = { tone: copied ? 'ok' : 'error', text: t(copied ? 'reportCopied' : 'copyFailed') };
  });
  on('ck-report-save', () => {
    if (report === null) return;
    save(report);
    sidebar.notice = { tone: 'ok', text: t('reportSaved') };
  });

  return {
    /** Follows the page: the composer now in use (cheap; called on refreshes), and the parts when the page changed. */
    update(current: ActiveComposer | undefined, pageChanged = false) {
      composer = current;
      const missing = checks.some((c) => !c.found && c.part !== 'composer');
      // Another page of a single-page app may hold another editor: what refused before is tried again there.
      if (doc.location.href !== checkedUrl) refused.clear();
      if (doc.location.href !== checkedUrl || (pageChanged && missing && performance.now() - checkedAt > RECHECK_MS)) recheck();
      render();
    },
    /** Whether inserts into this composer are still tried (false once it refused a verified insert). */
    canInsert: (found: ActiveComposer) => !refused.has(found.spec.id),
    /** Inserts and verifies, starting with the route that held here last; a refusal makes the composer copy-only. */
    async insert(found: ActiveComposer, insertion: Insertion, caret: SavedCaret | undefined): Promise<InsertResult> {
      await routesLoaded;
      const key = found.spec.id;
      const preferred = routes.get(key);
      const started = performance.now();
      const result = await insertVerified(found.strategy, found.element, insertion, caret, preferred);
      performance.measure('ck:insert', { start: started });
      inserts.push({ composer: key, editor: found.spec.insertWith, ok: result.ok, attempts: result.attempts });
      if (result.ok && result.route && result.route !== preferred) {
        routes.set(key, result.route);
        void saveInsertRoutes(adapter.id, routes);
      }
      if (!result.ok) refused.add(key);
      composer = found;
      render();
      return result;
    },
  };
}
