import { describe, expect, test, vi } from 'vitest';
import { createCommandRegistry } from '../../../../../../entrypoints/options/studio/shell/command-registry';

const key = (init: Partial<KeyboardEvent> & { key: string }) => {
  const event = {
    code: '',
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    isComposing: false,
    defaultPrevented: false,
    preventDefault: vi.fn(),
    stopPropagation: vi.fn(),
    ...init,
  };
  return event as unknown as KeyboardEvent & { preventDefault: ReturnType<typeof vi.fn> };
};
const title = (en: string) => ({ zh: `中文${en}`, en });

describe('command registry', () => {
  test('runs a registered command with its argument and reports the result', async () => {
    const registry = createCommandRegistry();
    registry.register<{ n: number }>({ id: 'studio.test.double', title: title('Double'), run: (args) => (args?.n ?? 0) * 2 });
    await expect(registry.execute('studio.test.double', { n: 21 })).resolves.toBe(42);
  });

  test('refuses ids that do not read studio.<area>.<verb>, and duplicates', () => {
    const registry = createCommandRegistry();
    expect(() => registry.register({ id: 'save', title: title('Save'), run: () => undefined })).toThrow(/studio\.<area>\.<verb>/);
    expect(() => registry.register({ id: 'studio.save', title: title('Save'), run: () => undefined })).toThrow();
    registry.register({ id: 'studio.item.save', title: title('Save'), run: () => undefined });
    expect(() => registry.register({ id: 'studio.item.save', title: title('Save'), run: () => undefined })).toThrow(/already/);
  });

  test('rejects unknown and disabled commands, and reports failures to listeners', async () => {
    const registry = createCommandRegistry();
    const failures: string[] = [];
    registry.onDidFail(({ id }) => failures.push(id));
    registry.register({ id: 'studio.test.off', title: title('Off'), when: () => false, run: () => 1 });
    registry.register({ id: 'studio.test.boom', title: title('Boom'), run: () => Promise.reject(new Error('boom')) });
    await expect(registry.execute('studio.test.none')).rejects.toThrow(/Unknown/);
    await expect(registry.execute('studio.test.off')).rejects.toThrow(/not available/);
    await expect(registry.execute('studio.test.boom')).rejects.toThrow('boom');
    expect(failures).toEqual(['studio.test.boom']);
  });

  test('the palette lists enabled palette commands only', () => {
    const registry = createCommandRegistry();
    registry.register({ id: 'studio.a.shown', title: title('Shown'), run: () => undefined });
    registry.register({ id: 'studio.a.hidden', title: title('Hidden'), palette: false, run: () => undefined });
    registry.register({ id: 'studio.a.disabled', title: title('Disabled'), when: () => false, run: () => undefined });
    expect(registry.paletteCommands().map((c) => c.id)).toEqual(['studio.a.shown']);
  });

  test('a key runs the first enabled command bound to it and consumes the event', async () => {
    const registry = createCommandRegistry();
    const ran: string[] = [];
    registry.register({ id: 'studio.view.palette', title: title('Palette'), keybinding: ['Ctrl+Shift+P', 'F1'], run: () => ran.push('palette') });
    registry.register({ id: 'studio.view.open', title: title('Open'), keybinding: 'Ctrl+P', run: () => ran.push('open') });
    const f1 = key({ key: 'F1' });
    expect(registry.handleKeydown(f1)).toBe(true);
    expect(f1.preventDefault).toHaveBeenCalled();
    expect(registry.handleKeydown(key({ key: 'P', code: 'KeyP', ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(registry.handleKeydown(key({ key: 'p', code: 'KeyP', ctrlKey: true }))).toBe(true);
    await Promise.resolve();
    expect(ran).toEqual(['palette', 'palette', 'open']);
  });

  test('keys pass through when nothing is bound, the command is disabled, its keyWhen is false, or an IME is composing', () => {
    const registry = createCommandRegistry();
    registry.register({ id: 'studio.item.delete', title: title('Delete'), keybinding: 'Delete', keyWhen: () => false, run: () => undefined });
    registry.register({ id: 'studio.item.rename', title: title('Rename'), keybinding: 'F2', when: () => false, run: () => undefined });
    registry.register({ id: 'studio.item.open', title: title('Open'), keybinding: 'Ctrl+O', run: () => undefined });
    expect(registry.handleKeydown(key({ key: 'Delete' }))).toBe(false);
    expect(registry.handleKeydown(key({ key: 'F2' }))).toBe(false);
    expect(registry.handleKeydown(key({ key: 'x' }))).toBe(false);
    expect(registry.handleKeydown(key({ key: 'o', ctrlKey: true, isComposing: true }))).toBe(false);
    expect(registry.handleKeydown(key({ key: 'o', ctrlKey: true, shiftKey: true }))).toBe(false);
  });

  test('menus list the commands contributed to them', () => {
    const registry = createCommandRegistry();
    registry.register({ id: 'studio.item.rename', title: title('Rename'), menus: ['explorer/item'], run: () => undefined });
    registry.register({ id: 'studio.kit.edit', title: title('Edit'), menus: ['explorer/kit'], run: () => undefined });
    expect(registry.menuCommands('explorer/item').map((c) => c.id)).toEqual(['studio.item.rename']);
    expect(registry.keybindings('studio.kit.edit')).toEqual([]);
  });

  test('unregistering removes the command and tells listeners', () => {
    const registry = createCommandRegistry();
    const changes = vi.fn();
    registry.onDidChange(changes);
    const dispose = registry.register({ id: 'studio.a.b', title: title('B'), run: () => undefined });
    dispose();
    expect(registry.get('studio.a.b')).toBeUndefined();
    expect(changes).toHaveBeenCalledTimes(2);
  });
});
