/** Which item: its kit and its id (ids are only unique within a kit). */
export interface ItemRef {
  kitId: string;
  itemId: string;
}

/** Whether a value is an ItemRef (command arguments arrive untyped). */
export const isItemRef = (value: unknown): value is ItemRef =>
  typeof value === 'object' && value !== null && typeof (value as ItemRef).kitId === 'string' && typeof (value as ItemRef).itemId === 'string';
