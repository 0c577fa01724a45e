// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { createLayoutStore } from '../../../../../../entrypoints/options/studio/shell/create-layout-store';
import { createRegistry } from '../../../../../../entrypoints/options/studio/shell/create-registry';
import { createWorkbench } from '../../../../../../entrypoints/options/studio/shell/create-workbench';
import type { EditorDescriptor, PanelDescriptor, ViewDescriptor } from '../../../../../../entrypoints/options/studio/shell/studio-types';

function setup(memory = new Map<string, string>()) {
  const editors = createRegistry<EditorDescriptor>('Editor');
  const flushed: string[] = [];
  const disposed: string[] = [];
  editors.register({
    id: 'doc',
    title: (input) => `Doc ${input.id}`,
    isValid: (input) => input.id !== 'gone',
    create: (input) => ({
      element: document.createElement('div'),
      viewState: () => ({ caret: input.id.length }),
      flush: async () => void flushed.push(input.id),
      dispose: () => void disposed.push(input.id),
    }),
  });
  const storage = { getItem: (k: string) => memory.get(k) ?? null, setItem: (k: string, v: string) => void memory.set(k, v), removeItem: (k: string) => void memory.delete(k) };
  const workbench = createWorkbench({ editors, views: createRegistry<ViewDescriptor>('View'), panels: createRegistry<PanelDescriptor>('Panel') }, createLayoutStore(storage));
  return { workbench, flushed, disposed, memory };
}
const doc = (id: string) => ({ type: 'doc', id });

describe('workbench tabs', () => {
  test('a preview tab is replaced by the next preview; a pinned one stays', () => {
    const { workbench, disposed } = setup();
    workbench.openEditor(doc('a'), { focus: false });
    workbench.openEditor(doc('b'), { focus: false });
    expect(workbench.tabs().map((t) => t.input.id)).toEqual(['b']);
    expect(disposed).toEqual(['a']);
    workbench.pinTab('doc:b');
    workbench.openEditor(doc('c'), { focus: false });
    workbench.openEditor(doc('d'), { pinned: true, focus: false });
    expect(workbench.tabs().map((t) => [t.input.id, t.pinned])).toEqual([
      ['b', true],
      ['c', false],
      ['d', true],
    ]);
    expect(workbench.active()?.input.id).toBe('d');
  });

  test('closing lets the editor save first and activates a neighbour', async () => {
    const { workbench, flushed, disposed } = setup();
    for (const id of ['a', 'b', 'c']) workbench.openEditor(doc(id), { pinned: true, focus: false });
    workbench.activateTab('doc:b', false);
    await workbench.closeEditor();
    expect(flushed).toEqual(['b']);
    expect(disposed).toEqual(['b']);
    expect(workbench.active()?.input.id).toBe('c');
  });

  test('Ctrl+Tab order wraps, and tabs can be reordered', () => {
    const { workbench } = setup();
    for (const id of ['a', 'b', 'c']) workbench.openEditor(doc(id), { pinned: true, focus: false });
    workbench.cycleTab(1);
    expect(workbench.active()?.input.id).toBe('a');
    workbench.moveTab('doc:a', 2);
    expect(workbench.tabs().map((t) => t.input.id)).toEqual(['b', 'c', 'a']);
  });

  test('tabs, their view state and the layout survive a reload; tabs of vanished inputs are dropped', async () => {
    vi.useFakeTimers();
    const first = setup();
    for (const id of ['one', 'gone', 'three']) first.workbench.openEditor(doc(id), { pinned: true, focus: false });
    first.workbench.setLayout({ sidebarWidth: 420, panelVisible: true });
    first.workbench.activateTab('doc:one', false);
    vi.runAllTimers();
    vi.useRealTimers();
    const second = setup(first.memory);
    expect(second.workbench.firstRun).toBe(false);
    second.workbench.restore();
    expect(second.workbench.tabs().map((t) => t.input.id)).toEqual(['one', 'three']);
    expect(second.workbench.active()?.input.id).toBe('one');
    expect(second.workbench.tabs()[1]?.viewState).toEqual({ caret: 5 });
    expect(second.workbench.layout()).toMatchObject({ sidebarWidth: 420, panelVisible: true });
  });

  test('the quick pick resolves with the choice, or undefined when another replaces it', async () => {
    const { workbench } = setup();
    const first = workbench.quickPick({ hook: 'palette', placeholder: '', items: [{ id: 'x', label: 'X' }] });
    const second = workbench.quickPick({ hook: 'palette', placeholder: '', items: [{ id: 'y', label: 'Y' }] });
    await expect(first).resolves.toBeUndefined();
    const request = workbench.pickRequest();
    expect(request?.type).toBe('pick');
    if (request?.type === 'pick') request.resolve({ id: 'y', label: 'Y' });
    await expect(second).resolves.toEqual({ id: 'y', label: 'Y' });
    expect(workbench.pickRequest()).toBeNull();
  });
});
