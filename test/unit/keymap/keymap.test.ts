import { describe, expect, it } from 'vitest';
import { actionFor, comboOf, conflicts, DEFAULT_KEYS, displayCombo, effectiveKeys, normalizeCombo } from '../../../shared/keymap';

const ev = (key: string, code: string, mods: Partial<{ ctrlKey: boolean; altKey: boolean; shiftKey: boolean; metaKey: boolean }> = {}) => ({
  key, code, ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, ...mods,
});

describe('keymap', () => {
  it('reads key events the way the keymap spells them, whatever the layout does to letters', () => {
    expect(comboOf(ev('Enter', 'Enter', { ctrlKey: true }))).toBe('Ctrl+Enter');
    expect(comboOf(ev('Î', 'KeyD', { ctrlKey: true, shiftKey: true }))).toBe('Ctrl+Shift+D');
    expect(comboOf(ev('/', 'Slash', { metaKey: true }))).toBe('Ctrl+/');
    expect(comboOf(ev('Shift', 'ShiftLeft', { shiftKey: true }))).toBeNull();
  });

  it('finds the action for an event, honouring the reviewer\'s remapping', () => {
    const keys = effectiveKeys({ toggleDiff: 'Alt+D' });
    expect(actionFor(ev('Enter', 'Enter', { ctrlKey: true }), keys)).toBe('confirm');
    expect(actionFor(ev('d', 'KeyD', { altKey: true }), keys)).toBe('toggleDiff');
    expect(actionFor(ev('D', 'KeyD', { ctrlKey: true, shiftKey: true }), keys)).toBeNull();
  });

  it('normalizes typed combinations and reports clashes', () => {
    expect(normalizeCombo('shift + ctrl + d')).toBe('Ctrl+Shift+D');
    expect(normalizeCombo('Cmd+G')).toBe('Ctrl+G');
    expect(normalizeCombo('Ctrl+Shift')).toBeNull();
    expect(conflicts(DEFAULT_KEYS)).toEqual([]);
    expect(conflicts(effectiveKeys({ jumpTo: 'Ctrl+H' }))).toEqual([['findReplace', 'jumpTo']]);
  });

  it('shows arrow keys as arrows in labels', () => {
    expect(displayCombo('Ctrl+Alt+ArrowDown')).toBe('Ctrl+Alt+↓');
    expect(displayCombo('Ctrl+Enter')).toBe('Ctrl+Enter');
  });
});
