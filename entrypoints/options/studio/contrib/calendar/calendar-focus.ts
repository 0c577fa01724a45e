/** Where the keyboard focus is, for the calendar commands' key conditions. */
export interface CalendarFocus {
  /** Focus is somewhere in the calendar. */
  inside: boolean;
  area: 'toolbar' | 'filter' | 'view' | 'panel' | 'dialog' | null;
  /** Focus is in a text field (its keys belong to the field). */
  typing: boolean;
  /** The entry chip that has the focus. */
  entryKey?: string;
}

const TYPING = 'input:not([type=checkbox]):not([type=radio]):not([type=button]):not([type=file]), textarea, select, [contenteditable]:not([contenteditable="false"])';

/** Where the focus is relative to a calendar element, looking through shadow roots (its parts mark their `data-area`). */
export function calendarFocus(calendar: HTMLElement): CalendarFocus {
  const chain: Element[] = [];
  for (let active = document.activeElement; active; active = active.shadowRoot?.activeElement ?? null) chain.push(active);
  if (!chain.includes(calendar)) return { inside: false, area: null, typing: false };
  const last = chain.at(-1)!;
  const own = chain.find((el) => el.getRootNode() === calendar.shadowRoot);
  const area = (own?.closest<HTMLElement>('[data-area]')?.dataset.area ?? null) as CalendarFocus['area'];
  const entryKey = (last as HTMLElement).dataset?.ck === 'entry' ? (last as HTMLElement).dataset.entryKey : undefined;
  return { inside: true, area, typing: last.matches(TYPING), entryKey };
}
