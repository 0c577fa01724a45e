// What the pieces of the Kits contribution share.

/** The Kits view's icon: three stacked layers. */
export const KITS_ICON = 'M3 7l9-4 9 4-9 4zM3 12l9 4 9-4M3 17l9 4 9-4';

/** The category of the Kits commands in the palette. */
export const KITS_CATEGORY = { zh: '内容包', en: 'Kit' };
