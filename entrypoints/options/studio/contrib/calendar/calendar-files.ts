/**
 * A download's file name: the kit's id (ids are already file-name safe), what it holds, the date, and the extension,
 * as `reading-club-calendar-20261123.ics` or `reading-club-calendar-filtered-20261123.csv`.
 */
export function exportFileName(kitId: string, scope: 'kit' | 'view', today: string, extension: 'ics' | 'csv' | 'md'): string {
  const safe = kitId.replace(/[^A-Za-z0-9_.-]/g, '-').replace(/^[.-]+/, '') || 'kit';
  return `${safe}-calendar${scope === 'view' ? '-filtered' : ''}-${today.replace(/-/g, '')}.${extension}`;
}

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

/**
 * The text of a CSV file's bytes: UTF-8 (with or without a byte-order mark) when the bytes are valid UTF-8, else
 * GB18030 — what Excel and WPS on a Chinese Windows write when a sheet is saved as plain "CSV".
 */
export function decodeCsvBytes(bytes: ArrayBuffer | Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
