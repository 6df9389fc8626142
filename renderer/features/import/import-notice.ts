import type { TFunction } from 'i18next';
import type { ImportResult } from '../../../shared/api/types';
import { localMessage } from '../../i18n/local-message';

/** One line that says what an import did: counts, boilerplate, pairings to check, warnings. */
export function importNotice(result: ImportResult, t: TFunction): string {
  const p = result.document.progress;
  const parts = [t('import.summary', { name: result.document.name, segments: p.segments, excluded: p.excluded })];
  if (result.lowConfidence.length) parts.push(t('import.toCheck', { count: result.lowConfidence.length }));
  if (result.unmatchedDraft.length) parts.push(t('import.unmatched', { count: result.unmatchedDraft.length }));
  parts.push(...result.warnings.map((w) => localMessage(w)));
  return parts.join(' ');
}
