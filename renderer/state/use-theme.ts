import { useEffect } from 'react';
import type { Settings } from '../../shared/api/types';

/** Light, dark, or whatever the system prefers (following it when it changes). */
export function useTheme(theme: 'light' | 'dark' | 'system'): void {
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      const dark = theme === 'dark' || (theme === 'system' && media.matches);
      document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    };
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
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
