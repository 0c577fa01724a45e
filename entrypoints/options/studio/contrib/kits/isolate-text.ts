/**
 * Kit text to put inside a UI sentence (a notification, a heading): wrapped in Unicode's first-strong isolate
 * (U+2068 … U+2069), so bidi controls in it (an unclosed U+202E, say) cannot reorder the words around it.
 */
export function isolateText(text: string): string {
  return `\u2068${text}\u2069`;
}
