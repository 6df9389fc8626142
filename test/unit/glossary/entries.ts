import type { GlossaryEntry, GlossaryTarget } from '../../../shared/glossary/model';
import { createEntry } from '../../../shared/glossary/revision';

/** A glossary entry for tests: `entry('kerja sama', 'cooperation')`. */
export function entry(
  source: string | string[],
  target: string | GlossaryTarget[],
  extra: Partial<Pick<GlossaryEntry, 'caseSensitive' | 'pos' | 'morphology' | 'id' | 'note' | 'domain'>> = {},
): GlossaryEntry {
  const sourceTerms = Array.isArray(source) ? source : [source];
  const targets = typeof target === 'string' ? [{ text: target, status: 'preferred' as const }] : target;
  return createEntry({ sourceTerms, targets, caseSensitive: false, ...extra }, '2026-01-01T00:00:00.000Z');
}
