import type { GlossaryEntry, TermStatus } from '../../../shared/glossary/model';
import { stem } from '../../../shared/language/id/stemmer';

export type GlossaryEntryRow = GlossaryEntry & { readonly glossary: string };

export interface GlossaryQuery {
  readonly text: string;
  readonly status: TermStatus | 'all';
  readonly domain: string;
  readonly sort: 'source' | 'updated';
}

const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter(Boolean);

/**
 * Filters and sorts glossary entries. A query word matches an Indonesian term also by its root
 * ("melanggar" finds "pelanggaran"), so a reviewer can search the way the text is written.
 */
export function filterEntries(entries: readonly GlossaryEntryRow[], query: GlossaryQuery): GlossaryEntryRow[] {
  const needle = query.text.trim().toLowerCase();
  const needleRoots = new Set(words(needle).map((w) => stem(w).root));
  const result = entries.filter((e) => {
    if (query.status !== 'all' && !e.targets.some((t) => t.status === query.status)) return false;
    if (query.domain && (e.domain ?? '') !== query.domain) return false;
    if (!needle) return true;
    const haystack = [...e.sourceTerms, ...e.targets.map((t) => t.text), e.note ?? '', e.domain ?? ''].join(' ').toLowerCase();
    if (haystack.includes(needle)) return true;
    return needleRoots.size > 0 && e.sourceTerms.some((term) => words(term).some((w) => needleRoots.has(stem(w).root)));
  });
  return result.sort((a, b) =>
    query.sort === 'updated' ? b.updatedAt.localeCompare(a.updatedAt) : (a.sourceTerms[0] ?? '').localeCompare(b.sourceTerms[0] ?? '', 'id'),
  );
}

/** Domains in use, for the filter. */
export function domainsOf(entries: readonly GlossaryEntry[]): string[] {
  return [...new Set(entries.map((e) => e.domain ?? '').filter(Boolean))].sort();
}
