import { describe, expect, it } from 'vitest';
import { DEFAULT_KEYS, KEY_ACTIONS, refusalOf } from '../../../shared/keymap';

describe('which keys can be shortcuts', () => {
  it('takes F-keys and combinations with Ctrl or Alt', () => {
    for (const combo of ['F8', 'Shift+F2', 'Ctrl+I', 'Alt+J', 'Ctrl+Alt+ArrowLeft', 'Ctrl+[', 'Alt+Shift+0', 'Ctrl+Shift+1']) expect(refusalOf(combo), combo).toBeNull();
  });

  it('refuses Tab, which moves focus, with or without modifiers', () => {
    expect(refusalOf('Tab')).toEqual({ kind: 'tab' });
    expect(refusalOf('Shift+Tab')).toEqual({ kind: 'tab' });
    expect(refusalOf('Ctrl+Tab')).toEqual({ kind: 'tab' });
  });

  it('refuses a key that would be typed: alone or with Shift only', () => {
    expect(refusalOf('E')).toEqual({ kind: 'unmodified' });
    expect(refusalOf('Shift+E')).toEqual({ kind: 'unmodified' });
    expect(refusalOf('Enter')).toEqual({ kind: 'unmodified' });
    expect(refusalOf('Shift+ArrowDown')).toEqual({ kind: 'unmodified' });
  });

  it('refuses the fixed keys for terms and TM matches, and the editing keys', () => {
    expect(refusalOf('Alt+2')).toEqual({ kind: 'insertTerm', n: 2 });
    expect(refusalOf('Alt+Shift+9')).toEqual({ kind: 'insertTerm', n: 9 });
    expect(refusalOf('Ctrl+3')).toEqual({ kind: 'useMatch', n: 3 });
    for (const combo of ['Ctrl+Z', 'Ctrl+Shift+Z', 'Ctrl+Y', 'Ctrl+X', 'Ctrl+C', 'Ctrl+V', 'Ctrl+A', 'Ctrl+ArrowLeft']) expect(refusalOf(combo), combo).toEqual({ kind: 'editing' });
  });

  it('accepts every default key', () => {
    for (const action of KEY_ACTIONS.filter((a) => DEFAULT_KEYS[a] !== '')) expect(refusalOf(DEFAULT_KEYS[action]), action).toBeNull();
  });
});
