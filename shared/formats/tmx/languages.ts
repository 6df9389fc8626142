/** Primary language subtag, lower case, with the old Indonesian code `in` read as `id`. */
export function primaryLanguage(code: string): string {
  const primary = code.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return primary === 'in' ? 'id' : primary;
}

export interface LanguagePair {
  readonly source: string;
  readonly target?: string;
}

/**
 * Chooses which of a memory's languages is the source and which the target.
 *
 * Tinjau reviews Indonesian → English, so those win; otherwise the header's `srclang` and the first
 * other language seen.
 */
export function chooseLanguages(seen: readonly string[], headerSource: string | undefined): LanguagePair | undefined {
  const header = headerSource && headerSource !== '*all*' ? headerSource : undefined;
  const source = seen.find((l) => primaryLanguage(l) === 'id') ?? (header ? seen.find((l) => sameLanguage(l, header)) ?? header : seen[0]);
  if (!source) return undefined;
  const others = seen.filter((l) => !sameLanguage(l, source));
  const otherLanguages = others.filter((l) => primaryLanguage(l) !== primaryLanguage(source));
  // en-US → en-GB (a localisation memory) has no other language: the other region is the target.
  const target = otherLanguages.find((l) => primaryLanguage(l) === 'en') ?? otherLanguages[0] ?? others[0];
  return target ? { source, target } : { source };
}

export function sameLanguage(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The variant of `wanted` among `candidates`: exact (case-insensitive) first, then same primary language. */
export function pickLanguage<T>(candidates: readonly T[], langOf: (c: T) => string, wanted: string): T | undefined {
  return (
    candidates.find((c) => sameLanguage(langOf(c), wanted)) ??
    candidates.find((c) => primaryLanguage(langOf(c)) === primaryLanguage(wanted))
  );
}
