import type { Segment, SegmentStatus } from '../../../shared/model/segment';

export interface SegmentFilter {
  readonly status: SegmentStatus | 'all' | 'open';
  readonly commented: boolean;
  readonly annotated: boolean;
  readonly change: 'any' | 'changed' | 'unchanged';
  readonly termIssues: boolean;
  readonly qaFindings: boolean;
  readonly showExcluded: boolean;
}

export const NO_FILTER: SegmentFilter = { status: 'all', commented: false, annotated: false, change: 'any', termIssues: false, qaFindings: false, showExcluded: true };

export function isFiltering(f: SegmentFilter): boolean {
  return f.status !== 'all' || f.commented || f.annotated || f.change !== 'any' || f.termIssues || f.qaFindings || !f.showExcluded;
}

/** Which segments the grid shows under a filter; `termProblem`: the segment has a term problem. */
export function matchesFilter(s: Segment, f: SegmentFilter, termProblem: boolean, qaSegments: ReadonlySet<string>): boolean {
  if (s.excluded) return f.showExcluded && f.status === 'all' && !f.commented && !f.annotated && f.change === 'any' && !f.termIssues && !f.qaFindings;
  if (f.status === 'open' && (s.status === 'reviewed' || s.status === 'approved')) return false;
  if (f.status !== 'all' && f.status !== 'open' && s.status !== f.status) return false;
  if (f.commented && !(s.comments ?? []).some((t) => !t.resolved)) return false;
  if (f.annotated && !(s.annotations ?? []).length) return false;
  const changed = s.draft ? s.target !== s.draft.text : s.target !== '';
  if (f.change === 'changed' && !changed) return false;
  if (f.change === 'unchanged' && changed) return false;
  if (f.termIssues && !termProblem) return false;
  if (f.qaFindings && !qaSegments.has(s.id)) return false;
  return true;
}
