import type { InsertStrategyId } from '../../../sites/site-adapter';
import { contenteditableStrategy } from './contenteditable-strategy';
import { iframeBodyStrategy } from './iframe-body-strategy';
import type { InsertStrategy } from './insert-strategy';
import { prosemirrorStrategy } from './prosemirror-strategy';
import { textareaStrategy } from './textarea-strategy';

/** The strategy for each editor kind an adapter can name. */
export const INSERT_STRATEGIES: Record<InsertStrategyId, InsertStrategy> = {
  textarea: textareaStrategy,
  contenteditable: contenteditableStrategy,
  prosemirror: prosemirrorStrategy,
  'iframe-body': iframeBodyStrategy,
};
