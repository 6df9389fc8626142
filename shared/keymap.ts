/**
 * The workbench's keyboard actions and their default keys. Reviewers can remap any of them;
 * the map is stored in settings as action id → key combination ("Ctrl+Shift+D").
 */
export const KEY_ACTIONS = [
  'confirm',
  'next',
  'previous',
  'nextOpen',
  'copyDraft',
  'revertDraft',
  'toggleDiff',
  'findReplace',
  'jumpTo',
  'focusFilter',
  'addTerm',
  'concordance',
  'shortcuts',
  'copySource',
  'exclude',
  'join',
  'draftUp',
  'draftDown',
  'noDraft',
  'mergeNext',
  'splitPair',
  'undoPair',
] as const;

export type KeyAction = (typeof KEY_ACTIONS)[number];

export const DEFAULT_KEYS: Readonly<Record<KeyAction, string>> = {
  confirm: 'Ctrl+Enter',
  next: 'Alt+ArrowDown',
  previous: 'Alt+ArrowUp',
  nextOpen: 'Ctrl+Alt+ArrowDown',
  copyDraft: 'Ctrl+Shift+I',
  revertDraft: 'Ctrl+Shift+R',
  toggleDiff: 'Ctrl+Shift+D',
  findReplace: 'Ctrl+H',
  jumpTo: 'Ctrl+G',
  focusFilter: 'Ctrl+Shift+F',
  addTerm: 'Ctrl+Shift+T',
  concordance: 'Ctrl+K',
  shortcuts: 'Ctrl+/',
  copySource: 'Ctrl+Shift+S',
  // The rarely used segment actions have no key until a reviewer gives them one ('' = none).
  exclude: '',
  join: '',
  draftUp: 'Ctrl+Shift+ArrowUp',
  draftDown: 'Ctrl+Shift+ArrowDown',
  noDraft: '',
  mergeNext: '',
  splitPair: '',
  undoPair: '',
};

export interface KeyEventLike {
  readonly key: string;
  readonly code?: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

const MODIFIERS = ['Ctrl', 'Alt', 'Shift'] as const;

/** The combination a key event makes, in the same spelling as the keymap ("Ctrl+Shift+D"). */
export function comboOf(e: KeyEventLike): string | null {
  const key = keyName(e);
  if (!key) return null;
  const mods = [e.ctrlKey || e.metaKey ? 'Ctrl' : null, e.altKey ? 'Alt' : null, e.shiftKey ? 'Shift' : null].filter(Boolean);
  return [...mods, key].join('+');
}

/** Layout-independent for letters and digits (Alt+Shift changes `key` on many layouts). */
function keyName(e: KeyEventLike): string | null {
  if (['Control', 'Alt', 'Shift', 'Meta', 'AltGraph'].includes(e.key)) return null;
  if (e.code?.startsWith('Key')) return e.code.slice(3);
  if (e.code?.startsWith('Digit')) return e.code.slice(5);
  if (e.code === 'Slash') return '/';
  if (e.key.length === 1) return e.key.toUpperCase();
  return e.key;
}

/** Normalizes a typed-in combination ("shift+ctrl+d" → "Ctrl+Shift+D"); null if it has no key. */
export function normalizeCombo(text: string): string | null {
  const parts = text.split('+').map((p) => p.trim()).filter(Boolean);
  const mods = MODIFIERS.filter((m) => parts.some((p) => p.toLowerCase() === m.toLowerCase() || (m === 'Ctrl' && /^(cmd|meta|control)$/i.test(p))));
  const keys = parts.filter((p) => !/^(ctrl|alt|shift|cmd|meta|control)$/i.test(p));
  if (keys.length !== 1) return null;
  const key = keys[0] as string;
  return [...mods, key.length === 1 ? key.toUpperCase() : key].join('+');
}

/** The effective keymap: defaults overridden by the reviewer's choices. */
export function effectiveKeys(overrides: Partial<Record<KeyAction, string>> | undefined): Record<KeyAction, string> {
  return { ...DEFAULT_KEYS, ...(overrides ?? {}) };
}

/**
 * Whether a combination has no Ctrl, Alt or F key ("Enter" in the OmegaT preset): such a key
 * acts only in the segment editor, since elsewhere it presses buttons or types.
 */
export function isPlainKey(combo: string): boolean {
  return refusalOf(combo)?.kind === 'unmodified';
}

/** Which action, if any, a key event triggers. */
export function actionFor(e: KeyEventLike, keys: Readonly<Record<KeyAction, string>>): KeyAction | null {
  const combo = comboOf(e);
  if (!combo) return null;
  for (const action of KEY_ACTIONS) if (keys[action] === combo) return action;
  return null;
}

/** Why a combination cannot be a shortcut: it would break moving, typing or another fixed key. */
export type Refusal =
  | { readonly kind: 'tab' }
  | { readonly kind: 'unmodified' }
  | { readonly kind: 'insertTerm'; readonly n: number }
  | { readonly kind: 'useMatch'; readonly n: number }
  | { readonly kind: 'editing' };

/** Keys every text field uses for editing and moving by word. */
const EDITING_KEYS: ReadonlySet<string> = new Set(
  ['Z', 'Shift+Z', 'Y', 'X', 'C', 'V', 'Shift+V', 'A', 'Backspace', 'Delete', 'ArrowLeft', 'ArrowRight', 'Shift+ArrowLeft', 'Shift+ArrowRight', 'Home', 'End', 'Shift+Home', 'Shift+End'].map(
    (k) => `Ctrl+${k}`,
  ),
);

/**
 * Whether a recorded combination can be a shortcut, and if not why. F-keys can, alone or with
 * modifiers; any other key needs Ctrl (or Cmd) or Alt, since with Shift alone it is typed.
 * Tab moves focus, and Alt+1..9 (insert a term), Ctrl+1..9 (use a TM match) and the editing
 * keys are taken.
 */
export function refusalOf(combo: string): Refusal | null {
  const parts = combo.split('+');
  const key = parts[parts.length - 1] ?? '';
  const mods = new Set(parts.slice(0, -1));
  if (key === 'Tab') return { kind: 'tab' };
  if (/^F([1-9]|1\d|2[0-4])$/.test(key)) return null;
  if (!mods.has('Ctrl') && !mods.has('Alt')) return { kind: 'unmodified' };
  if (/^[1-9]$/.test(key) && mods.has('Alt') && !mods.has('Ctrl')) return { kind: 'insertTerm', n: Number(key) };
  if (/^[1-9]$/.test(key) && mods.has('Ctrl') && mods.size === 1) return { kind: 'useMatch', n: Number(key) };
  if (EDITING_KEYS.has(combo)) return { kind: 'editing' };
  return null;
}

/** Two actions on one combination make one of them unreachable: report them. */
export function conflicts(keys: Readonly<Record<KeyAction, string>>): [KeyAction, KeyAction][] {
  const out: [KeyAction, KeyAction][] = [];
  KEY_ACTIONS.forEach((a, i) => KEY_ACTIONS.slice(i + 1).forEach((b) => keys[a] !== '' && keys[a] === keys[b] && out.push([a, b])));
  return out;
}

const KEY_SYMBOLS: Readonly<Record<string, string>> = { ArrowDown: '↓', ArrowUp: '↑', ArrowLeft: '←', ArrowRight: '→' };

/** A combination as people read it ("Alt+↓"), for labels; the keymap keeps the key names. */
export function displayCombo(combo: string): string {
  if (combo === '') return '—';
  return combo
    .split('+')
    .map((part) => KEY_SYMBOLS[part] ?? part)
    .join('+');
}
