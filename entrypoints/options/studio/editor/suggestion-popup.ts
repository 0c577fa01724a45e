import type { SuggestionKeyDownProps, SuggestionOptions, SuggestionProps } from '@tiptap/suggestion';
import './ck-suggest-menu';
import type { CkSuggestMenu, SuggestMenuItem } from './ck-suggest-menu';

/**
 * Suggestion's `render` for a ck-suggest-menu: arrow keys move, Enter or Tab picks, Escape closes. While an IME
 * composes (Chinese input), updates and keys are left alone so the candidate window is not disturbed.
 */
export function suggestionPopup<I extends SuggestMenuItem>(options: { empty?: () => string } = {}): NonNullable<SuggestionOptions<I, I>['render']> {
  return () => {
    let menu: CkSuggestMenu | null = null;
    let props: SuggestionProps<I, I> | null = null;
    const anchor = () => {
      const rect = props?.clientRect?.();
      return rect ? { left: rect.left, top: rect.top, bottom: rect.bottom } : null;
    };
    const show = (next: SuggestionProps<I, I>) => {
      props = next;
      if (!menu) {
        menu = document.createElement('ck-suggest-menu');
        menu.addEventListener('ck-suggest-pick', (event) => props?.command(event.detail.item as I));
        document.body.append(menu);
      }
      menu.items = next.items;
      menu.empty = options.empty?.() ?? '';
      menu.anchor = anchor();
    };
    return {
      onStart: show,
      onUpdate(next) {
        if (next.editor.view.composing) return;
        show(next);
      },
      onKeyDown({ event }: SuggestionKeyDownProps) {
        if (!menu || !menu.items.length || event.isComposing || event.keyCode === 229) return false;
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          menu.move(event.key === 'ArrowDown' ? 1 : -1);
          return true;
        }
        if (event.key === 'Enter' || event.key === 'Tab') {
          const item = menu.current() as I | undefined;
          if (item) props?.command(item);
          return !!item;
        }
        return event.key === 'Escape';
      },
      onExit() {
        menu?.remove();
        menu = null;
        props = null;
      },
    };
  };
}
