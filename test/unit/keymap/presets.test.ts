import { describe, expect, it } from 'vitest';
import { actionFor, conflicts, DEFAULT_KEYS, effectiveKeys } from '../../../shared/keymap';
import { KEYMAP_PRESETS, presetOf, presetOverrides } from '../../../shared/keymap-presets';

const ev = (key: string, code: string, mods: Partial<{ ctrlKey: boolean; shiftKey: boolean }> = {}) => ({ key, code, ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, ...mods });

describe('keymap presets', () => {
  it('keep Tinjau\'s defaults as they were, and give no preset two actions on one key', () => {
    expect(presetOverrides('tinjau')).toEqual({});
    expect(DEFAULT_KEYS.copyDraft).toBe('Ctrl+Shift+I');
    expect(DEFAULT_KEYS.confirm).toBe('Ctrl+Enter');
    for (const preset of KEYMAP_PRESETS) expect(conflicts(effectiveKeys(presetOverrides(preset))), preset).toEqual([]);
  });

  it('copy the source with each tool\'s own key: memoQ Ctrl+Shift+S, Trados Ctrl+Insert, OmegaT Ctrl+Shift+I', () => {
    expect(actionFor(ev('S', 'KeyS', { ctrlKey: true, shiftKey: true }), effectiveKeys(presetOverrides('memoq')))).toBe('copySource');
    expect(actionFor(ev('Insert', 'Insert', { ctrlKey: true }), effectiveKeys(presetOverrides('trados')))).toBe('copySource');
    const omegat = effectiveKeys(presetOverrides('omegat'));
    expect(actionFor(ev('I', 'KeyI', { ctrlKey: true, shiftKey: true }), omegat)).toBe('copySource');
    expect(actionFor(ev('u', 'KeyU', { ctrlKey: true }), omegat)).toBe('nextOpen');
    expect(actionFor(ev('Enter', 'Enter'), omegat)).toBe('confirm');
    // In Tinjau's own keys Ctrl+Shift+I still inserts the draft.
    expect(actionFor(ev('I', 'KeyI', { ctrlKey: true, shiftKey: true }), effectiveKeys({}))).toBe('copyDraft');
  });

  it('tell which preset a stored keymap is, and none once a key was changed', () => {
    for (const preset of KEYMAP_PRESETS) expect(presetOf(presetOverrides(preset))).toBe(preset);
    expect(presetOf(undefined)).toBe('tinjau');
    expect(presetOf({ ...presetOverrides('trados'), toggleDiff: 'Alt+D' })).toBeNull();
  });
});
