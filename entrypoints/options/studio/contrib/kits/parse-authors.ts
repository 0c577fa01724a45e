import { codePointLength, type Author } from '../../../../../content-kit';

/**
 * Reads the export prompt's author line, `张三 <wx:zhang>；李四`, into the format's authors (separated by `;` or
 * `；`, a contact in angle brackets). Returns an error message's key instead when it breaks KIT-FORMAT.md's limits.
 */
export function parseAuthors(line: string): Author[] | 'invalid' {
  const authors: Author[] = [];
  for (const part of line.split(/[;；]/)) {
    const text = part.trim();
    if (!text) continue;
    const match = /^(.*?)\s*<([^<>]*)>$/.exec(text);
    const name = (match ? match[1]! : text).trim();
    const contact = match?.[2]!.trim();
    if (codePointLength(name) > 80 || (contact && codePointLength(contact) > 200)) return 'invalid';
    authors.push(contact ? { name, contact } : { name });
  }
  return authors.length > 50 ? 'invalid' : authors;
}
