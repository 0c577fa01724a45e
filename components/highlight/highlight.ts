import { html, type TemplateResult } from 'lit';

/** Text with the given [start, end) spans wrapped in <mark>; the text is always bound as text, never as HTML. */
export function highlight(text: string, spans: readonly (readonly [number, number])[]): TemplateResult {
  if (!spans.length) return html`${text}`;
  const parts: (string | TemplateResult)[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start < at || start >= text.length) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(html`<mark>${text.slice(start, end)}</mark>`);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return html`${parts}`;
}
