import type { Author } from '../../../../../content-kit';

/** Authors as the export prompt shows them, the line parseAuthors reads back: `张三 <wx:zhang>；李四`. */
export function formatAuthors(authors: readonly Author[] | undefined): string {
  return (authors ?? []).map((a) => (a.contact ? `${a.name} <${a.contact}>` : a.name)).join('；');
}
