import { css } from 'lit';

/** The workbench grid: activity bar | side bar | editor area (tabs, editor, panel), status bar below. */
export const workbenchStyles = css`
  :host { display: block; height: 100vh; color: var(--ck-fg); background: var(--ck-bg); font: 13px/1.45 var(--ck-font); }
  .workbench { display: grid; grid-template-rows: 1fr 24px; grid-template-columns: 48px auto 1fr; height: 100%; overflow: hidden; }
  nav[data-ck='activity-bar'] { grid-row: 1; grid-column: 1; display: flex; flex-direction: column; background: var(--ck-activity-bg); border-right: 1px solid var(--ck-border); }
  nav .spacer { flex: 1; }
  nav button { position: relative; width: 48px; height: 48px; display: grid; place-items: center; border: 0; background: none; color: var(--ck-activity-fg); cursor: pointer; opacity: 0.65; border-left: 2px solid transparent; }
  nav button:hover, nav button:focus-visible { opacity: 1; }
  nav button[aria-selected='true'] { opacity: 1; border-left-color: var(--ck-accent); }
  nav svg { width: 24px; height: 24px; fill: none; stroke: currentColor; stroke-width: 1.6; stroke-linecap: round; stroke-linejoin: round; }
  nav .badge { position: absolute; right: 6px; bottom: 8px; min-width: 16px; height: 16px; padding: 0 3px; box-sizing: border-box; border-radius: 8px; background: var(--ck-accent); color: var(--ck-accent-fg); font-size: 10px; line-height: 16px; text-align: center; }
  aside { grid-row: 1; grid-column: 2; display: flex; flex-direction: column; min-width: 0; background: var(--ck-sidebar-bg); border-right: 1px solid var(--ck-border); position: relative; overflow: hidden; }
  aside header { flex: none; height: 35px; display: flex; align-items: center; padding: 0 12px; font-size: 11px; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase; color: var(--ck-muted); }
  aside header .view-title { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  aside header .icon-button { border: 0; background: none; color: var(--ck-muted); cursor: pointer; font-size: 15px; width: 24px; height: 24px; border-radius: 4px; text-transform: none; }
  aside header .icon-button:hover { background: var(--ck-hover-bg); color: var(--ck-fg); }
  aside header .icon-button:focus-visible { outline: 1px solid var(--ck-focus); }
  aside .view { flex: 1; min-height: 0; display: flex; flex-direction: column; }
  aside .view > * { flex: 1; min-height: 0; }
  .sash { position: absolute; z-index: 5; background: transparent; }
  .sash:hover, .sash.active { background: var(--ck-accent); }
  .sash.vertical { top: 0; bottom: 0; right: -2px; width: 4px; cursor: col-resize; }
  .sash.horizontal { left: 0; right: 0; top: -2px; height: 4px; cursor: row-resize; }
  main { grid-row: 1; grid-column: 3; display: flex; flex-direction: column; min-width: 0; min-height: 0; }
  [data-ck='tabs'] { flex: none; display: flex; height: 35px; overflow-x: auto; overflow-y: hidden; background: var(--ck-tabs-bg); border-bottom: 1px solid var(--ck-border); scrollbar-width: thin; }
  [role='tab'].editor-tab { flex: none; display: flex; align-items: center; gap: 6px; max-width: 220px; padding: 0 6px 0 12px; border-right: 1px solid var(--ck-border); background: var(--ck-tab-bg); color: var(--ck-muted); cursor: pointer; user-select: none; }
  [role='tab'].editor-tab[aria-selected='true'] { background: var(--ck-bg); color: var(--ck-fg); box-shadow: inset 0 1px 0 var(--ck-accent); }
  [role='tab'].editor-tab.preview .title { font-style: italic; }
  [role='tab'].editor-tab.drop-before { box-shadow: inset 2px 0 0 var(--ck-accent); }
  .editor-tab svg { width: 14px; height: 14px; flex: none; fill: none; stroke: currentColor; stroke-width: 1.8; }
  .editor-tab .title { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .editor-tab .close { flex: none; width: 20px; height: 20px; display: grid; place-items: center; border: 0; border-radius: 4px; background: none; color: inherit; cursor: pointer; font-size: 14px; line-height: 1; opacity: 0; }
  .editor-tab:hover .close, .editor-tab[aria-selected='true'] .close { opacity: 0.8; }
  .editor-tab .close:hover { background: var(--ck-hover-bg); }
  .editor-tab.dirty .close::before { content: '●'; font-size: 11px; }
  .editor-tab.dirty .close:hover::before { content: '×'; font-size: 14px; }
  .editor-tab:not(.dirty) .close::before { content: '×'; }
  [data-ck='editor'] { flex: 1; min-height: 0; display: flex; flex-direction: column; position: relative; }
  [data-ck='editor'] > * { flex: 1; min-height: 0; }
  .welcome { display: grid; place-content: center; gap: 16px; text-align: center; color: var(--ck-muted); padding: 24px; }
  .welcome h1 { margin: 0; font-size: 26px; font-weight: 500; color: var(--ck-fg); }
  .welcome dl { display: grid; grid-template-columns: auto auto; gap: 6px 16px; margin: 0 auto; text-align: left; }
  .welcome dt { text-align: right; }
  .welcome dd { margin: 0; }
  .welcome button { font: inherit; color: var(--ck-link); background: none; border: 0; cursor: pointer; padding: 0; }
  kbd { font: 11px/1.6 var(--ck-font-mono); padding: 0 5px; border-radius: 3px; border: 1px solid var(--ck-border); background: var(--ck-kbd-bg); color: var(--ck-fg); }
  section.panel { flex: none; position: relative; display: flex; flex-direction: column; border-top: 1px solid var(--ck-border); background: var(--ck-bg); }
  .panel header { flex: none; display: flex; align-items: center; gap: 4px; height: 32px; padding: 0 8px; }
  .panel header [role='tab'] { font: inherit; font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; padding: 4px 8px; border: 0; background: none; color: var(--ck-muted); cursor: pointer; border-bottom: 1px solid transparent; }
  .panel header [role='tab'][aria-selected='true'] { color: var(--ck-fg); border-bottom-color: var(--ck-accent); }
  .panel header .count { margin-left: 4px; padding: 0 5px; border-radius: 8px; background: var(--ck-badge-bg); font-size: 10px; }
  .panel header [role='tablist'] { display: flex; align-items: center; gap: 4px; }
  .panel header .spacer { flex: 1; }
  .panel header .icon-button { border: 0; background: none; color: var(--ck-muted); cursor: pointer; font-size: 16px; width: 24px; height: 24px; border-radius: 4px; }
  .panel header .icon-button:hover { background: var(--ck-hover-bg); color: var(--ck-fg); }
  .panel .body { flex: 1; min-height: 0; overflow: auto; padding: 0 12px 8px; }
  footer[data-ck='status-bar'] { grid-row: 2; grid-column: 1 / -1; display: flex; align-items: stretch; gap: 2px; padding: 0 8px; background: var(--ck-status-bg); color: var(--ck-status-fg); font-size: 12px; overflow: hidden; }
  footer .spacer { flex: 1; }
  footer .entry { display: flex; align-items: center; padding: 0 6px; white-space: nowrap; border: 0; background: none; color: inherit; font: inherit; }
  footer button.entry { cursor: pointer; }
  footer button.entry:hover { background: rgba(255, 255, 255, 0.14); }
  footer .entry.error { background: var(--ck-status-error-bg); }
  footer .entry.warning { color: var(--ck-status-warning-fg); }
  .notifications { position: fixed; right: 16px; bottom: 36px; z-index: 800; display: grid; gap: 8px; width: min(420px, calc(100vw - 32px)); }
  .notification { display: grid; grid-template-columns: auto 1fr auto; gap: 4px 10px; align-items: start; padding: 10px 12px; border-radius: 6px; background: var(--ck-menu-bg); border: 1px solid var(--ck-border); box-shadow: 0 8px 24px rgba(0, 0, 0, 0.22); }
  .notification .glyph { font-weight: 700; }
  .notification.error .glyph { color: var(--ck-error); }
  .notification.warning .glyph { color: var(--ck-warning); }
  .notification.info .glyph { color: var(--ck-info); }
  .notification .message { white-space: pre-wrap; overflow-wrap: anywhere; }
  .notification .actions { grid-column: 2 / -1; display: flex; gap: 8px; justify-content: flex-end; }
  .notification button { font: inherit; padding: 2px 10px; border-radius: 3px; border: 1px solid var(--ck-border); background: var(--ck-button-bg); color: var(--ck-button-fg); cursor: pointer; }
  .notification button.dismiss { border: 0; background: none; color: var(--ck-muted); padding: 0 4px; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
`;
