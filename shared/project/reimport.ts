import type { Revision } from '../model/revision';
import type { Segment } from '../model/segment';

export interface CarriedReview {
  readonly segments: Segment[];
  readonly revisions: Revision[];
  /** New segments whose Indonesian was already there: they keep their review. */
  readonly kept: number;
  /** New or changed segments: they come in as the import made them. */
  readonly fresh: number;
  /** Earlier segments with no counterpart in the new file: gone, their history kept. */
  readonly removed: number;
}

/**
 * A file imported again over the document it replaces: each new segment whose source text is
 * that of an earlier segment (the first not yet taken, in document order) keeps that segment's
 * review (target, status, exclusion, draft, comments, annotations, time, conflict) and its
 * history, moved to the new segment's id. Changed and new segments come in fresh; the history of
 * removed ones is kept in the new document's history under their old ids.
 */
export function carryReview(previous: readonly Segment[], previousRevisions: readonly Revision[], next: readonly Segment[], nextRevisions: readonly Revision[]): CarriedReview {
  const bySource = new Map<string, Segment[]>();
  for (const s of previous) bySource.set(s.source, [...(bySource.get(s.source) ?? []), s]);
  const moved = new Map<string, string>();
  const segments = next.map((s) => {
    const old = bySource.get(s.source)?.shift();
    if (!old) return s;
    moved.set(old.id, s.id);
    const { id: _id, documentId: _doc, index: _index, alignment: _alignment, origin: _origin, kind: _kind, source: _source, codes: _codes, ...review } = old;
    // The earlier exclusion goes with the review (an included boilerplate line stays included).
    return { ...s, excluded: undefined, ...review } as Segment;
  });
  const keptIds = new Set(moved.values());
  const revisions = [
    ...previousRevisions.map((r) => (moved.has(r.segmentId) ? { ...r, segmentId: moved.get(r.segmentId) as string } : r)),
    ...nextRevisions.filter((r) => !keptIds.has(r.segmentId)),
  ];
  return { segments: segments.map(dropUndefined), revisions, kept: moved.size, fresh: next.length - moved.size, removed: previous.length - moved.size };
}

function dropUndefined(s: Segment): Segment {
  return Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as unknown as Segment;
}
