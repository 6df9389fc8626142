import type { FormatterModule } from 'i18next';

const cache = new Map<string, Intl.NumberFormat>();

/**
 * An i18next formatter that writes every interpolated number in the interface locale
 * (12,345 in English, 12.345 in Indonesian) without each string asking for it. `{{n}}` is a
 * segment number, an identifier like a page number, and stays as it is.
 */
export const numberFormatter: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  // Typed as returning a string, but i18next hands every value through; others go back untouched.
  format: (value: unknown, _format?: string, lng?: string, options?: Record<string, unknown>): string => {
    if (typeof value !== 'number' || options?.['interpolationkey'] === 'n') return value as string;
    const locale = lng ?? 'en';
    let fmt = cache.get(locale);
    if (!fmt) {
      fmt = new Intl.NumberFormat(locale);
      cache.set(locale, fmt);
    }
    return fmt.format(value);
  },
};
