import type { EntryStatus, ItemKind, LintOptions, PlatformTarget, Stage, TemplateVariable } from '../../../content-kit';

/** One suggestion as the sidebar shows it. */
export interface SuggestionView {
  key: string;
  id: string;
  kind: ItemKind;
  title: string;
  preview: string;
  stage?: Stage;
  titleSpans: [number, number][];
  previewSpans: [number, number][];
  favourite: boolean;
  blanks: boolean;
}

/** A calendar entry for today on this platform. */
export interface TodayEntryView {
  kitId: string;
  id: string;
  title: string;
  time?: string;
  status: EntryStatus;
  itemKey?: string;
}

/** An item with blanks waiting to be filled before it goes in. */
export interface FillRequest {
  key: string;
  kind: ItemKind;
  title: string;
  /** Plain-text body with its `{{blanks}}`. */
  body: string;
  variables: TemplateVariable[];
  target: PlatformTarget;
  /** The composer's current text, for the length check. */
  draft: string;
  /** False when inserts become copies (no composer, or it refused a verified insert): the form offers copy only. */
  canInsert: boolean;
  /** The user's and the enabled kits' lint settings. */
  lintOptions?: LintOptions;
}

/** A short message after an action, with the lint findings worth showing. */
export interface SidebarNotice {
  tone: 'ok' | 'warning' | 'error';
  text: string;
}
