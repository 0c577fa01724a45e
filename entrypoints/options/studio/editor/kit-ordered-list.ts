import type { JSONContent } from '@tiptap/core';
import { OrderedList } from '@tiptap/extension-list';

const withParagraph = (item: JSONContent): JSONContent =>
  item.type === 'listItem' && !item.content?.length ? { ...item, content: [{ type: 'paragraph' }] } : item;

/**
 * StarterKit's ordered list, except that an empty item (`2. ` left for members to fill in, as a relay script
 * does) is kept as an empty line instead of being dropped from the Markdown it was read from.
 */
export const KitOrderedList = OrderedList.extend({
  parseMarkdown(token, helpers) {
    const parsed = this.parent?.(token, helpers);
    if (!parsed || Array.isArray(parsed) || !('type' in parsed)) return parsed ?? [];
    return { ...parsed, content: parsed.content?.map(withParagraph) };
  },
});
