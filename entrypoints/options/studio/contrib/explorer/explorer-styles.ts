import { css } from 'lit';
import { ROW } from './explorer-rows';

/** The explorer's look: filter box, virtualised rows with badges and counts, and its context menu. */
export const explorerStyles = css`
  :host { display: flex; flex-direction: column; min-height: 0; }
  .filter { flex: none; padding: 0 8px 6px; }
  .filter input { box-sizing: border-box; width: 100%; font: inherit; padding: 3px 6px; border-radius: 3px; border: 1px solid var(--ck-border); background: var(--ck-input-bg); color: var(--ck-fg); }
  .filter input:focus { outline: 1px solid var(--ck-focus); border-color: var(--ck-focus); }
  .scroller { flex: 1; min-height: 0; overflow: auto; position: relative; outline: none; }
  .scroller:focus-visible .row.focused { outline: 1px solid var(--ck-focus); outline-offset: -1px; }
  .spacer { position: relative; }
  .row { position: absolute; left: 0; right: 0; height: ${ROW}px; display: flex; align-items: center; gap: 4px; padding-right: 8px; box-sizing: border-box; cursor: pointer; white-space: nowrap; user-select: none; }
  .row:hover { background: var(--ck-hover-bg); }
  .row[aria-selected='true'] { background: var(--ck-list-active-bg); color: var(--ck-list-active-fg); }
  .row.drop-target { outline: 1px dashed var(--ck-accent); outline-offset: -2px; }
  .twisty { width: 16px; flex: none; text-align: center; font-size: 10px; opacity: 0.8; }
  .glyph { width: 16px; flex: none; text-align: center; font-size: 11px; opacity: 0.85; }
  .label { overflow: hidden; text-overflow: ellipsis; flex: 0 1 auto; }
  .kit .label { font-weight: 600; }
  .disabled .label { opacity: 0.55; text-decoration: line-through; }
  .meta { margin-left: auto; display: flex; gap: 3px; flex: none; font-size: 10px; }
  .badge { padding: 0 4px; border-radius: 3px; background: var(--ck-badge-bg); color: var(--ck-badge-fg); line-height: 16px; }
  .count { color: var(--ck-muted); font-size: 11px; margin-left: 4px; }
  .empty { padding: 8px 16px; color: var(--ck-muted); }
  .menu { position: fixed; z-index: 950; min-width: 180px; padding: 4px; margin: 0; list-style: none; background: var(--ck-menu-bg); color: var(--ck-fg); border: 1px solid var(--ck-border); border-radius: 6px; box-shadow: 0 8px 24px rgba(0, 0, 0, 0.2); }
  .menu button { display: block; width: 100%; text-align: left; font: inherit; padding: 4px 10px; border: 0; border-radius: 4px; background: none; color: inherit; cursor: pointer; }
  .menu button:hover, .menu button:focus { background: var(--ck-selection-bg); color: var(--ck-selection-fg); outline: none; }
`;


