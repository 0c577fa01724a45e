import type { ItemKind } from '../schema/kit-schema';
import { plainTextToHtml } from '../markdown/plain-text-to-html';
import { hashtag } from './hashtag';
import type { PlatformTarget } from './platform-targets';

/**
 * The text to type into a target: a topic in the target's hashtag form, line breaks folded where the target
 * has none (titles, digests), and HTML paragraphs beside the plain text where the editor takes HTML.
 */
export function prepareInsertion(kind: ItemKind, text: string, target: PlatformTarget): { text: string; html?: string } {
  let plain = kind === 'topic' ? hashtag(text, target.hashtag) : text.replace(/\r\n?/g, '\n');
  if (!target.lineBreaks) plain = plain.replace(/\s*\n+\s*/g, ' ').trim();
  return target.content === 'html' ? { text: plain, html: plainTextToHtml(plain) } : { text: plain };
}
