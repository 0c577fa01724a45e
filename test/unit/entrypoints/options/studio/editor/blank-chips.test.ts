// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { blankChoices } from '../../../../../../entrypoints/options/studio/editor/blank-completion';
import { readBody } from '../../../../../../entrypoints/options/studio/editor/read-body';
import { makeEditor, type } from './make-editor';

const chips = (editor: ReturnType<typeof makeEditor>) => {
  const names: string[] = [];
  editor.state.doc.descendants((node) => {
    if (node.type.name === 'blank') names.push(node.attrs.name as string);
    return true;
  });
  return names;
};

describe('blank chips', () => {
  test('a stored {{name}} opens as an atom chip rendered with its name', () => {
    const editor = makeEditor('欢迎{{新人}}！');
    expect(chips(editor)).toEqual(['新人']);
    const chip = editor.view.dom.querySelector('[data-blank]')!;
    expect(chip.getAttribute('data-blank')).toBe('新人');
    expect(chip.getAttribute('contenteditable')).toBe('false');
    expect(chip.textContent).toBe('新人');
  });

  test('typing {{name}} turns the text into a chip as the closing braces are typed', () => {
    const editor = makeEditor('');
    type(editor, '你好{{城市}}见');
    expect(chips(editor)).toEqual(['城市']);
    expect(editor.state.doc.textContent).toBe('你好见');
    expect(readBody(editor, 'markdown')).toBe('你好{{城市}}见');
  });

  test('an escaped \\{{ or an invalid name stays text', () => {
    const editor = makeEditor('');
    type(editor, '\\{{城市}} {{两 个}}');
    expect(chips(editor)).toEqual([]);
  });

  test('insertBlank inserts a chip at the caret and refuses names the format does not allow', () => {
    const editor = makeEditor('开头');
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    expect(editor.commands.insertBlank('社群名')).toBe(true);
    expect(editor.commands.insertBlank('有 空格')).toBe(false);
    expect(editor.commands.insertBlank('')).toBe(false);
    expect(chips(editor)).toEqual(['社群名']);
    expect(readBody(editor, 'markdown')).toBe('开头{{社群名}}');
  });

  test('a chip is one step for the caret and deletes as a whole', () => {
    const editor = makeEditor('a{{x}}b');
    editor.commands.setTextSelection(3);
    editor.commands.deleteRange({ from: 2, to: 3 });
    expect(readBody(editor, 'markdown')).toBe('ab');
    editor.commands.undo();
    expect(readBody(editor, 'markdown')).toBe('a{{x}}b');
  });

  test('plain (topic) bodies keep chips too', () => {
    const editor = makeEditor('{{城市}}周末去哪儿', { mode: 'plain' });
    expect(chips(editor)).toEqual(['城市']);
    expect(readBody(editor, 'plain')).toBe('{{城市}}周末去哪儿');
  });

  test('the {{ menu offers declared variables first, then a new blank for a valid typed name', () => {
    const declared = [{ name: '社群名', label: '社群名称' }, { name: '群主' }, { name: '社群名' }];
    const label = (name: string) => `new ${name}`;
    expect(blankChoices(declared, '', label).map((c) => c.name)).toEqual(['社群名', '群主']);
    expect(blankChoices(declared, '社群', label).map((c) => c.label)).toEqual(['社群名', 'new 社群']);
    expect(blankChoices(declared, '社群名', label).map((c) => c.label)).toEqual(['社群名']);
    expect(blankChoices(declared, '城市', label).map((c) => c.label)).toEqual(['new 城市']);
    expect(blankChoices(declared, '有 空格', label)).toEqual([]);
    expect(blankChoices([{ name: '__proto__' }], '__proto__', label).map((c) => c.name)).toEqual(['__proto__']);
  });
});
