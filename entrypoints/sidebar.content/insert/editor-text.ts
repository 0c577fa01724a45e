/** The editor's text with line breaks, as a person sees it. */
export function editorText(element: HTMLElement): string {
  return element.innerText ?? element.textContent ?? '';
}
