// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { countLength, platformTarget } from '../../../../../../content-kit';
import { docText } from '../../../../../../entrypoints/options/studio/editor/doc-text';
import { lintStateOf } from '../../../../../../entrypoints/options/studio/editor/lint-decorations';
import { createBodyEditor } from '../../../../../../entrypoints/options/studio/editor/create-body-editor';
import { makeEditor, type } from './make-editor';

const decorated = (editor: ReturnType<typeof makeEditor>) =>
  [...editor.view.dom.querySelectorAll('.ck-lint')].map((el) => ({ text: el.textContent, rule: el.getAttribute('data-lint'), title: el.getAttribute('title') }));

describe('lint decorations', () => {
  test('content-kit findings are drawn over exactly the words they name, with the message as tooltip', () => {
    const editor = makeEditor('我们是全网最好的读书会。\n\n进群免费领股票，保证收益。');
    const state = lintStateOf(editor.state)!;
    expect(state.findings.length).toBeGreaterThan(0);
    for (const finding of state.findings) {
      const text = docText(editor.state.doc).text.slice(finding.start, finding.end);
      expect(editor.state.doc.textBetween(finding.from, finding.to, '\n')).toBe(text);
    }
    const marks = decorated(editor);
    expect(marks.some((m) => m.text?.includes('最好'))).toBe(true);
    expect(marks.every((m) => m.title && m.rule)).toBe(true);
  });

  test('positions stay right after a chip (which reads as {{name}} for lint)', () => {
    const editor = makeEditor('欢迎{{社群名}}，这是最便宜的群，只要9元');
    const finding = lintStateOf(editor.state)!.findings.find((f) => editor.state.doc.textBetween(f.from, f.to).includes('最'));
    expect(finding).toBeDefined();
    expect(editor.state.doc.textBetween(finding!.from, finding!.to)).toMatch(/^最/);
  });

  test('findings follow edits', () => {
    const editor = makeEditor('一个普通的句子');
    expect(decorated(editor)).toEqual([]);
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    type(editor, '，全网第一');
    expect(decorated(editor).length).toBeGreaterThan(0);
  });

  test('the count and the length limit follow the platform target', () => {
    const text = '标题'.repeat(40);
    const editor = makeEditor(text, { target: 'wechat-chat' });
    const chat = lintStateOf(editor.state)!;
    expect(chat.count).toBe(countLength(text, platformTarget('wechat-chat').counting));
    expect(chat.findings.some((f) => f.ruleId === 'length/over-limit')).toBe(false);
    editor.commands.setLintTarget(platformTarget('wechat-mp-title'));
    const title = lintStateOf(editor.state)!;
    expect(title.target.id).toBe('wechat-mp-title');
    const over = title.findings.find((f) => f.ruleId === 'length/over-limit');
    expect(over?.severity).toBe('error');
    expect(editor.view.dom.querySelector('.ck-lint-error')).not.toBeNull();
  });

  test('the text model joins blocks with newlines and maps offsets back into the document', () => {
    const editor = makeEditor('第一段\n\n- 列表 {{项}}');
    const model = docText(editor.state.doc);
    expect(model.text).toBe('第一段\n列表 {{项}}');
    const at = model.text.indexOf('列');
    expect(editor.state.doc.textBetween(model.toPos(at), model.toPos(at + 2, 'end'))).toBe('列表');
  });
});

describe('lint decorations with the user’s and the kits’ say', () => {
  test('the lint options add a kit’s words and drop allowed phrases, and can change while editing', () => {
    const editor = createBodyEditor({
      element: document.createElement('div'),
      body: '周末去隔壁书社，全网最低价',
      mode: 'markdown',
      target: platformTarget('weibo-post'),
      lintOptions: { wordLists: [{ id: 'team', words: ['隔壁书社'], severity: 'warning' }] },
      locale: 'zh',
    });
    expect(lintStateOf(editor.state)!.findings.map((f) => f.ruleId)).toContain('words/team');
    editor.commands.setLintOptions({ allow: ['全网最低价'] });
    const findings = lintStateOf(editor.state)!.findings;
    expect(findings.some((f) => f.ruleId === 'words/team')).toBe(false);
    expect(findings.some((f) => f.quote.includes('最低'))).toBe(false);
  });

  test('ignore once hides the finding for the rest of the session, while the text around it changes', () => {
    const editor = makeEditor('今晚有免费股票咨询，加微信进群');
    const pitch = lintStateOf(editor.state)!.findings.find((f) => f.severity === 'error')!;
    expect(pitch.quote).toBe('免费股票咨询，加微信进群');
    editor.commands.ignoreLintOnce(pitch.key);
    expect(lintStateOf(editor.state)!.findings.some((f) => f.key === pitch.key)).toBe(false);
    editor.commands.setTextSelection(1);
    type(editor, '各位，');
    expect(lintStateOf(editor.state)!.findings.some((f) => f.severity === 'error')).toBe(false);
    expect(decorated(editor).some((m) => m.rule === pitch.ruleId)).toBe(false);
  });

  test('a decoration’s tooltip names the law', () => {
    const editor = makeEditor('今晚有免费股票咨询，加微信进群');
    expect(decorated(editor).find((m) => m.rule === 'fraud/investment-lure')?.title).toContain('刑法');
  });
});
