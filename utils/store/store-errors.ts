import type { KitItem } from '../../content-kit';

/** The kit is not in the store (it was deleted, or never stored). */
export class KitNotFoundError extends Error {
  override name = 'KitNotFoundError';
  constructor(readonly kitId: string) {
    super(`Kit "${kitId}" is not stored (it may have been deleted). 内容包「${kitId}」不存在（可能已被删除）。`);
  }
}

/** The item changed in storage since it was loaded (another tab saved it): the save was refused. */
export class ItemConflictError extends Error {
  override name = 'ItemConflictError';
  constructor(readonly stored: KitItem) {
    super(`Item "${stored.id}" was changed elsewhere`);
  }
}

/** The item (or its kit) is no longer in storage: it was deleted or moved elsewhere. */
export class ItemMissingError extends Error {
  override name = 'ItemMissingError';
  constructor(readonly kitId: string, readonly itemId: string) {
    super(`Item "${itemId}" is no longer in kit "${kitId}"`);
  }
}

/** Kit fields someone else changed since the caller loaded them: nothing was written. */
export class KitConflictError extends Error {
  override name = 'KitConflictError';
  constructor(readonly fields: string[]) {
    super(`Changed elsewhere: ${fields.join(', ')}`);
  }
}

/** The trash entry is not in the trash any more (restored or emptied in another tab). */
export class TrashEntryMissingError extends Error {
  override name = 'TrashEntryMissingError';
  constructor(readonly kitId: string, readonly id: string) {
    super(`"${id}" is no longer in the trash. 「${id}」已不在回收站中。`);
  }
}

/** A trashed kit cannot come back under its id: a kit with that id was stored since. */
export class KitIdTakenError extends Error {
  override name = 'KitIdTakenError';
  constructor(readonly kitId: string) {
    super(`A kit "${kitId}" exists again; rename or delete it first. 已有同名内容包「${kitId}」。`);
  }
}

/** An import planned against one stored version of a kit meets another: nothing is written. */
export class ImportStaleError extends Error {
  override name = 'ImportStaleError';
  constructor(readonly kitId: string) {
    super(`Kit "${kitId}" changed after the preview was made; import the file again. 内容包「${kitId}」在预览之后又被修改过，请重新导入。`);
  }
}

/** The import to undo is not undoable any more (already undone, forgotten, or its kit was deleted). */
export class ImportGoneError extends Error {
  override name = 'ImportGoneError';
  constructor(readonly importId: string) {
    super(`That import can no longer be undone. 这次导入已无法撤销。`);
  }
}

/** What undoing an import would throw away: changes made to its kit after the import. */
export interface UndoDiscard {
  /** Items added, changed or removed since the import. */
  items: string[];
  /** Calendar entries added, changed or removed since the import. */
  entries: string[];
  /** The kit's own fields (name, description, …) changed since. */
  meta: boolean;
}

/** The kit changed since the import: undoing would discard those changes, so the caller must confirm. */
export class ImportChangedSinceError extends Error {
  override name = 'ImportChangedSinceError';
  constructor(readonly importId: string, readonly discard: UndoDiscard) {
    super(`The kit changed since the import; undoing would discard ${discard.items.length + discard.entries.length} changes.`);
  }
}

/** The browser refused the write because storage is full. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor() {
    super('Storage is full: free some space or delete unused kits, then save again. 存储空间已满。');
  }
}
