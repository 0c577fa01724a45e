/** Where the caret was in a composer when the user last worked in it. */
export interface SavedCaret {
  /** Text fields: selection offsets. */
  start?: number;
  end?: number;
  /** Rich editors: the DOM range. */
  range?: Range;
}

/** What to put in: plain text always, HTML for editors that take it. */
export interface Insertion {
  text: string;
  html?: string;
  /** A story or a script: after existing text it starts on a new paragraph. */
  block?: boolean;
}

/** The ways text can be offered to an editor, in the terms of the browser's own input paths. */
export type InsertRouteId = 'execCommand' | 'insertHTML' | 'beforeinput' | 'paste' | 'setRangeText';

/**
 * What became of one route: the text held after the editor settled (`verified`); the browser would not run it
 * (`unavailable`); nothing changed (`ignored`); the editor changed and then took it back (`reverted`); or the
 * draft changed some other way (`misplaced`), which was undone before the next route.
 */
export type RouteOutcome = 'verified' | 'unavailable' | 'ignored' | 'reverted' | 'misplaced';

/** One route tried, with its outcome and how long applying and verifying it took. */
export interface RouteAttempt {
  route: InsertRouteId;
  outcome: RouteOutcome;
  ms: number;
}

/** How an insertion went: `ok` only when the text was found where it was meant to go after the editor settled. */
export interface InsertResult {
  ok: boolean;
  route?: InsertRouteId;
  attempts: RouteAttempt[];
}

/**
 * One kind of editor: the routes that type into it as a person would (so the page's model and undo follow),
 * in the order to try them, and how to read, place the caret in, and put back its content.
 */
export interface InsertStrategy {
  routes: readonly InsertRouteId[];
  /** Runs one route; false when the browser would not run it here (nothing changed). */
  apply(route: InsertRouteId, element: HTMLElement, insertion: Insertion): boolean;
  /** The editor's current text (the draft), for suggestions, length checks and verification. */
  read(element: HTMLElement): string;
  /** The caret to remember right now, if the element has it. */
  save(element: HTMLElement): SavedCaret | undefined;
  /** The caret as offsets into the content (the end when there is none or it no longer fits). */
  offsets(element: HTMLElement, caret: SavedCaret | undefined): [number, number];
  /** Places the caret at those offsets. */
  select(element: HTMLElement, start: number, end: number): void;
  /** The text between the start of content and an offset, and the part of it on the caret's own line. */
  before(element: HTMLElement, offset: number): { text: string; line: string };
  /** The raw content (a field's value, an editor's HTML) to put back after a route that went wrong. */
  raw(element: HTMLElement): string;
  restore(element: HTMLElement, raw: string): void;
  /** Brings the caret into view after an insertion. */
  reveal(element: HTMLElement): void;
}
