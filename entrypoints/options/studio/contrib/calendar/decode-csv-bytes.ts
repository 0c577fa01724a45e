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
