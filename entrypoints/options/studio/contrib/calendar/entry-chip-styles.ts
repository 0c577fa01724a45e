import { css } from 'lit';

/** Styles of entry chips (entry-chip.ts), shared by the grid and the agenda: platform colours, status marks, focus. */
export const entryChipStyles = css`
  .entry {
    --platform: var(--ck-muted);
    display: flex;
    align-items: center;
    gap: 4px;
    min-width: 0;
    height: 20px;
    padding: 0 4px 0 3px;
    border-radius: 3px;
    border-left: 3px solid var(--platform);
    background: color-mix(in srgb, var(--platform) 13%, var(--ck-bg));
    color: var(--ck-fg);
    font-size: 12px;
    line-height: 20px;
    cursor: pointer;
    user-select: none;
    overflow: hidden;
    contain: content;
    box-sizing: border-box;
  }
  .entry:hover { background: color-mix(in srgb, var(--platform) 22%, var(--ck-bg)); }
  .entry:focus-visible, .entry:focus { outline: 2px solid var(--ck-focus); outline-offset: -1px; }
  .entry.selected { box-shadow: inset 0 0 0 1px var(--ck-focus); }
  .entry.platform-weibo { --platform: #e0383e; }
  .entry.platform-douban { --platform: #2e8540; }
  .entry.platform-wechat { --platform: #0a9bd8; }
  .entry.platform-offline { --platform: #8a5cd6; }
  .entry.status-idea { border-left-style: dashed; background: transparent; box-shadow: inset 0 0 0 1px color-mix(in srgb, var(--platform) 35%, transparent); }
  .entry.status-idea .title { font-style: italic; }
  .entry.status-draft { border-left-style: dotted; }
  .entry.status-published .title { color: var(--ck-muted); }
  .entry svg { flex: none; width: 13px; height: 13px; fill: none; stroke: currentColor; stroke-width: 2; stroke-linecap: round; stroke-linejoin: round; }
  .entry .platform-icon { color: var(--platform); }
  .entry .status-icon { color: var(--ck-muted); margin-left: auto; }
  .entry.status-published .status-icon { color: var(--ck-accent); }
  .entry .time { flex: none; color: var(--ck-muted); font-variant-numeric: tabular-nums; }
  .entry .title { flex: 1 1 auto; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .entry .linked { width: 11px; height: 11px; color: var(--ck-muted); }
  .entry.wide { height: 32px; line-height: 32px; gap: 8px; font-size: 13px; padding: 0 8px; }
  .entry.wide svg { width: 15px; height: 15px; }
  .entry.wide .time { width: 3.6em; }
  .entry.wide .facts { flex: 0 1 auto; max-width: 40%; color: var(--ck-muted); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-size: 12px; }
  .entry.wide .status-word { flex: none; display: inline-flex; align-items: center; gap: 3px; color: var(--ck-muted); font-size: 12px; }
  .entry.wide .status-icon { margin-left: 0; }
  @media (forced-colors: active) { .entry { border: 1px solid CanvasText; } }
`;
