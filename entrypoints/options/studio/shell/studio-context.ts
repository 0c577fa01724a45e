import type { CommandRegistry } from './command-registry';
import type { ContextKeys } from './context-keys';
import type { DraftStore } from './create-draft-store';
import type { ItemIndex } from './create-item-index';
import type { Registry } from './create-registry';
import type { StatusBar } from './create-status-bar';
import type { StudioData } from './create-studio-data';
import type { Workbench } from './create-workbench';
import type { EditorDescriptor, PanelDescriptor, ViewDescriptor } from './studio-types';

/** Everything a contribution may use. Contributions talk to each other only through commands and context keys. */
export interface StudioContext {
  commands: CommandRegistry;
  views: Registry<ViewDescriptor>;
  editors: Registry<EditorDescriptor>;
  panels: Registry<PanelDescriptor>;
  status: StatusBar;
  context: ContextKeys;
  workbench: Workbench;
  data: StudioData;
  index: ItemIndex;
  drafts: DraftStore;
}

/** A feature of the studio: it registers commands, views, editors, panels and status entries when activated. */
export interface Contribution {
  id: string;
  activate(studio: StudioContext): void;
  /** Called once the data is loaded and the saved tabs are back (open what the URL asks for, first-run help …). */
  ready?(studio: StudioContext): void;
}

/** Declares a contribution (typed; the list in contributions.ts activates it). */
export function defineContribution(contribution: Contribution): Contribution {
  return contribution;
}
