/** Whether the platform's primary modifier is ⌘ (Mac) rather than Ctrl. */
export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

// Key names as KeyboardEvent.key reports them, keyed by how bindings spell them.
const KEY_ALIASES = new Map([
  ['esc', 'escape'],
  ['space', ' '],
  ['del', 'delete'],
  ['up', 'arrowup'],
  ['down', 'arrowdown'],
  ['left', 'arrowleft'],
  ['right', 'arrowright'],
]);

/**
 * Whether a keydown matches a binding such as `Mod+Shift+P`, `F1`, `Ctrl+Tab` or `Alt+W`. `Mod` is ⌘ on a Mac and
 * Ctrl elsewhere; modifiers must match exactly, so `Mod+P` does not fire on `Mod+Shift+P`.
 */
export function keybindingMatches(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>, binding: string): boolean {
  const parts = binding.toLowerCase().split('+');
  const key = parts.pop() ?? '';
  const want = { ctrl: false, meta: false, alt: false, shift: false };
  for (const part of parts) {
    if (part === 'mod') want[IS_MAC ? 'meta' : 'ctrl'] = true;
    else if (part === 'ctrl' || part === 'meta' || part === 'alt' || part === 'shift') want[part] = true;
    else if (part === 'cmd') want.meta = true;
  }
  if (event.ctrlKey !== want.ctrl || event.metaKey !== want.meta || event.altKey !== want.alt || event.shiftKey !== want.shift) return false;
  const name = KEY_ALIASES.get(key) ?? key;
  const pressed = event.key.toLowerCase();
  if (pressed === name) return true;
  // With Alt or Shift held the produced character changes (Alt+W → ∑ on a Mac): fall back to the physical key.
  if (name.length === 1 && /[a-z0-9]/.test(name)) return event.code.toLowerCase() === (/[0-9]/.test(name) ? `digit${name}` : `key${name}`);
  return false;
}
