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

/**
 * A number typed in the interface language's style: "1.234,5" in Indonesian, "1,234.5" in
 * English; a lone comma is a decimal comma in Indonesian. NaN when it is not a number.
 */
export function parseLocaleNumber(text: string, language: string): number {
  const trimmed = text.trim().replace(/\s/g, '');
  if (!/^[-+]?[\d.,]+$/.test(trimmed)) return Number.NaN;
  const [group, decimal] = language === 'id' ? ['.', ','] : [',', '.'];
  // Grouping only in threes ("1.234"), so "1.5" typed in Indonesian is read as 1,5 and not 15.
  const groups = new RegExp(`\\${group}(?=\\d{3}(?:\\D|$))`, 'g');
  const plain = trimmed.replace(groups, '').replace(group, decimal).replace(decimal, '.');
  return /^[-+]?\d*\.?\d+$/.test(plain) ? Number(plain) : Number.NaN;
}
