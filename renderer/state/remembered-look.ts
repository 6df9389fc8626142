/**
 * The interface language and theme as last seen, kept in the browser's storage so the first
 * frame is already in the reviewer's language and theme: settings arrive from the service a
 * moment later, and until then "Loading…" would be English and a dark theme white.
 */
export interface Look {
  readonly language: 'en' | 'id';
  readonly theme: 'light' | 'dark' | 'system';
}

const KEY = 'tinjau.look';

export function rememberedLook(): Look {
  const fallback: Look = { language: navigator.language.toLowerCase().startsWith('id') ? 'id' : 'en', theme: 'system' };
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Look> | null;
    return {
      language: saved?.language === 'id' || saved?.language === 'en' ? saved.language : fallback.language,
      theme: saved?.theme === 'light' || saved?.theme === 'dark' || saved?.theme === 'system' ? saved.theme : fallback.theme,
    };
  } catch {
    return fallback;
  }
}

export function rememberLook(change: Partial<Look>): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...rememberedLook(), ...change }));
  } catch {
    /* storage may be unavailable (a locked-down profile); the settings still apply */
  }
}

/** Sets the theme on the document: light, dark, or the system's choice (CSS follows it). */
export function applyTheme(theme: Look['theme']): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}
