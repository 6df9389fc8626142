/**
 * How the QA panel lists findings: grouped by check (registry order, errors first) or by
 * segment (document order), and counted by severity. Pure, so it is tested without a DOM.
 */
import { QA_CHECKS, qaCheckInfo } from '../../../shared/qa/checks';
import type { QaFinding, QaSeverity } from '../../../shared/qa/types';

export type QaGrouping = 'check' | 'segment';

export interface QaGroup {
  /** The check id or the segment id. */
  readonly key: string;
  readonly title: string;
  readonly severity: QaSeverity;
  readonly findings: readonly QaFinding[];
}

const RANK: Record<QaSeverity, number> = { error: 0, warning: 1, info: 2 };
const CHECK_ORDER = new Map<string, number>(QA_CHECKS.map((c, i) => [c.id, i]));

function worst(findings: readonly QaFinding[]): QaSeverity {
  let s: QaSeverity = 'info';
  for (const f of findings) if (RANK[f.severity] < RANK[s]) s = f.severity;
  return s;
}

/**
 * Groups findings; `segmentOrder` gives each segment's position (its index in the document),
 * `segmentLabel` the title of a segment group.
 */
export function groupFindings(
  findings: readonly QaFinding[],
  by: QaGrouping,
  segmentOrder: (segmentId: string) => number,
  segmentLabel: (segmentId: string) => string,
): QaGroup[] {
  const groups = new Map<string, QaFinding[]>();
  for (const f of findings) {
    const key = by === 'check' ? f.checkId : f.segmentId;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const out: QaGroup[] = [];
  for (const [key, list] of groups) {
    list.sort((a, b) => (by === 'check' ? segmentOrder(a.segmentId) - segmentOrder(b.segmentId) : RANK[a.severity] - RANK[b.severity] || (CHECK_ORDER.get(a.checkId) ?? 999) - (CHECK_ORDER.get(b.checkId) ?? 999)));
    out.push({ key, title: by === 'check' ? (qaCheckInfo(key)?.title ?? key) : segmentLabel(key), severity: worst(list), findings: list });
  }
  if (by === 'check') out.sort((a, b) => RANK[a.severity] - RANK[b.severity] || (CHECK_ORDER.get(a.key) ?? 999) - (CHECK_ORDER.get(b.key) ?? 999));
  else out.sort((a, b) => segmentOrder(a.key) - segmentOrder(b.key));
  return out;
}

export function countBySeverity(findings: readonly QaFinding[]): Record<QaSeverity, number> {
  const counts: Record<QaSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** A job id the services accept (8..80 characters), unique enough to poll one run. */
export function newJobId(): string {
  const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `qa-${random}`;
}
