import type { Registry } from './create-registry';
import { defaultLayout, type Layout, type LayoutStore } from './create-layout-store';
import { Emitter, type Event } from './emitter';
import type {
  EditorDescriptor,
  EditorInput,
  EditorPane,
  InputOptions,
  Notification,
  PanelDescriptor,
  QuickPickItem,
  QuickPickOptions,
  ViewDescriptor,
} from './studio-types';

/** One editor tab. `key` is `type:id`. */
export interface Tab {
  readonly key: string;
  readonly input: EditorInput;
  pinned: boolean;
  dirty: boolean;
  title: string;
  pane?: EditorPane;
  viewState?: unknown;
}

/** An open quick pick or input box, as the shell renders it. */
export type PickRequest =
  | { type: 'pick'; options: QuickPickOptions<QuickPickItem>; resolve: (item: QuickPickItem | undefined) => void }
  | { type: 'input'; options: InputOptions; resolve: (value: string | undefined) => void };

/** Where and how to open an editor. */
export interface OpenOptions {
  /** A pinned tab stays; an unpinned (preview) tab is replaced by the next preview. Defaults to false. */
  pinned?: boolean;
  /** Move focus into the editor (default true). */
  focus?: boolean;
}

export const inputKey = (input: Pick<EditorInput, 'type' | 'id'>) => `${input.type}:${input.id}`;

/**
 * The workbench model: tabs, layout, the quick pick and notifications. It knows editors, views and panels only
 * through their registries, never by name; the ck-workbench element renders it.
 */
