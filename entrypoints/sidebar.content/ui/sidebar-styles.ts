import { css } from 'lit';

export const sidebarStyles = css`
  :host {
    --ck-accent: #0f766e; --ck-accent-fg: #ffffff; --ck-bg: #ffffff; --ck-fg: #1f2328; --ck-muted: #5f6b73; --ck-border: #d5dadd;
    --ck-subtle: #f3f5f6; --ck-input-bg: #ffffff; --ck-mark: #ffe58f; --ck-error: #c0262d; --ck-error-bg: #fdecec;
    --ck-warning: #9a5800; --ck-warning-bg: #fff6e0; --ck-info: #2f5bb7; --ck-info-bg: #eef3ff;
    all: initial; position: fixed; top: 0; right: 0; bottom: 0; z-index: 2147483646; display: block;
    font: 14px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: var(--ck-fg);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --ck-accent: #2dd4bf; --ck-accent-fg: #0b1f1c; --ck-bg: #1e2227; --ck-fg: #e6e8ea; --ck-muted: #a3acb3; --ck-border: #3a4148;
      --ck-subtle: #272c32; --ck-input-bg: #15181c; --ck-mark: #7a5d00; --ck-error: #ff8a8f; --ck-error-bg: #3c1f22;
      --ck-warning: #ffc266; --ck-warning-bg: #3a2e17; --ck-info: #9bb8ff; --ck-info-bg: #1f2a44;
    }
  }
  :host([side='left']) { right: auto; left: 0; }
  * { box-sizing: border-box; }
  .toggle { position: absolute; top: 40%; right: 100%; width: 26px; padding: 10px 0; border: 1px solid var(--ck-border);
            border-right: none; border-radius: 6px 0 0 6px; background: var(--ck-accent); color: var(--ck-accent-fg); cursor: pointer;
            font: 600 13px/1.2 inherit; writing-mode: vertical-rl; letter-spacing: 2px; box-shadow: -2px 2px 6px rgba(0,0,0,.15); }
  :host(:not([open])) .toggle { right: 0; }
  :host([side='left']) .toggle { right: auto; left: 100%; border-radius: 0 6px 6px 0; border: 1px solid var(--ck-border); border-left: none; }
  :host([side='left']:not([open])) .toggle { left: 0; }
  .toggle:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, [tabindex]:focus-visible {
    outline: 2px solid var(--ck-accent); outline-offset: 1px; }
  aside { position: relative; height: 100%; display: flex; flex-direction: column; background: var(--ck-bg); border-left: 1px solid var(--ck-border);
          box-shadow: -4px 0 16px rgba(0,0,0,.08); overflow: hidden; }
  :host([side='left']) aside { border-left: none; border-right: 1px solid var(--ck-border); }
  aside[hidden] { display: none; }
  header { display: flex; flex-wrap: wrap; align-items: center; gap: 2px 8px; padding: 10px 44px 6px 12px; }
  header .target { order: 3; flex-basis: 100%; }
  :host([open]) .toggle.toggle { top: 8px; right: 10px; left: auto; z-index: 3; width: 28px; height: 28px; padding: 0; border: none;
    border-radius: 4px; background: none; color: var(--ck-muted); box-shadow: none; writing-mode: horizontal-tb; letter-spacing: 0;
    font-size: 18px; line-height: 1; }
  :host([open]) .toggle.toggle:hover { background: var(--ck-subtle); }
  .icon[aria-pressed='true'] { color: var(--ck-accent); }
  :host([layout='dock']) aside { box-shadow: none; }
  header h2 { margin: 0; font-size: 15px; flex: 1; }
  header .target { font-size: 12px; color: var(--ck-muted); }
  .icon { border: none; background: none; color: var(--ck-muted); cursor: pointer; font-size: 16px; padding: 2px 6px; border-radius: 4px; }
  .icon:hover { background: var(--ck-subtle); }
  .body { flex: 1; overflow: auto; padding: 0 12px 12px; display: grid; gap: 10px; align-content: start; }
  input[type='search'], select { width: 100%; font: inherit; font-size: 13px; padding: 6px 8px; border: 1px solid var(--ck-border);
                                 border-radius: 6px; background: var(--ck-input-bg); color: inherit; }
  .filters { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 6px; align-items: center; }
  [role='tablist'] { display: flex; gap: 2px; white-space: nowrap; max-width: 100%; overflow-x: auto; }
  [role='tab'] { font: inherit; font-size: 12px; border: 1px solid transparent; background: none; color: var(--ck-muted);
                 padding: 2px 8px; border-radius: 12px; cursor: pointer; }
  [role='tab'][aria-selected='true'] { background: var(--ck-accent); color: var(--ck-accent-fg); }
  select { width: auto; font-size: 12px; padding: 3px 4px; }
  h3 { margin: 0 0 4px; font-size: 12px; color: var(--ck-muted); font-weight: 600; }
  .chips { display: flex; flex-wrap: wrap; gap: 6px; max-height: 92px; overflow: auto; }
  .chip { font: inherit; font-size: 12px; border: 1px solid var(--ck-border); background: var(--ck-subtle); color: inherit;
          border-radius: 12px; padding: 2px 10px; cursor: pointer; max-width: 100%; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  ul.list { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
  li.card { border: 1px solid var(--ck-border); border-radius: 8px; padding: 8px 10px; display: grid; gap: 4px; background: var(--ck-bg); }
  li.card:focus-within, li.card:focus { border-color: var(--ck-accent); outline: none; }
  .meta { display: flex; gap: 6px; align-items: center; font-size: 11px; color: var(--ck-muted); }
  .kind { font-weight: 600; color: var(--ck-accent); }
  .kit { margin-left: auto; max-width: 50%; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .what { font-weight: 600; margin-right: 6px; }
  .also { font-size: 11px; color: var(--ck-muted); }
  .title { font-weight: 600; font-size: 14px; overflow-wrap: anywhere; }
  .preview { font-size: 12px; color: var(--ck-muted); display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical;
             overflow: hidden; white-space: pre-line; overflow-wrap: anywhere; }
  mark { background: var(--ck-mark); color: inherit; border-radius: 2px; }
  .actions { display: flex; gap: 6px; align-items: center; }
  .actions button { font: inherit; font-size: 12px; border: 1px solid var(--ck-border); background: var(--ck-bg); color: inherit;
                    border-radius: 4px; padding: 2px 10px; cursor: pointer; }
  .actions button.primary { background: var(--ck-accent); border-color: var(--ck-accent); color: var(--ck-accent-fg); }
  .star { margin-left: auto; border: none !important; font-size: 15px !important; color: var(--ck-muted) !important; }
  .star[aria-pressed='true'] { color: #e8a300 !important; }
  .note { font-size: 12px; color: var(--ck-muted); background: var(--ck-subtle); border-radius: 6px; padding: 6px 8px; margin: 0; }
  .today .node { margin: 0 0 4px; font-size: 12px; }
  .today li { display: flex; gap: 6px; align-items: center; font-size: 12px; }
  .today ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 4px; }
  .today .time { color: var(--ck-muted); min-width: 36px; }
  .today button { font: inherit; font-size: 11px; border: 1px solid var(--ck-border); background: none; color: inherit; border-radius: 4px; cursor: pointer; }
  .empty { font-size: 12px; color: var(--ck-muted); }
  .resizer { position: absolute; top: 0; bottom: 0; left: -3px; width: 6px; cursor: ew-resize; }
  :host([side='left']) .resizer { left: auto; right: -3px; }
  .fill { border: 1px solid var(--ck-accent); border-radius: 8px; padding: 10px; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
