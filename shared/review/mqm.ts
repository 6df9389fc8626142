/**
 * MQM error typology and scoring.
 *
 * Categories are the MQM core dimensions reviewers use for news translation; penalties follow the
 * MQM scoring model (neutral 0, minor 1, major 5, critical 25). The score is penalty points per
 * 1,000 source words, so documents of different lengths compare; a project sets the pass threshold.
 */

export const MQM_CATEGORIES = [
  { id: 'accuracy.mistranslation', dimension: 'Accuracy', label: 'Mistranslation' },
  { id: 'accuracy.omission', dimension: 'Accuracy', label: 'Omission' },
  { id: 'accuracy.addition', dimension: 'Accuracy', label: 'Addition' },
  { id: 'accuracy.untranslated', dimension: 'Accuracy', label: 'Untranslated' },
  { id: 'fluency.grammar', dimension: 'Fluency', label: 'Grammar' },
  { id: 'fluency.spelling', dimension: 'Fluency', label: 'Spelling' },
  { id: 'fluency.punctuation', dimension: 'Fluency', label: 'Punctuation' },
  { id: 'terminology', dimension: 'Terminology', label: 'Terminology' },
  { id: 'style', dimension: 'Style', label: 'Style' },
  { id: 'locale.number', dimension: 'Locale convention', label: 'Number format' },
  { id: 'locale.date', dimension: 'Locale convention', label: 'Date format' },
  { id: 'locale.measurement', dimension: 'Locale convention', label: 'Measurement' },
  { id: 'design.markup', dimension: 'Design and markup', label: 'Markup' },
] as const;

export type MqmCategory = (typeof MQM_CATEGORIES)[number]['id'];

export const MQM_CATEGORY_IDS: readonly MqmCategory[] = MQM_CATEGORIES.map((c) => c.id);

export type MqmSeverity = 'neutral' | 'minor' | 'major' | 'critical';

export const MQM_SEVERITIES: readonly MqmSeverity[] = ['neutral', 'minor', 'major', 'critical'];

export const MQM_PENALTY: Readonly<Record<MqmSeverity, number>> = { neutral: 0, minor: 1, major: 5, critical: 25 };

/** What scoring needs from an annotation. */
export interface MqmError {
  readonly category: MqmCategory;
  readonly severity: MqmSeverity;
}

export interface CategoryTally {
  readonly count: number;
  readonly points: number;
}

export interface MqmScore {
  readonly penaltyPoints: number;
  /** Penalty points per 1,000 source words; Infinity when points fall on an empty document. */
  readonly perThousandWords: number;
  readonly threshold: number;
  /** True when the penalty per 1,000 words does not exceed the threshold. */
  readonly pass: boolean;
  readonly byCategory: Readonly<Partial<Record<MqmCategory, CategoryTally>>>;
  readonly bySeverity: Readonly<Record<MqmSeverity, number>>;
  readonly errorCount: number;
}

/**
 * Scores annotations against the document's source word count.
 *
 * @param threshold the most penalty points per 1,000 source words that still passes (e.g. 10).
 */
export function mqmScore(annotations: readonly MqmError[], sourceWordCount: number, threshold: number): MqmScore {
  let penaltyPoints = 0;
  const byCategory: Partial<Record<MqmCategory, CategoryTally>> = {};
  const bySeverity: Record<MqmSeverity, number> = { neutral: 0, minor: 0, major: 0, critical: 0 };
  for (const a of annotations) {
    const points = MQM_PENALTY[a.severity];
    penaltyPoints += points;
    bySeverity[a.severity]++;
    const t = byCategory[a.category] ?? { count: 0, points: 0 };
    byCategory[a.category] = { count: t.count + 1, points: t.points + points };
  }
  const perThousandWords = sourceWordCount > 0 ? (penaltyPoints * 1000) / sourceWordCount : penaltyPoints > 0 ? Infinity : 0;
  return {
    penaltyPoints,
    perThousandWords,
    threshold,
    pass: perThousandWords <= threshold,
    byCategory,
    bySeverity,
    errorCount: annotations.filter((a) => a.severity !== 'neutral').length,
  };
}
