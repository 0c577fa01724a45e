// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { rangeOffsets, selectOffsets, textBefore } from '../../../../../entrypoints/sidebar.content/insert/rich-text-position';

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true">${html}</div>`;
  return document.body.firstElementChild as HTMLElement;
}

function caretAt(node: Node, offset: number) {
  const range = document.createRange();
  range.setStart(node, offset);
  return { range };
}

describe('positions in a rich editor', () => {
  it('count a paragraph break, so the start of a paragraph is not the end of the one before', () => {
    const root = editor('<p>开头</p><p>结尾</p>');
    const [first, second] = [...root.children].map((p) => p.firstChild!);
    expect(rangeOffsets(root, caretAt(first!, 2))).toEqual([2, 2]);
    expect(rangeOffsets(root, caretAt(second!, 0))).toEqual([3, 3]);
    expect(textBefore(root, 3)).toEqual({ text: '开头\n', line: '' });
    expect(textBefore(root, 4)).toEqual({ text: '开头\n结', line: '结' });
  });

  it('survive the editor re-rendering the same text into new nodes', () => {
    const root = editor('<p>一二三</p><p><br></p><p>四五</p>');
    const [start, end] = rangeOffsets(root, caretAt(root.children[2]!.firstChild!, 1));
    root.innerHTML = '<p>一二三</p><p><br></p><p>四五</p>';
    selectOffsets(root, start, end);
    const range = document.getSelection()!.getRangeAt(0);
    expect(range.startContainer).toBe(root.children[2]!.firstChild);
    expect(range.startOffset).toBe(1);
  });

  it('fall back to the end when the saved range is gone or lies outside the editor', () => {
    const root = editor('<p>甲</p><p>乙</p>');
    expect(rangeOffsets(root, undefined)).toEqual([3, 3]);
    expect(rangeOffsets(root, caretAt(document.body, 0))).toEqual([3, 3]);
  });

  it('treat a <br> as a line break', () => {
    const root = editor('第一行<br>第二行');
    expect(textBefore(root, 5)).toEqual({ text: '第一行\n第', line: '第' });
  });
});
