/** What an editor tab shows: plain JSON (it is persisted with the layout). `id` is unique within `type`. */
export interface EditorInput {
  type: string;
  id: string;
  [key: string]: unknown;
}

/** What the workbench offers an open editor. */
export interface EditorHost {
  /** The view state saved with the tab last time (caret, scroll), if any. */
  readonly viewState: unknown;
  /** Shows the tab's dirty mark (unsaved changes). */
  setDirty(dirty: boolean): void;
  setTitle(title: string): void;
  /** Keeps a preview tab open: the first edit does this, as in VS Code. */
  pin(): void;
  close(): void;
}

/** An open editor: its element, shown in the editor area while its tab is active. */
export interface EditorPane {
  readonly element: HTMLElement;
  focus?(): void;
  /** Called when the tab becomes active (true) or another one does (false). */
  setVisible?(visible: boolean): void;
  /** Caret, scroll and the like, persisted with the tab so a reload restores them. */
  viewState?(): unknown;
  /** Saves pending work now; called before the tab closes and when the page is hidden. */
  flush?(): Promise<void>;
  dispose(): void;
}

/** A kind of editor, keyed by the input type it opens. */
export interface EditorDescriptor {
  /** The input type, such as `item` or `kit`. */
  id: string;
  title(input: EditorInput): string;
  /** SVG path data (24×24) for the tab icon. */
  icon?: string;
  /** False when the input no longer exists (a deleted item): its tab is dropped on restore. */
  isValid?(input: EditorInput): boolean;
  create(input: EditorInput, host: EditorHost): EditorPane;
}

/** An activity-bar entry: a side-bar view, or (with `command`) a button that runs a command. */
export interface ViewDescriptor {
  id: string;
  title: () => string;
  /** SVG path data (24×24). */
  icon: string;
  order?: number;
  /** Pinned to the bottom of the activity bar (as VS Code's settings gear). */
  bottom?: boolean;
  /** Creates the view's element once; it is kept while the studio is open. */
  create?(): HTMLElement;
  /** Instead of a view: the command the entry runs (for features that open an editor tab). */
  command?: string;
  /** A number to show on the icon, such as the trash count. */
  badge?: () => number;
}

/** A tab of the bottom panel (problems, trash …). */
export interface PanelDescriptor {
  id: string;
  title: () => string;
  order?: number;
  create(): HTMLElement;
  badge?: () => number;
}

/** One row of a quick pick (palette, quick open, or any list a command asks the user to choose from). */
export interface QuickPickItem {
  id: string;
  label: string;
  /** Shown dimmed after the label (the other language's title, a kit name). */
  description?: string;
  /** A second line. */
  detail?: string;
  /** Key bindings to show on the right. */
  keys?: string[];
  /** Extra strings the filter matches besides the label and description. */
  aliases?: string[];
  /** The row's name in the other UI language: matched, and shown only while the query is written in its script. */
  otherLanguage?: string;
  /** UTF-16 indices of the label to highlight (dynamic providers supply them). */
  highlights?: number[];
}

/** A request for the quick pick. */
export interface QuickPickOptions<T extends QuickPickItem> {
  /** The `data-ck` hook of the open picker: `palette` for commands, `quick-open` for items. */
  hook: string;
  placeholder: string;
  /** A fixed list (filtered fuzzily as the user types) or a provider called on every keystroke. */
  items: readonly T[] | ((query: string) => readonly T[]);
  value?: string;
  /** Shown when nothing matches. */
  empty?: string;
}

/** A request for one line of text (rename, new item title …). */
export interface InputOptions {
  placeholder: string;
  prompt?: string;
  value?: string;
  /** An error message for a value that cannot be accepted, or undefined. */
  validate?(value: string): string | undefined;
}

/** A message in the corner, with optional buttons. */
export interface Notification {
  id: number;
  message: string;
  severity: 'info' | 'warning' | 'error';
  /** Buttons; `hook` becomes the button's `data-ck`, for tests and tools. */
  actions?: { title: string; run: () => unknown; hook?: string }[];
  /** Milliseconds until it closes itself; 0 keeps it until dismissed. */
  timeout?: number;
}
