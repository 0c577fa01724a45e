import { describe, expect, test } from 'vitest';
import { formatKeybinding } from '../../../../../../entrypoints/options/studio/shell/format-keybinding';
import { fuzzyScore } from '../../../../../../entrypoints/options/studio/shell/fuzzy-score';
import { keybindingMatches } from '../../../../../../entrypoints/options/studio/shell/keybinding-matches';

describe('fuzzyScore', () => {
  test('matches characters in order, Chinese included, and says which matched', () => {
    expect(fuzzyScore('新条目', '新建条目')?.matches).toEqual([0, 2, 3]);
    expect(fuzzyScore('ni', 'New Item')?.matches).toEqual([0, 4]);
    expect(fuzzyScore('目条', '新建条目')).toBeNull();
  });

  test('an exact title beats a prefix, which beats a scattered match', () => {
    const exact = fuzzyScore('New Item', 'New Item')!.score;
    const prefix = fuzzyScore('New', 'New Item')!.score;
    const scattered = fuzzyScore('nm', 'New Item')!.score;
    expect(exact).toBeGreaterThan(prefix);
    expect(prefix).toBeGreaterThan(scattered);
  });
});

describe('keybindings', () => {
  const event = (init: Partial<KeyboardEvent>) => ({ key: '', code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...init });

  test('modifiers must match exactly', () => {
    expect(keybindingMatches(event({ key: 'P', code: 'KeyP', ctrlKey: true, shiftKey: true }), 'Ctrl+Shift+P')).toBe(true);
    expect(keybindingMatches(event({ key: 'p', code: 'KeyP', ctrlKey: true, shiftKey: true }), 'Ctrl+P')).toBe(false);
    expect(keybindingMatches(event({ key: 'F1' }), 'F1')).toBe(true);
    expect(keybindingMatches(event({ key: 'Tab', ctrlKey: true }), 'Ctrl+Tab')).toBe(true);
  });

  test('a letter is found by its physical key when Alt changes the character', () => {
    expect(keybindingMatches(event({ key: '∑', code: 'KeyW', altKey: true }), 'Alt+W')).toBe(true);
  });

  test('formats for people', () => {
    expect(formatKeybinding('Mod+Shift+P', false)).toBe('Ctrl+Shift+P');
    expect(formatKeybinding('Mod+Shift+P', true)).toBe('⌘⇧P');
  });
});
