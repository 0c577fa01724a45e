import type { EditorInput } from './studio-types';

/** Where the layout of the studio window is kept (per browser profile, like VS Code's window state). */
export const LAYOUT_KEY = 'community-kit.studio.layout';

/** The window's arrangement, restored on reload. */
export interface Layout {
  sidebarVisible: boolean;
  sidebarWidth: number;
  activeView: string;
  panelVisible: boolean;
  panelHeight: number;
  activePanel: string;
  tabs: { input: EditorInput; pinned: boolean; viewState?: unknown }[];
  activeTab?: string;
}

export const defaultLayout = (): Layout => ({
  sidebarVisible: true,
  sidebarWidth: 300,
  activeView: 'explorer',
  panelVisible: false,
  panelHeight: 180,
  activePanel: 'problems',
  tabs: [],
});

/**
 * Reads and writes the layout in localStorage, not in the kit store: it changes with every caret move, and a
 * store write would make the background rebuild the sidebar snapshot each time.
 */
export function createLayoutStore(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined = globalThis.localStorage) {
  return {
    /** The saved layout, or null on first run (or when it cannot be read). */
    load(): Layout | null {
      try {
        const raw = storage?.getItem(LAYOUT_KEY);
        if (!raw) return null;
        const parsed = JSON.parse(raw) as Partial<Layout>;
        const layout = { ...defaultLayout(), ...parsed };
        layout.tabs = Array.isArray(parsed.tabs) ? parsed.tabs.filter((t) => t && typeof t.input?.type === 'string' && typeof t.input?.id === 'string') : [];
        layout.sidebarWidth = Math.min(Math.max(Number(layout.sidebarWidth) || 300, 160), 800);
        layout.panelHeight = Math.min(Math.max(Number(layout.panelHeight) || 180, 80), 800);
        return layout;
      } catch {
        return null;
      }
    },
    /** Forgets the saved layout (the next start is a first run). */
    clear(): void {
      try {
        storage?.removeItem(LAYOUT_KEY);
      } catch {
        // Nothing to forget then.
      }
    },
    save(layout: Layout): void {
      try {
        storage?.setItem(LAYOUT_KEY, JSON.stringify(layout));
      } catch {
        // A full localStorage only costs the layout, never content.
      }
    },
  };
}

/** The layout store's interface. */
export type LayoutStore = ReturnType<typeof createLayoutStore>;
