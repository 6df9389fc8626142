/**
 * Applying the boilerplate rules to documents already imported.
 *
 * Only exclusions a rule made are Tinjau's to change: a segment the reviewer excluded by hand, one
 * the file marked as not to translate, or page furniture (HTML navigation) is left as it is. A
 * segment a rule now catches becomes excluded with that rule as its reason; one a rule excluded
 * that no rule catches any more is included again.
 */
import type { Exclusion, Segment } from '../model/segment';
import type { BoilerplateRule } from './rules';
import { compileRules } from './validate';
import { classifyParagraph } from './detect';

/** Exclusions that are not a boilerplate rule's: never changed by applying the rules. */
const NOT_BY_RULE = new Set(['manual', 'file', 'page', 'qa']);

export function excludedByRule(excluded: Exclusion | undefined): boolean {
  return excluded !== undefined && !NOT_BY_RULE.has(excluded.rule);
}

export interface ExclusionChange {
  readonly segmentId: string;
  readonly before: Exclusion | null;
  readonly after: Exclusion | null;
  /** The reviewer already worked on it (edited, confirmed, rejected or commented); asked before excluding. */
  readonly reviewed: boolean;
}

export function isReviewed(segment: Segment): boolean {
  return segment.status === 'edited' || segment.status === 'reviewed' || segment.status === 'approved' || segment.status === 'rejected' || (segment.comments?.length ?? 0) > 0;
}

const sameExclusion = (a: Exclusion, b: Exclusion) =>
  a.rule === b.rule && a.reason === b.reason && (a.lines ?? 1) === (b.lines ?? 1) && (a.rules ?? [a.rule]).join('\n') === (b.rules ?? [b.rule]).join('\n');

/** One paragraph a rule catches: where it is and its text. */
export interface RuleCatch {
  readonly documentId: string;
  readonly documentName: string;
  /** 1-based segment number in its document. */
  readonly number: number;
  readonly source: string;
}

/**
 * The segments `ruleId` catches when `rules` (as being edited, saved or not) are applied: those
 * whose paragraph is boilerplate by these rules with this rule among the lines' matches.
 */
export function segmentsCaught(segments: readonly Segment[], rules: readonly BoilerplateRule[], ruleId: string): number[] {
  const { compiled } = compileRules(rules);
  if (!compiled.some((c) => c.rule.id === ruleId)) return [];
  const out: number[] = [];
  segments.forEach((segment, i) => {
    if (classifyParagraph(segment.source, compiled)?.rules.includes(ruleId)) out.push(i);
  });
  return out;
}

/** Every change applying `rules` would make to `segments`, in document order. */
export function planRuleExclusions(segments: readonly Segment[], rules: readonly BoilerplateRule[]): ExclusionChange[] {
  const { compiled } = compileRules(rules);
  const out: ExclusionChange[] = [];
  for (const segment of segments) {
    const current = segment.excluded;
    if (current && !excludedByRule(current)) continue;
    const match = classifyParagraph(segment.source, compiled);
    const after: Exclusion | null = match ? { rule: match.rule, reason: match.reason, rules: match.rules, lines: match.lines } : null;
    if (after && current && sameExclusion(after, current)) continue;
    if (!after && !current) continue;
    out.push({ segmentId: segment.id, before: current ?? null, after, reviewed: after !== null && !current && isReviewed(segment) });
  }
  return out;
}
