import type { InsertStrategy } from './insert-strategy';
import { applyRichRoute, richEditing } from './rich-editing';

/**
 * Contenteditable editors (web WeChat's #editArea, Douban's DRE, Draft.js). `execCommand('insertText')` acts
 * like typing and stays undoable; an editor that owns its model and reverts it (DRE) gets `beforeinput`, then
 * a synthetic paste, the other route SITES.md names.
 */
export const contenteditableStrategy: InsertStrategy = {
  ...richEditing,
  routes: ['execCommand', 'beforeinput', 'paste'],
  apply: applyRichRoute,
};
