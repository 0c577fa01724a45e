import type { SavedCaret } from './insert-strategy';

const BLOCK = /^(P|DIV|LI|H[1-6]|BLOCKQUOTE|PRE|SECTION|ARTICLE|UL|OL|TABLE|TR|HEADER|FOOTER)$/;
const TEXT = 3;
const ELEMENT = 1;

/**
 * Visits a rich editor's content in order as text runs and line breaks (a `<br>`, or a block that starts after
 * earlier content), so positions survive an editor re-rendering the same text into new nodes. `visit` returns
 * true to stop.
 */
function walk(root: Node, visit: (node: Node, text: string | null) => boolean | void): void {
  let started = false;
  const step = (parent: Node): boolean => {
    for (const child of parent.childNodes) {
      if (child.nodeType === TEXT) {
        started = true;
        if (visit(child, (child as Text).data)) return true;
      } else if (child.nodeType === ELEMENT) {
        if (child.nodeName === 'BR') {
          started = true;
          if (visit(child, null)) return true;
          continue;
        }
        if (BLOCK.test(child.nodeName)) {
          if (started && visit(child, null)) return true;
          started = true;
        }
        if (step(child)) return true;
      }
    }
    return false;
  };
  step(root);
}

/** The content as text with `\n` for each break. */
function textOf(node: Node): string {
  let out = '';
  walk(node, (_, text) => void (out += text ?? '\n'));
  return out;
}

function rangeTo(root: HTMLElement, node: Node, offset: number): Range {
  const range = root.ownerDocument.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  return range;
}

/** The live DOM point at a text offset, or the end of the content. */
function locate(root: HTMLElement, target: number): [Node, number] {
  let count = 0;
  let found: [Node, number] | undefined;
  walk(root, (node, text) => {
    if (text !== null) {
      if (target <= count + text.length) found = [node, target - count];
      else count += text.length;
    } else if (++count === target) {
      found = node.nodeName === 'BR' ? [node.parentNode!, [...node.parentNode!.childNodes].indexOf(node as ChildNode) + 1] : [node, 0];
    }
    return !!found;
  });
  return found ?? [root, root.childNodes.length];
}

/** The saved caret as text offsets into the editor, or its end when the range is gone or lies elsewhere. */
export function rangeOffsets(root: HTMLElement, caret: SavedCaret | undefined): [number, number] {
  const range = caret?.range;
  if (!range || !root.contains(range.startContainer) || !root.contains(range.endContainer)) {
    const end = textOf(root).length;
    return [end, end];
  }
  const start = textOf(rangeTo(root, range.startContainer, range.startOffset).cloneContents()).length;
  return [start, range.collapsed ? start : textOf(rangeTo(root, range.endContainer, range.endOffset).cloneContents()).length];
}

/** Selects from one text offset to another. */
export function selectOffsets(root: HTMLElement, start: number, end: number): void {
  const selection = root.ownerDocument.getSelection();
  if (!selection) return;
  const range = root.ownerDocument.createRange();
  range.setStart(...locate(root, start));
  range.setEnd(...locate(root, end));
  selection.removeAllRanges();
  selection.addRange(range);
}

/** The text before an offset, and the part of it on the offset's own line. */
export function textBefore(root: HTMLElement, offset: number): { text: string; line: string } {
  const text = textOf(rangeTo(root, ...locate(root, offset)).cloneContents());
  return { text, line: text.slice(text.lastIndexOf('\n') + 1) };
}

/** Scrolls the editor (and the page) so the caret's paragraph is in view. */
export function revealCaret(root: HTMLElement): void {
  const selection = root.ownerDocument.getSelection();
  const node = selection?.rangeCount ? selection.getRangeAt(0).endContainer : root;
  const target = node.nodeType === ELEMENT ? (node as Element) : node.parentElement;
  (target && root.contains(target) ? target : root).scrollIntoView({ block: 'nearest', inline: 'nearest' });
}