export function createWorkbench(registries: { editors: Registry<EditorDescriptor>; views: Registry<ViewDescriptor>; panels: Registry<PanelDescriptor> }, layoutStore: LayoutStore) {
  const saved = layoutStore.load();
  const layout: Layout = saved ?? defaultLayout();
  const changed = new Emitter<void>();
  const activeChanged = new Emitter<Tab | undefined>();
  let tabs: Tab[] = [];
  let activeKey: string | undefined;
  let pick: PickRequest | null = null;
  let notifications: Notification[] = [];
  let nextNotification = 1;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let forgotten = false;

  const descriptorOf = (tab: Tab) => registries.editors.get(tab.input.type);
  const find = (key: string | undefined) => tabs.find((t) => t.key === key);

  function persist(): void {
    if (forgotten) return;
    layout.tabs = tabs.map((t) => ({ input: t.input, pinned: t.pinned, viewState: t.pane?.viewState?.() ?? t.viewState }));
    layout.activeTab = activeKey;
    layoutStore.save(layout);
  }
  const persistSoon = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(persist, 300);
  };
  const update = () => {
    changed.fire();
    persistSoon();
  };

  function ensurePane(tab: Tab): EditorPane | undefined {
    if (tab.pane) return tab.pane;
    const descriptor = descriptorOf(tab);
    if (!descriptor) return undefined;
    tab.title = descriptor.title(tab.input);
    tab.pane = descriptor.create(tab.input, {
      viewState: tab.viewState,
      setDirty: (dirty) => {
        if (tab.dirty === dirty) return;
        tab.dirty = dirty;
        changed.fire();
      },
      setTitle: (title) => {
        if (tab.title === title) return;
        tab.title = title;
        changed.fire();
      },
      pin: () => workbench.pinTab(tab.key),
      close: () => void workbench.closeEditor(tab.key),
    });
    return tab.pane;
  }

  function activate(tab: Tab | undefined, focus: boolean): void {
    const previous = find(activeKey);
    if (previous && previous !== tab) previous.pane?.setVisible?.(false);
    activeKey = tab?.key;
    const pane = tab ? ensurePane(tab) : undefined;
    pane?.setVisible?.(true);
    update();
    activeChanged.fire(tab);
    // The element is attached by the next render; focus after it, unless the quick pick opened meanwhile.
    if (focus && pane?.focus) requestAnimationFrame(() => !pick && pane.focus?.());
  }

  const workbench = {
    onDidChange: changed.event as Event<void>,
    onDidChangeActive: activeChanged.event as Event<Tab | undefined>,
    layout: (): Readonly<Layout> => layout,
    /** True when there was no saved layout (first run). */
    firstRun: saved === null,
    tabs: (): readonly Tab[] => tabs,
    active: (): Tab | undefined => find(activeKey),
    activeInput: (): EditorInput | undefined => find(activeKey)?.input,

    /** Puts back the tabs of the saved layout; panes are created when a tab is first shown. */
    restore(): void {
      tabs = [];
      for (const saved of layout.tabs) {
        const descriptor = registries.editors.get(saved.input.type);
        if (!descriptor || descriptor.isValid?.(saved.input) === false) continue;
        const key = inputKey(saved.input);
        if (find(key)) continue;
        tabs.push({ key, input: saved.input, pinned: saved.pinned, dirty: false, title: descriptor.title(saved.input), viewState: saved.viewState });
      }
      const active = find(layout.activeTab) ?? tabs[0];
      if (active) activate(active, true);
      else changed.fire();
    },

    /** Opens (or reveals) an editor for an input; returns its pane. */
    openEditor(input: EditorInput, options: OpenOptions = {}): EditorPane | undefined {
      const descriptor = registries.editors.get(input.type);
      if (!descriptor) throw new Error(`No editor for "${input.type}"`);
      const key = inputKey(input);
      let tab = find(key);
      if (!tab) {
        tab = { key, input, pinned: options.pinned ?? false, dirty: false, title: descriptor.title(input) };
        const preview = tab.pinned ? undefined : tabs.find((t) => !t.pinned && !t.dirty);
        if (preview) {
          preview.pane?.dispose();
          tabs[tabs.indexOf(preview)] = tab;
        } else {
          const at = tabs.findIndex((t) => t.key === activeKey);
          tabs.splice(at < 0 ? tabs.length : at + 1, 0, tab);
        }
      } else if (options.pinned) tab.pinned = true;
      activate(tab, options.focus !== false);
      return tab.pane;
    },

    /** Closes a tab (the active one by default) after letting its editor save. */
    async closeEditor(key = activeKey): Promise<void> {
      const tab = find(key);
      if (!tab) return;
      try {
        await tab.pane?.flush?.();
      } catch {
        // The editor keeps its own copy (drafts) and reports the failure; closing goes on.
      }
      const index = tabs.indexOf(tab);
      if (index < 0) return;
      tabs.splice(index, 1);
      tab.pane?.dispose();
      if (activeKey === tab.key) activate(tabs[index] ?? tabs[index - 1], true);
      else update();
    },

    /** Closes every tab whose input matches (a deleted item's tab). */
    closeWhere(test: (input: EditorInput) => boolean): void {
      for (const tab of tabs.filter((t) => test(t.input))) void workbench.closeEditor(tab.key);
    },

    activateTab(key: string, focus = true): void {
      const tab = find(key);
      if (tab) activate(tab, focus);
    },
    /** Ctrl+Tab: the next tab (or previous with a negative step), wrapping around. */
    cycleTab(step: number): void {
      if (!tabs.length) return;
      const index = tabs.findIndex((t) => t.key === activeKey);
      activate(tabs[(index + step + tabs.length) % tabs.length], true);
    },
    moveTab(key: string, toIndex: number): void {
      const tab = find(key);
      if (!tab) return;
      tabs.splice(tabs.indexOf(tab), 1);
      tabs.splice(Math.max(0, Math.min(toIndex, tabs.length)), 0, tab);
      update();
    },
    pinTab(key: string): void {
      const tab = find(key);
      if (!tab || tab.pinned) return;
      tab.pinned = true;
      update();
    },

    setLayout(patch: Partial<Omit<Layout, 'tabs' | 'activeTab'>>): void {
      Object.assign(layout, patch);
      update();
    },
    /** Shows a side-bar view; choosing the visible one again hides the side bar, as in VS Code. */
    toggleView(id: string): void {
      if (layout.sidebarVisible && layout.activeView === id) workbench.setLayout({ sidebarVisible: false });
      else workbench.setLayout({ sidebarVisible: true, activeView: id });
    },
    showView(id: string): void {
      workbench.setLayout({ sidebarVisible: true, activeView: id });
    },
    showPanel(id: string): void {
      workbench.setLayout({ panelVisible: true, activePanel: id });
    },

    /** The open quick pick or input box, if any. */
    pickRequest: (): PickRequest | null => pick,
    /** Asks the user to choose from a list; resolves to the chosen item, or undefined when dismissed. */
    quickPick<T extends QuickPickItem>(options: QuickPickOptions<T>): Promise<T | undefined> {
      pick?.resolve(undefined);
      return new Promise((resolve) => {
        const request: PickRequest = {
          type: 'pick',
          options: options as unknown as QuickPickOptions<QuickPickItem>,
          resolve: (item) => {
            if (pick === request) pick = null;
            changed.fire();
            resolve(item as T | undefined);
          },
        };
        pick = request;
        changed.fire();
      });
    },
    /** Asks for one line of text; resolves to it, or undefined when dismissed. */
    input(options: InputOptions): Promise<string | undefined> {
      pick?.resolve(undefined);
      return new Promise((resolve) => {
        const request: PickRequest = {
          type: 'input',
          options,
          resolve: (value) => {
            if (pick === request) pick = null;
            changed.fire();
            resolve(value as string | undefined);
          },
        };
        pick = request;
        changed.fire();
      });
    },

    notifications: (): readonly Notification[] => notifications,
    /** Shows a message; returns its id (for dismiss). Info closes itself after 6 s unless told otherwise. */
    notify(notification: Omit<Notification, 'id'>): number {
      const id = nextNotification++;
      notifications = [...notifications.slice(-4), { ...notification, id }];
      changed.fire();
      const timeout = notification.timeout ?? (notification.severity === 'info' ? 6000 : 0);
      if (timeout > 0) setTimeout(() => workbench.dismiss(id), timeout);
      return id;
    },
    dismiss(id: number): void {
      const before = notifications.length;
      notifications = notifications.filter((n) => n.id !== id);
      if (notifications.length !== before) changed.fire();
    },

    /** Saves every open editor's pending work and the layout (the page is being hidden or closed). */
    async flushAll(): Promise<void> {
      persist();
      await Promise.allSettled(tabs.map((t) => t.pane?.flush?.()));
    },
    /** Writes the layout now. */
    persist,
    /** Drops the saved layout and stops saving it (before a reload that should start fresh). */
    forgetLayout(): void {
      forgotten = true;
      clearTimeout(saveTimer);
      layoutStore.clear();
    },
  };
  return workbench;
}

/** The workbench model's interface. */
export type Workbench = ReturnType<typeof createWorkbench>;
