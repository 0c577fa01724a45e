import { css } from 'lit';

/** The month and week grids: day cells, their heads and entries, and the drop target while an entry is dragged. */
export const calendarGridStyles = css`
  :host { display: block; height: 100%; min-height: 0; }
  .grid { display: grid; grid-template-rows: auto; height: 100%; box-sizing: border-box; }
  .grid.month { grid-template-rows: auto repeat(6, minmax(0, 1fr)); }
  .grid.week { grid-template-rows: auto minmax(0, 1fr); }
  .row { display: grid; grid-template-columns: repeat(7, minmax(0, 1fr)); min-height: 0; }
  .colhead { padding: 4px 6px; font-size: 12px; color: var(--ck-muted); border-bottom: 1px solid var(--ck-border); text-align: left; }
  .colhead.today { color: var(--ck-accent); font-weight: 600; }
  .colhead.today .num { background: var(--ck-accent); color: var(--ck-accent-fg); }
  .day { position: relative; display: flex; flex-direction: column; min-width: 0; min-height: 0; border-right: 1px solid var(--ck-border); border-bottom: 1px solid var(--ck-border); padding: 2px 3px 3px; box-sizing: border-box; cursor: default; outline: none; }
  .day:nth-child(7n) { border-right: none; }
  .day.weekend { background: color-mix(in srgb, var(--ck-muted) 5%, var(--ck-bg)); }
  .day.outside .num { color: var(--ck-muted); }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  .day.cursor { background: color-mix(in srgb, var(--ck-focus) 7%, var(--ck-bg)); }
  .day:focus-visible, .day:focus { box-shadow: inset 0 0 0 2px var(--ck-focus); }
  .day.drop { background: color-mix(in srgb, var(--ck-accent) 18%, var(--ck-bg)); box-shadow: inset 0 0 0 2px var(--ck-accent); }
  .day-head { display: flex; align-items: center; gap: 6px; height: 22px; flex: none; }
  .num { display: inline-grid; place-items: center; min-width: 22px; height: 22px; padding: 0 3px; border-radius: 11px; font-size: 12px; font-variant-numeric: tabular-nums; box-sizing: border-box; }
  .today .num { background: var(--ck-accent); color: var(--ck-accent-fg); font-weight: 600; }
  .today-word { font-size: 11px; color: var(--ck-accent); font-weight: 600; }
  .entries { display: flex; flex-direction: column; gap: 2px; min-height: 0; overflow-y: auto; overflow-x: hidden; scrollbar-width: thin; }
  .week .entries { flex: 1; }
  .week .day { padding: 4px; }
  .month .entry .linked, .month .entry.all-day .time { display: none; }
  /* Titles get two lines in the month view and whole words' room in the week view (issue 15: legible at a glance). */
  .month .entry { height: auto; min-height: 20px; align-items: flex-start; line-height: 16px; padding-top: 2px; padding-bottom: 2px; }
  .month .entry svg { margin-top: 1.5px; }
  .month .entry .title { white-space: normal; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow-wrap: anywhere; }
  .grid.week { overflow-x: auto; }
  .week .row { grid-template-columns: repeat(7, minmax(8em, 1fr)); }
  .week .entry { flex-wrap: wrap; column-gap: 4px; row-gap: 0; }
  .week .entry .title { flex-basis: 100%; order: 3; }
  .nodes { display: flex; flex-wrap: wrap; gap: 0 4px; min-width: 0; overflow: hidden; }
  .day-head .nodes { flex: 1; flex-wrap: nowrap; height: 16px; }
  .week .nodes { flex: none; margin-bottom: 2px; }
  /* Narrow cells (the entry panel is open): the time gives way to the title; it stays in the label and tooltip. */
  .month.compact .entry .time { display: none; }
  .week .entry { height: auto; min-height: 20px; align-items: flex-start; padding-top: 2px; padding-bottom: 2px; line-height: 16px; }
  .week .entry svg { margin-top: 1.5px; }
  .week .entry .title { white-space: normal; display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow-wrap: anywhere; }
  .more { flex: none; margin-top: 2px; align-self: flex-start; font: inherit; font-size: 11px; padding: 0 4px; border: none; border-radius: 3px; background: var(--ck-badge-bg); color: var(--ck-badge-fg); cursor: pointer; }
  .more:focus-visible { outline: 2px solid var(--ck-focus); }
`;
