import type { KitItem } from '../../../../content-kit';

/** The item changed in storage since it was loaded (another tab saved it): the save was refused. */
export class ItemConflictError extends Error {
  constructor(readonly stored: KitItem) {
    super(`Item "${stored.id}" was changed elsewhere`);
    this.name = 'ItemConflictError';
  }
}

/** The item (or its kit) is no longer in storage: it was deleted or moved elsewhere. */
export class ItemMissingError extends Error {
  constructor(readonly kitId: string, readonly itemId: string) {
    super(`Item "${itemId}" is no longer in kit "${kitId}"`);
    this.name = 'ItemMissingError';
  }
}
