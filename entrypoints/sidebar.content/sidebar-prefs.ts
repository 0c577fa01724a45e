import { browser } from 'wxt/browser';
import type { Platform } from '../../content-kit';
import type { InsertRouteId } from './insert/insert-strategy';
import type { SidebarLayout } from './dock-page';

/** What the sidebar remembers per site: open or closed, its width, and whether it docks beside the page or overlays it. */
export interface SidebarPrefs {
  open: boolean;
  width: number;
  layout: SidebarLayout;
}

const DEFAULTS: SidebarPrefs = { open: false, width: 340, layout: 'dock' };
const key = (site: Platform) => `sidebar:${site}`;

/** Reads the sidebar's remembered state for a site (extension storage, never the page's). */
export async function loadSidebarPrefs(site: Platform): Promise<SidebarPrefs> {
  try {
    const stored = (await browser.storage.local.get(key(site)))[key(site)] as Partial<SidebarPrefs> | undefined;
    return { ...DEFAULTS, ...stored };
  } catch {
    return { ...DEFAULTS };
  }
}

/** Saves it; a failure only costs the memory of the state, so it is ignored. */
export async function saveSidebarPrefs(site: Platform, prefs: SidebarPrefs): Promise<void> {
  await browser.storage.local.set({ [key(site)]: prefs }).catch(() => undefined);
}

const routesKey = (site: Platform) => `sidebar:${site}:insert-routes`;

/** The insert route that last held in each of a site's composers (by composer id), so the next insert starts with it. */
export async function loadInsertRoutes(site: Platform): Promise<Map<string, InsertRouteId>> {
  try {
    const stored = (await browser.storage.local.get(routesKey(site)))[routesKey(site)] as Record<string, InsertRouteId> | undefined;
    return new Map(Object.entries(stored ?? {}));
  } catch {
    return new Map();
  }
}

/** Remembers them; like the other prefs, a failed write only costs the memory. */
export async function saveInsertRoutes(site: Platform, routes: Map<string, InsertRouteId>): Promise<void> {
  await browser.storage.local.set({ [routesKey(site)]: Object.fromEntries(routes) }).catch(() => undefined);
}
