import { IS_MAC } from './keybinding-matches';

/** A binding as people read it: `Ctrl+Shift+P` here, `⌘⇧P` on a Mac. */
export function formatKeybinding(binding: string, mac = IS_MAC): string {
  const parts = binding.split('+').map((part) => {
    const lower = part.toLowerCase();
    if (lower === 'mod') return mac ? '⌘' : 'Ctrl';
    if (mac && lower === 'shift') return '⇧';
    if (mac && lower === 'alt') return '⌥';
    if (mac && lower === 'ctrl') return '⌃';
    return part.length === 1 ? part.toUpperCase() : part;
  });
  return mac ? parts.join('') : parts.join('+');
}
