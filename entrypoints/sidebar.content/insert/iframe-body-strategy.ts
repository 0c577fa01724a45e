import type { InsertStrategy } from './insert-strategy';
import { applyRichRoute, richEditing } from './rich-editing';

/**
 * The legacy UEditor: an iframe whose body is editable. The element handed in is that body; commands run in
 * the iframe's document, and a keyup lets UEditor notice the change as it does for typing.
 */
export const iframeBodyStrategy: InsertStrategy = {
  ...richEditing,
  routes: ['insertHTML', 'execCommand', 'paste'],
  apply(route, body, insertion) {
    const ran = applyRichRoute(route, body, insertion);
    if (ran) body.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
    return ran;
  },
};
