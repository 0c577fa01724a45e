/** Offers text to an editor the way a paste does, with plain text and optional HTML on the clipboard. */
export function dispatchPaste(element: HTMLElement, text: string, html?: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  if (html) data.setData('text/html', html);
  element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}
