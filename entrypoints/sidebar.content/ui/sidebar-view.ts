import type { EntryStatus, ItemKind, LintOptions, LintRule, PlatformTarget, ResolvedBlank, Stage, TemplateVariable } from '../../../content-kit';
import type { SnapshotNode } from '../../../utils/snapshot/snapshot-types';

/** One suggestion as the sidebar shows it. */
export interface SuggestionView {
  key: string;
  id: string;
  kind: ItemKind;
  title: string;
  /** The opening of the text that goes in, in the target's form (a topic as `#话题#` where the site uses it). */
  preview: string;
  stage?: Stage;
  titleSpans: [number, number][];
  previewSpans: [number, number][];
  favourite: boolean;
  blanks: boolean;
  /** The item's kit, named when more than one kit is enabled. */
  kitName?: string;
  /** Other kits holding a near-identical item of the same kind, folded under this one. */
  alsoIn: string[];
}

/** The nearest 节点 of the coming week, for the today line (the snapshot's, worked out in the background). */
export type TodayNodeView = Pick<SnapshotNode, 'name' | 'date' | 'inDays'>;

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
  /** Each blank's starting value and where it came from (page, profile, canvas, default); hints are never values. */
  resolved: ReadonlyMap<string, ResolvedBlank>;
  target: PlatformTarget;
  /** The composer's current text, for the length check. */
  draft: string;
  /** False when inserts become copies (no composer, or it refused a verified insert): the form offers copy only. */
  canInsert: boolean;
  /** The user's and the enabled kits' lint settings. */
  lintOptions?: LintOptions;
  /** The lint rules (from the snapshot). */
  lintRules?: readonly LintRule[];
}

/** A short message after an action, with the lint findings worth showing. */
export interface SidebarNotice {
  tone: 'ok' | 'warning' | 'error';
  text: string;
}
