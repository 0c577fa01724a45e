/** Saves a Blob as a download named `fileName` (an anchor with `download`, clicked, never added to the page). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.click();
  // The download has its own copy once started; the URL is freed a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
