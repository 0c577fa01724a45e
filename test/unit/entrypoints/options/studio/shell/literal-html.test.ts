import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { LITERAL_HTML } from '../../../../../../entrypoints/options/studio/shell/literal-html';

describe('raw HTML in kit Markdown', () => {
  const marked = new Marked(LITERAL_HTML);

  it('is read as text, block and inline, never as markup', () => {
    const tokens = marked.lexer('<img src=x onerror="alert(1)">\n\n段落里有 <b onclick="x()">粗体</b> 和 **强调**');
    const types = JSON.stringify(tokens);
    expect(types).not.toContain('"type":"html"');
    const html = marked.parse('<script>alert(1)</script>\n\n<svg onload=alert(1)>') as string;
    expect(html).not.toMatch(/<script|<svg/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('leaves ordinary Markdown alone', () => {
    expect(marked.parse('**强调** [链接](https://example.org)')).toBe('<p><strong>强调</strong> <a href="https://example.org">链接</a></p>\n');
  });
});
