/**
 * Every QA check Tinjau runs: stable id, family and default severity.
 *
 * Ids are persisted in profiles, ignores and reports; never rename one, add a new id instead.
 */
import type { QaSeverity } from './types';

export type QaFamily =
  | 'completeness'
  | 'numbers'
  | 'dates'
  | 'terminology'
  | 'consistency'
  | 'punctuation'
  | 'words'
  | 'preserved'
  | 'length'
  | 'spelling';

export interface QaCheckInfo {
  readonly id: string;
  readonly family: QaFamily;
  readonly severity: QaSeverity;
  readonly title: string;
}

export const QA_CHECKS = [
  { id: 'completeness.empty-target', family: 'completeness', severity: 'error', title: 'Empty target' },
  { id: 'completeness.identical', family: 'completeness', severity: 'warning', title: 'Target identical to source' },
  { id: 'completeness.indonesian-left', family: 'completeness', severity: 'warning', title: 'Indonesian left in the target' },
  { id: 'completeness.indonesian-words', family: 'completeness', severity: 'warning', title: 'Indonesian words left mid-sentence' },
  { id: 'numbers.missing', family: 'numbers', severity: 'error', title: 'Number missing' },
  { id: 'numbers.extra', family: 'numbers', severity: 'warning', title: 'Number not in the source' },
  { id: 'numbers.changed', family: 'numbers', severity: 'error', title: 'Number changed' },
  { id: 'numbers.identifier', family: 'numbers', severity: 'warning', title: 'Model or code name changed' },
  { id: 'numbers.scale-word', family: 'numbers', severity: 'error', title: 'Approximate number (puluhan juta …) changed' },
  { id: 'dates.missing', family: 'dates', severity: 'error', title: 'Date missing or changed' },
  { id: 'dates.source-order', family: 'dates', severity: 'warning', title: 'Date in Indonesian day/month order' },
  { id: 'dates.weekday', family: 'dates', severity: 'error', title: 'Day name missing or changed' },
  { id: 'dates.time', family: 'dates', severity: 'error', title: 'Time missing or changed' },
  { id: 'terminology.missing', family: 'terminology', severity: 'warning', title: 'Approved term missing' },
  { id: 'terminology.forbidden', family: 'terminology', severity: 'error', title: 'Forbidden term used' },
  { id: 'terminology.untranslated', family: 'terminology', severity: 'error', title: 'Source term left untranslated' },
  { id: 'terminology.variant', family: 'terminology', severity: 'info', title: 'Approved term written as a variant' },
  { id: 'consistency.source', family: 'consistency', severity: 'warning', title: 'Same source translated differently' },
  { id: 'consistency.target', family: 'consistency', severity: 'info', title: 'Same target for different sources' },
  { id: 'punctuation.end', family: 'punctuation', severity: 'warning', title: 'End punctuation differs' },
  { id: 'punctuation.unpaired', family: 'punctuation', severity: 'warning', title: 'Unpaired bracket or quote' },
  { id: 'punctuation.space-before', family: 'punctuation', severity: 'warning', title: 'Space before punctuation' },
  { id: 'punctuation.double-space', family: 'punctuation', severity: 'info', title: 'Double space' },
  { id: 'punctuation.edge-whitespace', family: 'punctuation', severity: 'info', title: 'Leading or trailing whitespace' },
  { id: 'punctuation.missing-space', family: 'punctuation', severity: 'warning', title: 'No space after a full stop' },
  { id: 'words.repeated', family: 'words', severity: 'warning', title: 'Repeated word' },
  { id: 'words.capitalisation', family: 'words', severity: 'info', title: 'First letter capitalisation differs' },
  { id: 'words.caps-not-carried', family: 'words', severity: 'warning', title: 'Capitalised name or code not carried over' },
  { id: 'words.id-abbreviation', family: 'words', severity: 'warning', title: 'Indonesian abbreviation left in the English' },
  { id: 'preserved.url', family: 'preserved', severity: 'error', title: 'URL missing or changed' },
  { id: 'preserved.email', family: 'preserved', severity: 'error', title: 'E-mail address missing or changed' },
  { id: 'preserved.handle', family: 'preserved', severity: 'warning', title: '@handle missing or changed' },
  { id: 'preserved.hashtag', family: 'preserved', severity: 'warning', title: '#hashtag missing or changed' },
  { id: 'preserved.code', family: 'preserved', severity: 'error', title: 'Code missing (9M723, 5G …)' },
  { id: 'preserved.inline-code', family: 'preserved', severity: 'error', title: 'Inline code missing or extra' },
  { id: 'preserved.inline-code-order', family: 'preserved', severity: 'warning', title: 'Inline codes out of order' },
  { id: 'length.ratio', family: 'length', severity: 'info', title: 'Target length unusual for the source' },
  { id: 'spelling.misspelled', family: 'spelling', severity: 'warning', title: 'Possible misspelling' },
] as const satisfies readonly QaCheckInfo[];

export type QaCheckId = (typeof QA_CHECKS)[number]['id'];

export const QA_CHECK_IDS: readonly string[] = QA_CHECKS.map((c) => c.id);

const BY_ID = new Map<string, QaCheckInfo>(QA_CHECKS.map((c) => [c.id, c]));

export function qaCheckInfo(id: string): QaCheckInfo | undefined {
  return BY_ID.get(id);
}
