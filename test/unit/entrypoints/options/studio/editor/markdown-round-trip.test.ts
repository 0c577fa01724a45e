// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { builtinKit, findBlanks, markdownToPlainText } from '../../../../../../content-kit';
import { bodyContent } from '../../../../../../entrypoints/options/studio/editor/body-content';
import { readBody } from '../../../../../../entrypoints/options/studio/editor/read-body';
import { makeEditor } from './make-editor';

const editor = makeEditor('');
const roundTrip = (markdown: string, mode: 'markdown' | 'plain' = 'markdown') => {
  editor.commands.setContent(bodyContent(editor, markdown, mode));
  return readBody(editor, mode);
};
/** The document a body reads as: the same document means nothing was lost, whatever the bytes. */
const docOf = (markdown: string, mode: 'markdown' | 'plain' = 'markdown') => {
  editor.commands.setContent(bodyContent(editor, markdown, mode));
  return editor.getJSON();
};
const escapesOf = (markdown: string) => markdown.match(/\\\{\{/g)?.length ?? 0;

describe('Markdown round-trip through the body editor', () => {
  test.each([
    ['plain text', '欢迎来到城南夜读会！'],
    ['paragraphs and a soft line break', '第一段\n还是第一段\n\n第二段'],
    ['blanks of any script', '欢迎 {{新人}} 加入{{社群名}}，by {{host_name}} and {{成员2}}'],
    ['a literal \\{{ before a valid name', '写法是 \\{{社群名}}，不会被当成空白'],
    ['braces that are not a blank', '这不是空白：{{ 有空格 }} 也不是 {{}}'],
    ['headings, lists and a quote', '# 群规\n\n- 不刷屏\n- 不发广告\n\n1. 先自我介绍\n2. 再看群公告\n\n> 有问题随时问'],
    ['marks and a link', '**加粗** *斜体* ~~删除~~ `代码` [链接](https://example.com/a)'],
    ['an image is kept, never loaded', '![群二维码](https://example.com/qr.png "扫码")'],
    ['an empty list item left to fill in', '1. {{群主}}：{{示例}}\n2. \n\n接在后面写你的一条'],
    ['a blank inside code stays text', '`{{不是空白}}`'],
  ])('%s survives unchanged', (_, markdown) => {
    expect(roundTrip(markdown)).toBe(markdown);
  });

  test('blanks become chips and escapes become literal braces, not text', () => {
    editor.commands.setContent(bodyContent(editor, 'A {{名字}} \\{{x}} B', 'markdown'));
    const nodes: string[] = [];
    editor.state.doc.descendants((node) => {
      if (node.isLeaf) nodes.push(node.type.name === 'blank' ? `blank:${node.attrs.name}` : node.isText ? `text:${node.text}` : node.type.name);
      return true;
    });
    expect(nodes).toEqual(['text:A ', 'blank:名字', 'text: ', 'literalBraces', 'text:x}} B']);
  });

  test('every built-in item keeps its blanks, escapes and meaning, and a second round-trip changes nothing', () => {
    for (const item of builtinKit().items) {
      const mode = item.kind === 'topic' ? 'plain' : 'markdown';
      const once = roundTrip(item.body, mode);
      expect(findBlanks(once).map((b) => b.name), item.id).toEqual(findBlanks(item.body).map((b) => b.name));
      expect(escapesOf(once), item.id).toBe(escapesOf(item.body));
      if (mode === 'plain') expect(once, item.id).toBe(item.body);
      expect(docOf(once, mode), item.id).toEqual(docOf(item.body, mode));
      expect(roundTrip(once, mode), item.id).toBe(once);
    }
  });

  test('a topic body is plain text: Markdown characters stay as typed', () => {
    expect(roundTrip('#话题# *不是斜体* {{城市}}周末', 'plain')).toBe('#话题# *不是斜体* {{城市}}周末');
  });

  test('characters Markdown would misread are escaped, so they read back as the same text', () => {
    const tricky = 'a & b < c > d * e _ f [g] ~h~ \\\\ end <b>not bold</b> &amp;';
    const before = docOf(tricky);
    const once = roundTrip(tricky);
    expect(docOf(once)).toEqual(before);
    expect(markdownToPlainText(once)).toContain('a & b < c > d');
  });
});
