import type { TFunction } from 'i18next';
import { DEFAULT_BOILERPLATE_RULES } from '../../../shared/boilerplate/rules';
import type { Exclusion } from '../../../shared/model/segment';

const DEFAULT_LABELS: ReadonlyMap<string, string> = new Map(DEFAULT_BOILERPLATE_RULES.map((r) => [r.id, r.label]));

/** A rule's name in the interface language: Tinjau's own rules are translated until the reviewer renames them. */
export function ruleLabel(t: TFunction, rule: { readonly id: string; readonly label: string }): string {
  return DEFAULT_LABELS.get(rule.id) === rule.label ? t(`rules.defaults.${rule.id}`) : rule.label;
}

/** Why a segment is excluded, in the interface language where the reason is Tinjau's own words. */
export function exclusionReason(t: TFunction, excluded: Exclusion): string {
  if (excluded.rule === 'manual') return t('rules.excludedByReviewer');
  if (excluded.rule === 'file') return t('rules.excludedInFile');
  if (excluded.rule === 'page') return t('rules.excludedPageFurniture');
  const ids = excluded.rules ?? [excluded.rule];
  const english = ids.map((id) => DEFAULT_LABELS.get(id));
  const lines = excluded.lines ?? 1;
  const said = `${english.join(', ')}${lines > 1 ? ` (${lines} lines)` : ''}`;
  // A custom rule, or a rule renamed since: the stored reason is the reviewer's own words.
  if (english.some((l) => l === undefined) || said !== excluded.reason) return excluded.reason;
  const labels = ids.map((id) => t(`rules.defaults.${id}`)).join(', ');
  return lines > 1 ? t('rules.reasonLines', { labels, lines }) : labels;
}
