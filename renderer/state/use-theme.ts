import { useEffect } from 'react';
import type { Settings } from '../../shared/api/types';
import { applyTheme, rememberLook } from './remembered-look';

/** Light, dark, or whatever the system prefers (the stylesheet follows the system itself). */
export function useTheme(theme: 'light' | 'dark' | 'system' | null): void {
  useEffect(() => {
    if (theme === null) return;
    applyTheme(theme);
    rememberLook({ theme });
  }, [theme]);
}

/** Fonts and size of the language columns, as CSS variables the grid and editor use. */
export function useTextSettings(settings: Settings | null): void {
  useEffect(() => {
    const style = document.documentElement.style;
    if (!settings) return;
    style.setProperty('--text-size', `${settings.fontSize}px`);
    if (settings.sourceFont) style.setProperty('--font-source', settings.sourceFont);
    else style.removeProperty('--font-source');
    if (settings.targetFont) style.setProperty('--font-target', settings.targetFont);
    else style.removeProperty('--font-target');
  }, [settings]);
}
