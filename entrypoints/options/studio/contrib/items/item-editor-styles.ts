import { css } from 'lit';

/** The item editor: fields, body (Tiptap, styled here since injectCSS is off in a shadow root), variables, preview. */
export const itemEditorStyles = css`
  :host { display: flex; flex-direction: column; min-height: 0; height: 100%; background: var(--ck-bg); }
  .banner { flex: none; display: flex; flex-wrap: wrap; gap: 8px; align-items: center; padding: 6px 12px; border-bottom: 1px solid var(--ck-border); }
  .banner.conflict, .banner.missing { background: var(--ck-warning-bg); }
  .banner.error, .banner.invalid { background: var(--ck-error-bg); }
  .banner.info { background: var(--ck-info-bg); }
  .banner .text { flex: 1; min-width: 200px; overflow-wrap: anywhere; }
  .banner button { font: inherit; padding: 2px 10px; border-radius: 3px; border: 1px solid var(--ck-border); background: var(--ck-button-bg); color: var(--ck-button-fg); cursor: pointer; }
  .fields { flex: none; display: grid; gap: 6px; padding: 10px 16px 8px; border-bottom: 1px solid var(--ck-border); }
  .title { font: inherit; font-size: 18px; font-weight: 600; padding: 2px 4px; margin: 0 -4px; border: 1px solid transparent; border-radius: 3px; background: none; color: var(--ck-fg); }
  .title:hover { border-color: var(--ck-border); }
  .title:focus { border-color: var(--ck-focus); outline: none; background: var(--ck-input-bg); }
  .meta { display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; font-size: 12px; color: var(--ck-muted); }
  .meta label { display: inline-flex; gap: 4px; align-items: center; }
  .meta select, .meta input[type='text'] { font: inherit; color: var(--ck-fg); background: var(--ck-input-bg); border: 1px solid var(--ck-border); border-radius: 3px; padding: 1px 4px; }
  .meta input[type='text'] { width: 180px; }
  .meta fieldset { display: inline-flex; gap: 6px; align-items: center; border: 0; margin: 0; padding: 0; }
  .meta legend { float: left; padding: 0; margin-right: 4px; }
  .field-error { color: var(--ck-error); font-size: 12px; }
  .workarea { flex: 1; min-height: 0; display: grid; grid-template-columns: 1fr; }
  .workarea.split { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
  .workarea ck-markdown-preview { border-left: 1px solid var(--ck-border); }
  .body { display: flex; flex-direction: column; min-height: 0; min-width: 0; }
  .toolbar { flex: none; display: flex; gap: 2px; align-items: center; padding: 4px 12px; border-bottom: 1px solid var(--ck-border); }
  .toolbar button { min-width: 26px; height: 24px; font: inherit; font-size: 12px; border: 1px solid transparent; border-radius: 3px; background: none; color: var(--ck-fg); cursor: pointer; }
  .toolbar button:hover { background: var(--ck-hover-bg); }
  .toolbar button[aria-pressed='true'] { background: var(--ck-selected-bg); border-color: var(--ck-border); }
  .toolbar .sep { width: 1px; height: 16px; background: var(--ck-border); margin: 0 4px; }
  .toolbar .spacer { flex: 1; }
  .toolbar .count { font-size: 12px; color: var(--ck-muted); }
  .toolbar .count.over { color: var(--ck-error); font-weight: 600; }
  .scroll { flex: 1; min-height: 0; overflow: auto; }
  details.variables { flex: none; border-top: 1px solid var(--ck-border); padding: 4px 12px 8px; max-height: 40%; overflow: auto; }
  details.variables summary { cursor: pointer; color: var(--ck-muted); font-size: 12px; padding: 2px 0; }
  .ProseMirror { position: relative; white-space: pre-wrap; word-wrap: break-word; overflow-wrap: anywhere; outline: none; min-height: 100%; box-sizing: border-box; padding: 12px 16px 48px; font-size: 15px; line-height: 1.7; font-variant-ligatures: none; caret-color: var(--ck-fg); }
  .ProseMirror [contenteditable='false'] { white-space: normal; }
  .ProseMirror p { margin: 0 0 0.6em; }
  .ProseMirror :is(h1, h2, h3) { line-height: 1.35; margin: 0.8em 0 0.4em; }
  .ProseMirror h1 { font-size: 1.5em; }
  .ProseMirror h2 { font-size: 1.3em; }
  .ProseMirror h3 { font-size: 1.15em; }
  .ProseMirror blockquote { margin: 0.4em 0; padding-left: 12px; border-left: 3px solid var(--ck-border); color: var(--ck-muted); }
  .ProseMirror :is(ul, ol) { padding-left: 1.6em; margin: 0.2em 0 0.6em; }
  .ProseMirror code { font-family: var(--ck-font-mono); background: var(--ck-input-bg); border-radius: 3px; padding: 0 3px; }
  .ProseMirror pre { font-family: var(--ck-font-mono); background: var(--ck-input-bg); padding: 8px; border-radius: 4px; white-space: pre-wrap; }
  .ProseMirror a { color: var(--ck-link); }
  .ProseMirror hr { border: 0; border-top: 1px solid var(--ck-border); margin: 1em 0; }
  .ProseMirror p.is-editor-empty:first-child::before { content: attr(data-placeholder); float: left; height: 0; pointer-events: none; color: var(--ck-muted); }
  .ProseMirror .ck-blank { display: inline-block; padding: 0 6px; margin: 0 1px; border-radius: 10px; background: var(--ck-chip-bg); color: var(--ck-chip-fg); font-size: 0.9em; line-height: 1.5; cursor: default; user-select: all; }
  .ProseMirror .ck-blank::before { content: '{{'; opacity: 0.45; }
  .ProseMirror .ck-blank::after { content: '}}'; opacity: 0.45; }
  .ProseMirror .ck-blank.ProseMirror-selectednode { outline: 2px solid var(--ck-focus); }
  .ProseMirror .ck-literal-braces { color: var(--ck-muted); font-family: var(--ck-font-mono); }
  .ProseMirror .ck-image { display: inline-block; padding: 0 6px; border-radius: 3px; border: 1px dashed var(--ck-border); color: var(--ck-muted); font-size: 0.9em; }
  .ProseMirror .ck-lint { text-decoration-line: underline; text-decoration-style: wavy; text-decoration-skip-ink: none; text-underline-offset: 3px; }
  .ProseMirror .ck-lint-error { text-decoration-color: var(--ck-error); }
  .ProseMirror .ck-lint-warning { text-decoration-color: var(--ck-warning); }
  .ProseMirror .ck-lint-info { text-decoration-color: var(--ck-info); text-decoration-style: dotted; }
  .ProseMirror .suggestion { background: var(--ck-hover-bg); border-radius: 3px; }
  .ProseMirror-gapcursor { display: none; pointer-events: none; position: absolute; }
  .ProseMirror-gapcursor::after { content: ''; display: block; position: absolute; top: -2px; width: 20px; border-top: 1px solid var(--ck-fg); }
  .ProseMirror-focused .ProseMirror-gapcursor { display: block; }
`;
