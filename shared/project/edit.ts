import type { ReviewerRole } from '../model/project';
import type { Revision, RevisionOrigin } from '../model/revision';
import type { Segment, SegmentStatus } from '../model/segment';

export interface EditRequest {
  readonly target?: string;
  readonly status?: SegmentStatus;
  readonly origin?: RevisionOrigin;
}

export interface EditContext {
  readonly author: string;
  readonly now: string;
  readonly revisionId: string;
}

/**
 * Applies a reviewer's change to a segment and the revision that records it.
 *
 * Returns null when nothing changed, so an idle autosave writes nothing. Changing the text of a
 * confirmed segment reopens it as edited: a confirmation is for the text that was confirmed.
 */
export function applyEdit(segment: Segment, request: EditRequest, ctx: EditContext): { segment: Segment; revision: Revision } | null {
  const target = request.target ?? segment.target;
  const textChanged = target !== segment.target;
  let status = request.status ?? segment.status;
  if (textChanged && request.status === undefined) status = 'edited';
  if (!textChanged && status === segment.status) return null;
  const updated: Segment = { ...segment, target, status, updatedAt: ctx.now, updatedBy: ctx.author };
  const revision: Revision = {
    id: ctx.revisionId,
    segmentId: segment.id,
    text: target,
    status,
    author: ctx.author,
    at: ctx.now,
    origin: request.origin ?? (textChanged ? 'typing' : 'status'),
  };
  return { segment: updated, revision };
}

/** The status Ctrl+Enter gives: a second reviewer approves, everyone else marks reviewed. */
export function confirmStatus(role: ReviewerRole): SegmentStatus {
  return role === 'second-reviewer' ? 'approved' : 'reviewed';
}
