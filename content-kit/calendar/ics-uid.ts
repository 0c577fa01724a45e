const encoder = new TextEncoder();

// Only these stay as they are; anything else is %-encoded byte by byte, so two different ids never share a UID.
const safe = (text: string) =>
  Array.from(encoder.encode(text), (b) =>
    (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x2d || b === 0x2e || b === 0x5f
      ? String.fromCharCode(b)
      : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
  ).join('');

/**
 * The iCalendar UID of a kit's calendar entry, `<entryId>@<kitId>.community-kit`: the same entry always gets the
 * same UID, so importing a newer export updates the event in the calendar app instead of adding a duplicate.
 */
export function icsUid(kitId: string, entryId: string): string {
  return `${safe(entryId)}@${safe(kitId)}.community-kit`;
}
