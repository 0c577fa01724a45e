import { css } from 'lit';

/** Styles of the calendar view (ck-calendar-view): toolbar, the view area and the entry panel beside it. */
export const calendarViewStyles = css`
  :host { display: block; height: 100%; min-height: 0; background: var(--ck-bg); color: var(--ck-fg); }
  .calendar { display: flex; flex-direction: column; height: 100%; min-height: 0; container: calendar / inline-size; }
  .toolbar { flex: none; display: flex; flex-wrap: wrap; align-items: center; gap: 6px; padding: 8px 12px 6px; }
  .toolbar h2 { margin: 0 8px; font-size: 16px; font-weight: 600; min-width: 9em; white-space: nowrap; }
  .toolbar .spacer { flex: 1; }
  button { font: inherit; font-size: 12px; height: 24px; padding: 0 10px; border-radius: 3px; border: 1px solid var(--ck-border); background: var(--ck-button-bg); color: var(--ck-button-fg); cursor: pointer; white-space: nowrap; }
  button:hover { background: var(--ck-hover-bg); }
  button:focus-visible { outline: 2px solid var(--ck-focus); outline-offset: 1px; }
  button.icon { width: 26px; padding: 0; font-size: 15px; line-height: 1; }
  button.primary { background: var(--ck-accent); color: var(--ck-accent-fg); border-color: var(--ck-accent); }
  .modes { display: inline-flex; }
  .modes button { border-radius: 0; margin-left: -1px; }
  .modes button:first-child { border-radius: 3px 0 0 3px; margin-left: 0; }
  .modes button:last-child { border-radius: 0 3px 3px 0; }
  .modes button[aria-pressed='true'] { background: var(--ck-list-active-bg); color: var(--ck-list-active-fg); border-color: var(--ck-focus); position: relative; }
  .notice { flex: none; margin: 0; padding: 3px 12px; font-size: 12px; color: var(--ck-fg); background: var(--ck-info-bg); border-bottom: 1px solid var(--ck-border); }
  .main { position: relative; flex: 1; min-height: 0; display: grid; grid-template-columns: minmax(0, 1fr); }
  .main.with-panel { grid-template-columns: minmax(0, 1fr) 320px; }
  .view { min-height: 0; min-width: 0; overflow: hidden; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  /* A narrow calendar (the explorer open, a small window) keeps its width for titles: the entry panel lies over it. */
  @container calendar (max-width: 960px) {
    .main.with-panel { grid-template-columns: minmax(0, 1fr); }
    .main.with-panel ck-calendar-entry-panel { position: absolute; top: 0; right: 0; bottom: 0; width: min(320px, 92%); z-index: 2; box-shadow: -6px 0 18px rgba(0, 0, 0, 0.25); background: var(--ck-bg); }
  }
`;
