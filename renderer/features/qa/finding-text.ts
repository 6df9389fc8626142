import type { TFunction } from 'i18next';
import type { QaFinding } from '../../../shared/qa/types';

/** A finding's message in the interface language (English is the check's own text). */
export function findingText(t: TFunction, language: string, finding: Pick<QaFinding, 'message' | 'text'>): string {
  if (language === 'en' || !finding.text) return finding.message;
  return t(`qa.msg.${finding.text.key}`, { ...finding.text.args, defaultValue: finding.message });
}
