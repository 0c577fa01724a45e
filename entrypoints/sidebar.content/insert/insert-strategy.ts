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
}

/** How an insertion went in, or why it did not. */
export interface InsertResult {
  ok: boolean;
  method: string;
}

/** One way of typing into one kind of editor, as a person would, so the page's model and undo follow. */
export interface InsertStrategy {
  insert(element: HTMLElement, insertion: Insertion, caret: SavedCaret | undefined): Promise<InsertResult>;
  /** The editor's current text (the draft), for suggestions and length checks. */
  read(element: HTMLElement): string;
  /** The caret to remember right now, if the element has it. */
  save(element: HTMLElement): SavedCaret | undefined;
}
