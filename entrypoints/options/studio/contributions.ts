// Every feature of the studio, one line each; the shell activates whatever this module exports.
// A new feature (the calendar, kit import/export …) adds one line here and touches nothing else.
export { default as calendar } from './contrib/calendar';
export { default as explorer } from './contrib/explorer';
export { default as items } from './contrib/items';
export { default as kitEditor } from './contrib/kit-editor';
export { default as kits } from './contrib/kits';
export { default as quickOpen } from './contrib/quick-open';
export { default as search } from './contrib/search';
export { default as settings } from './contrib/settings';
export { default as trash } from './contrib/trash';
export { default as sequences } from './contrib/sequences';
