/** Saves text as a file the browser downloads (a Blob behind an `<a download>`), as the studio's exports do. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The download has started by the time a task later runs; the URL is no longer needed then.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
