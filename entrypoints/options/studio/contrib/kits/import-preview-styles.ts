import { css } from 'lit';

/** The import preview's page: a header, counts, lists and conflicts scrolling above a fixed row of buttons. */
export const importPreviewStyles = css`
  :host { display: flex; flex-direction: column; height: 100%; background: var(--ck-bg); color: var(--ck-fg); }
  .page { flex: 1; min-height: 0; overflow: auto; padding: 16px 24px 24px; }
  .page > * { max-width: 1100px; }
  h1 { margin: 0 0 4px; font-size: 18px; font-weight: 600; overflow-wrap: anywhere; unicode-bidi: isolate; }
  h2 { margin: 20px 0 6px; font-size: 13px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--ck-muted); display: flex; align-items: center; gap: 8px; }
  h2 .count { font-size: 11px; padding: 0 6px; border-radius: 8px; background: var(--ck-badge-bg); color: var(--ck-badge-fg); text-transform: none; letter-spacing: 0; }
  .meta { margin: 0 0 4px; color: var(--ck-muted); font-size: 12px; overflow-wrap: anywhere; }
  .mode { display: inline-block; margin: 6px 0; padding: 2px 8px; border-radius: 3px; background: var(--ck-info-bg); font-size: 12px; }
  .description { margin-top: 8px; padding: 8px 12px; max-height: 160px; overflow: auto; border-left: 3px solid var(--ck-border); background: var(--ck-preview-bg); font-size: 13px; white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: isolate; contain: content; }
  .hint { margin: 0 0 8px; color: var(--ck-muted); font-size: 12px; }
  table.counts { border-collapse: collapse; font-size: 13px; margin-top: 8px; }
  table.counts th, table.counts td { padding: 3px 14px 3px 0; text-align: left; }
  table.counts td { font-variant-numeric: tabular-nums; }
  table.counts td.zero { color: var(--ck-muted); }
  table.counts .conflicts:not(.zero) { color: var(--ck-warning); font-weight: 600; }
  .bulk { display: flex; gap: 8px; margin-bottom: 8px; }
  .fields { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 12px; border: 1px solid var(--ck-border); }
  .fields th, .fields td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--ck-border); }
  .fields th { width: 8em; font-family: var(--ck-font-mono); font-weight: normal; color: var(--ck-muted); }
  .fields td div { white-space: pre-wrap; overflow-wrap: anywhere; max-height: 160px; overflow: auto; unicode-bidi: isolate; }
  ul.dropped { margin: 0; padding: 4px 8px 4px 2em; max-height: 200px; overflow: auto; font-family: var(--ck-font-mono); font-size: 12px; border: 1px solid var(--ck-border); border-radius: 4px; }
  ul.dropped li { overflow-wrap: anywhere; unicode-bidi: isolate; }
  .warning { padding: 8px 12px; border-radius: 4px; background: var(--ck-warning-bg); margin: 8px 0; }
  .error { padding: 8px 12px; border-radius: 4px; background: var(--ck-error-bg); margin: 8px 0; overflow-wrap: anywhere; }
  footer { flex: none; display: flex; gap: 8px; align-items: center; padding: 10px 24px; border-top: 1px solid var(--ck-border); background: var(--ck-sidebar-bg); }
  footer .spacer { flex: 1; }
  footer .summary { font-size: 12px; color: var(--ck-muted); }
  button { font: inherit; font-size: 13px; padding: 3px 12px; border-radius: 3px; border: 1px solid var(--ck-border); background: var(--ck-button-bg); color: var(--ck-button-fg); cursor: pointer; }
  button.primary { background: var(--ck-accent); border-color: var(--ck-accent); color: var(--ck-accent-fg); }
  button:disabled { opacity: 0.5; cursor: default; }
  button:focus-visible { outline: 2px solid var(--ck-focus); outline-offset: 1px; }
  details > summary { cursor: pointer; font-size: 13px; margin: 4px 0; }
`;
