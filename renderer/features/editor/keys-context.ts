import { createContext, useContext } from 'react';
import type { KeyAction } from '../../../shared/keymap';
import { DEFAULT_KEYS, displayCombo } from '../../../shared/keymap';

/** The reviewer's effective keymap, for tooltips that name a shortcut (and stay true when it changes). */
export const KeysContext = createContext<Readonly<Record<KeyAction, string>>>(DEFAULT_KEYS);

/** "hint (Ctrl+Shift+↑)", or the hint alone when the action has no key. */
export function useHintWithKeys(): (hint: string, action: KeyAction) => string {
  const keys = useContext(KeysContext);
  return (hint, action) => (keys[action] ? `${hint} (${displayCombo(keys[action])})` : hint);
}
