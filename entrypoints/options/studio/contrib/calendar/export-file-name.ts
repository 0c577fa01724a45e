/**
 * A download's file name: the kit's id (ids are already file-name safe), what it holds, the date, and the extension,
 * as `reading-club-calendar-20261123.ics` or `reading-club-calendar-filtered-20261123.csv`.
 */
export function exportFileName(kitId: string, scope: 'kit' | 'view', today: string, extension: 'ics' | 'csv' | 'md'): string {
  const safe = kitId.replace(/[^A-Za-z0-9_.-]/g, '-').replace(/^[.-]+/, '') || 'kit';
  return `${safe}-calendar${scope === 'view' ? '-filtered' : ''}-${today.replace(/-/g, '')}.${extension}`;
}
