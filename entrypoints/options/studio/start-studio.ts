import './shell/ck-workbench';
import { t } from '../../../components/i18n/t';
import { useChosenLocale } from '../../../components/i18n/chosen-locale';
import { loadChosenLocale, renderAgain } from '../../../components/i18n/locale-table';
import { uiLang } from '../../../components/i18n/ui-locale';
import { createKitStore, type KitStore } from '../../../utils/store/create-kit-store';
import type { Settings } from '../../../utils/store/store-schema';
import { createCommandRegistry } from './shell/command-registry';
import { createContextKeys } from './shell/context-keys';
import * as contributions from './contributions';
import { createDraftStore } from './shell/create-draft-store';
import { createItemIndex } from './shell/create-item-index';
import { createLayoutStore } from './shell/create-layout-store';
import { createRegistry } from './shell/create-registry';
import { createStatusBar } from './shell/create-status-bar';
import { createStudioData } from './shell/create-studio-data';
import { createWorkbench } from './shell/create-workbench';
import { registerWorkbenchCommands } from './shell/register-workbench-commands';
import type { Contribution, StudioContext } from './shell/studio-context';
import type { EditorDescriptor, PanelDescriptor, ViewDescriptor } from './shell/studio-types';
import { wakeBackground } from './shell/wake-background';

/** Light, dark, or the system's choice, on the root element where the theme's CSS variables hang. */
function applyTheme(theme: Settings['theme']): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

/** Puts the language setting's strings in use (for 'auto', the browser's UI language) and names the page's language and title in it. */
async function applyLanguage(language: Settings['language']): Promise<void> {
  try {
    useChosenLocale(await loadChosenLocale(language));
  } catch {
    // Without a table of our own, browser.i18n's strings still give a usable studio.
    useChosenLocale(null);
  }
  document.documentElement.lang = uiLang();
  document.title = t('studioTitle');
}

/**
 * Starts the studio in `host`: builds the registries and services, activates every contribution, loads the kits,
 * mounts the workbench and restores the last layout. Resolves once the studio is interactive (then
 * `<html data-ck-ready>` is set and a `ck-studio-interactive` performance mark is placed).
 */
export async function startStudio(host: HTMLElement, options: { store?: KitStore } = {}): Promise<StudioContext> {
  document.documentElement.lang = uiLang();
  document.title = t('studioTitle');
  const store = options.store ?? createKitStore({ onChange: wakeBackground });
  const data = createStudioData(store);
  const editors = createRegistry<EditorDescriptor>('Editor');
  const views = createRegistry<ViewDescriptor>('View');
  const panels = createRegistry<PanelDescriptor>('Panel');
  const studio: StudioContext = {
    commands: createCommandRegistry(),
    views,
    editors,
    panels,
    status: createStatusBar(),
    context: createContextKeys(),
    workbench: createWorkbench({ editors, views, panels }, createLayoutStore()),
    data,
    index: createItemIndex(data),
    drafts: createDraftStore(),
  };
  registerWorkbenchCommands(studio);
  const active: Contribution[] = [];
  for (const contribution of Object.values(contributions) as Contribution[]) {
    try {
      contribution.activate(studio);
      active.push(contribution);
    } catch (error) {
      // One broken feature must not take the studio down with it.
      console.error(`Contribution "${contribution.id}" failed to activate`, error);
    }
  }

  studio.commands.onDidFail(({ error }) =>
    studio.workbench.notify({ severity: 'error', message: t('studioCommandFailed', error instanceof Error ? error.message : String(error)) }),
  );
  addEventListener('keydown', (event) => studio.commands.handleKeydown(event), { capture: true });

  await data.load();
  applyTheme(data.settings().theme);
  let language = data.settings().language;
  await applyLanguage(language);
  data.onDidChange((change) => {
    if (!change.settings) return;
    applyTheme(data.settings().theme);
    if (data.settings().language === language) return;
    language = data.settings().language;
    void applyLanguage(language).then(() => renderAgain(document));
  });

  const workbench = document.createElement('ck-workbench');
  workbench.studio = studio;
  host.replaceChildren(workbench);
  host.classList.remove('studio-loading');
  host.removeAttribute('aria-busy');
  studio.workbench.restore();
  for (const contribution of active) {
    try {
      contribution.ready?.(studio);
    } catch (error) {
      console.error(`Contribution "${contribution.id}" failed when ready`, error);
    }
  }

  addEventListener('pagehide', () => void studio.workbench.flushAll());
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && void studio.workbench.flushAll());
  addEventListener('beforeunload', (event) => {
    if (studio.workbench.tabs().some((tab) => tab.dirty)) event.preventDefault();
  });

  await workbench.updateComplete;
  await new Promise((done) => requestAnimationFrame(() => done(undefined)));
  document.documentElement.dataset.ckReady = 'true';
  performance.mark('ck-studio-interactive');
  return studio;
}
