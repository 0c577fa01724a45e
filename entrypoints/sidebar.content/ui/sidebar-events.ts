import type { ItemKind, Stage } from '../../../content-kit';

/** Every event the sidebar's elements send up, with its detail; declared once here. */
export interface SidebarEventDetails {
  'ck-insert': { key: string };
  'ck-copy': { key: string };
  'ck-hot-insert': { topic: string };
  'ck-fill-submit': { key: string; values: Record<string, string>; mode: 'insert' | 'copy' };
  'ck-fill-cancel': Record<string, never>;
  'ck-remember': { name: string; value: string };
  'ck-notice-dismiss': Record<string, never>;
  'ck-layout': { layout: 'dock' | 'overlay' };
  'ck-filter': { query: string; kind: ItemKind | ''; stage: Stage | '' };
  'ck-favourite': { key: string; on: boolean };
  'ck-toggle': { open: boolean };
  'ck-resize': { width: number };
  'ck-entry-insert': { kitId: string; entryId: string; itemKey: string };
  'ck-entry-published': { kitId: string; entryId: string };
  'ck-open-studio': Record<string, never>;
  /** "Ignore once" on a finding: the ignore keys of its findings (and its words). */
  'ck-lint-ignore': { keys: string[]; phrases: string[] };
  /** "Always allow" on a finding: the words to add to the user's allow-list, and the finding's ignore keys. */
  'ck-lint-allow': { phrases: string[]; keys: string[] };
  'ck-report-page': Record<string, never>;
  'ck-report-copy': Record<string, never>;
  'ck-report-save': Record<string, never>;
  'ck-report-close': Record<string, never>;
}

export type SidebarEventName = keyof SidebarEventDetails;

/** A typed event from the sidebar; it crosses the shadow boundary so the content script can listen on the host. */
export function sidebarEvent<N extends SidebarEventName>(name: N, detail: SidebarEventDetails[N]): CustomEvent<SidebarEventDetails[N]> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true });
}

type SidebarEventMap = { [N in SidebarEventName]: CustomEvent<SidebarEventDetails[N]> };

declare global {
  interface HTMLElementEventMap extends SidebarEventMap {}
}
