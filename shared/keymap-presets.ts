import type { KeyAction } from './keymap';
import { DEFAULT_KEYS, KEY_ACTIONS } from './keymap';

/**
 * Keymap presets for reviewers coming from other tools: each is a set of overrides of Tinjau's
 * defaults (so an action the tool has no equivalent for keeps Tinjau's key). Sources:
 * - memoQ: Ctrl+Enter confirms, Ctrl+Shift+S copies the source to the target, Ctrl+K concordance,
 *   Ctrl+E adds a term, Ctrl+H find and replace (memoQ's default shortcut set).
 * - Trados Studio: Ctrl+Enter confirms, Ctrl+Insert copies the source to the target, F3 concordance
 *   search, Ctrl+F2 adds a new term, Ctrl+H find and replace, Ctrl+G go to segment.
 * - OmegaT: its own MainMenuShortcuts.properties (OmegaT 5/6): Ctrl+Shift+I insert source,
 *   Ctrl+M replace with machine translation (here: the draft), Ctrl+N / Ctrl+P next / previous
 *   segment, Ctrl+U next untranslated, Ctrl+J go to segment, Ctrl+K search and replace, Ctrl+F
 *   search the project (concordance), Ctrl+Shift+G create a glossary entry; Enter in the
 *   editor moves on and records the translation. Ctrl+Shift+R means "replace with source" in
 *   OmegaT, so Tinjau's revert to the draft has no key there.
 */
export const KEYMAP_PRESETS = ['tinjau', 'memoq', 'trados', 'omegat'] as const;
export type KeymapPreset = (typeof KEYMAP_PRESETS)[number];

export const PRESET_KEYS: Readonly<Record<KeymapPreset, Readonly<Partial<Record<KeyAction, string>>>>> = {
  tinjau: {},
  memoq: {
    confirm: 'Ctrl+Enter',
    copySource: 'Ctrl+Shift+S',
    concordance: 'Ctrl+K',
    addTerm: 'Ctrl+E',
    findReplace: 'Ctrl+H',
  },
  trados: {
    confirm: 'Ctrl+Enter',
    copySource: 'Ctrl+Insert',
    concordance: 'F3',
    addTerm: 'Ctrl+F2',
    findReplace: 'Ctrl+H',
    jumpTo: 'Ctrl+G',
  },
  omegat: {
    confirm: 'Enter',
    copySource: 'Ctrl+Shift+I',
    copyDraft: 'Ctrl+M',
    revertDraft: '',
    next: 'Ctrl+N',
    previous: 'Ctrl+P',
    nextOpen: 'Ctrl+U',
    jumpTo: 'Ctrl+J',
    findReplace: 'Ctrl+K',
    concordance: 'Ctrl+F',
    addTerm: 'Ctrl+Shift+G',
  },
};

/** The overrides to store for a preset: only the keys that differ from Tinjau's defaults. */
export function presetOverrides(preset: KeymapPreset): Partial<Record<KeyAction, string>> {
  const out: Partial<Record<KeyAction, string>> = {};
  for (const [action, combo] of Object.entries(PRESET_KEYS[preset]) as [KeyAction, string][]) if (DEFAULT_KEYS[action] !== combo) out[action] = combo;
  return out;
}

/** Which preset a reviewer's keymap is exactly, or null once a key of it has been changed. */
export function presetOf(overrides: Partial<Record<KeyAction, string>> | undefined): KeymapPreset | null {
  const keys = { ...DEFAULT_KEYS, ...(overrides ?? {}) };
  return KEYMAP_PRESETS.find((preset) => KEY_ACTIONS.every((a) => keys[a] === ({ ...DEFAULT_KEYS, ...PRESET_KEYS[preset] })[a])) ?? null;
}
