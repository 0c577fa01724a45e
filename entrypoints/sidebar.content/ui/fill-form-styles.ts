import { css } from 'lit';

export const fillFormStyles = css`
  :host { display: block; }
  form { display: grid; gap: 8px; }
  h3 { margin: 0; font-size: 14px; }
  .field { display: grid; gap: 2px; font-size: 12px; }
  label { display: flex; gap: 6px; align-items: baseline; font-size: 12px; }
  .source { font-size: 11px; padding: 0 5px; border-radius: 8px; background: var(--ck-subtle, #f4f6f6); color: var(--ck-muted, #666); }
  .source.page, .source.profile { background: var(--ck-info-bg, #eef3ff); color: var(--ck-info, #2f5bb7); }
  .field.invalid input { border-color: var(--ck-error, #c0262d); box-shadow: 0 0 0 1px var(--ck-error, #c0262d); }
  .field .error { color: var(--ck-error, #c0262d); }
  button.link { justify-self: start; border: none; background: none; padding: 0; font-size: 12px; color: var(--ck-accent, #0f766e);
                text-decoration: underline; cursor: pointer; }
  .pending { margin: 0; font-size: 12px; color: var(--ck-muted, #666); }
  .label { font-weight: 600; }
  abbr { color: var(--ck-error, #c0262d); text-decoration: none; margin-left: 2px; }
  input { font: inherit; font-size: 13px; padding: 5px 7px; border: 1px solid var(--ck-border, #ccc); border-radius: 4px;
          background: var(--ck-input-bg, #fff); color: inherit; }
  input:focus-visible { outline: 2px solid var(--ck-accent, #0f766e); outline-offset: 0; }
  small { color: var(--ck-muted, #666); }
  .preview { white-space: pre-wrap; word-break: break-word; font-size: 13px; line-height: 1.5; padding: 8px;
             border-radius: 4px; background: var(--ck-subtle, #f4f6f6); max-height: 180px; overflow: auto; }
  .count { font-size: 12px; color: var(--ck-muted, #666); }
  .count.over, .missing { color: var(--ck-error, #c0262d); }
  .missing { margin: 0; font-size: 12px; }
  .actions { display: flex; gap: 6px; flex-wrap: wrap; }
  button { font: inherit; font-size: 13px; padding: 4px 12px; border-radius: 4px; border: 1px solid var(--ck-border, #ccc);
           background: var(--ck-bg, #fff); color: inherit; cursor: pointer; }
  button.primary { background: var(--ck-accent, #0f766e); border-color: var(--ck-accent, #0f766e); color: var(--ck-accent-fg, #fff); }
  button:disabled { opacity: 0.5; cursor: not-allowed; }
  button:focus-visible { outline: 2px solid var(--ck-accent, #0f766e); outline-offset: 1px; }
`;
