import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { lowerBound } from '../../../../content-kit';

/** The text of a document as a reader sees it, with a way back from text offsets to document positions. */
export interface DocText {
  /** Blocks joined by `\n`; a blank chip reads `{{name}}`, a hard break `\n`. */
  text: string;
  /** The document position of a text offset; `end` bias maps into the end of an atom covering the offset. */
  toPos(offset: number, bias?: 'start' | 'end'): number;
}

interface Segment {
  start: number;
  end: number;
  pos: number;
  atom: boolean;
}

/** What a leaf node reads as: its Tiptap `renderText` (chips give `{{name}}`), a hard break a newline, else nothing. */
function leafText(node: ProseMirrorNode): string {
  if (node.type.name === 'hardBreak') return '\n';
  const spec = node.type.spec as { toText?: (props: { node: ProseMirrorNode }) => string };
  return spec.toText?.({ node }) ?? '';
}

/**
 * Flattens a document into text for lint and counting (content-kit works on plain strings) and keeps a segment
 * map so findings can be drawn as decorations at the right document positions.
 */
export function docText(doc: ProseMirrorNode): DocText {
  const segments: Segment[] = [];
  let text = '';
  let blocks = 0;
  let lastBlockEnd = 1;
  doc.descendants((node, pos) => {
    if (node.isTextblock) {
      if (blocks++ > 0) {
        segments.push({ start: text.length, end: text.length + 1, pos: lastBlockEnd, atom: true });
        text += '\n';
      }
      lastBlockEnd = pos + node.nodeSize - 1;
      return true;
    }
    if (node.isText) {
      segments.push({ start: text.length, end: text.length + node.text!.length, pos, atom: false });
      text += node.text!;
    } else if (node.isLeaf && node.isInline) {
      const read = leafText(node);
      if (read) {
        segments.push({ start: text.length, end: text.length + read.length, pos, atom: true });
        text += read;
      }
    }
    return !node.isLeaf;
  });
  const last = segments[segments.length - 1];
  const toPos = (offset: number, bias: 'start' | 'end' = 'start'): number => {
    if (!last) return 1;
    if (offset >= text.length) return last.atom ? last.pos + 1 : last.pos + (last.end - last.start);
    // The last segment that starts at or before the offset.
    const segment = segments[Math.max(0, lowerBound(segments.length, (i) => segments[i]!.start <= offset) - 1)]!;
    if (!segment.atom) return segment.pos + Math.min(offset - segment.start, segment.end - segment.start);
    return bias === 'end' && offset > segment.start ? segment.pos + 1 : segment.pos;
  };
  return { text, toPos };
}
