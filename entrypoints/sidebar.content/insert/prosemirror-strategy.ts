import type { InsertStrategy } from './insert-strategy';
import { applyRichRoute, richEditing } from './rich-editing';

/**
 * ProseMirror (the Official Accounts editor since 2024). A paste with HTML goes through the editor's own
 * parser and history and keeps paragraphs, so it comes first; then the routes SITES.md lists after it.
 */
export const prosemirrorStrategy: InsertStrategy = {
  ...richEditing,
  routes: ['paste', 'execCommand', 'beforeinput'],
  apply: applyRichRoute,
};
