import type { Exclusion, SegmentStatus } from './segment';

/** What caused a revision: shown in the history panel and used by statistics. */
export type RevisionOrigin =
  | 'draft-import'
  | 'typing'
  | 'status'
  | 'find-replace'
  | 'propagation'
  | 'alignment'
  | 'external-review'
  | 'restore'
  | 'bulk'
  | 'split'
  | 'join'
  | 'boilerplate';

export interface Revision {
  readonly id: string;
  readonly segmentId: string;
  readonly text: string;
  readonly status: SegmentStatus;
  readonly author: string;
  /** ISO 8601 timestamp. */
  readonly at: string;
  readonly origin: RevisionOrigin;
  /** Set on every revision of one batch change (find/replace, bulk status), so it undoes as one. */
  readonly batch?: string;
  /** A change of the segment's exclusion (boilerplate rules applied, or that undone): before and after. */
  readonly exclusion?: { readonly before: Exclusion | null; readonly after: Exclusion | null };
}
