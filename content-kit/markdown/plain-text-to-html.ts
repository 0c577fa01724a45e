import { escapeHtml } from './escape-html';

/** Paragraphs (blank-line separated) become `<p>`, single line breaks `<br>`; everything is escaped. */
export function plainTextToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}
