import type { Revision } from '../model/revision';
import type { Segment } from '../model/segment';
import { joinSegments, splitSegmentAt } from '../segment/edit';

export interface StructureContext {
  readonly author: string;
  readonly now: string;
  readonly newId: () => string;
}

export interface StructureChange {
  readonly segments: Segment[];
  readonly revisions: Revision[];
  readonly removed: string[];
}

/**
 * Splits a segment in two at a source offset (and a target offset; by default the whole target
 * stays with the first part). The second part gets a new id derived from the first, and every
 * later segment moves down one place.
 */
export function splitSegment(
  docSegments: readonly Segment[],
  segmentId: string,
  sourceOffset: number,
  targetOffset: number | undefined,
  ctx: StructureContext,
): StructureChange | null {
  const at = docSegments.findIndex((s) => s.id === segmentId);
  const segment = docSegments[at];
  if (!segment) return null;
  const [src1, src2] = splitSegmentAt(segment.source, sourceOffset);
  if (!src1 || !src2) return null;
  const [tgt1, tgt2] = targetOffset === undefined ? [segment.target.trim(), ''] : splitSegmentAt(segment.target, targetOffset);
  const ids = new Set(docSegments.map((s) => s.id));
  let n = 1;
  while (ids.has(`${segment.id}.${n}`)) n++;
  const stamp = { updatedAt: ctx.now, updatedBy: ctx.author };
  const first: Segment = { ...segment, source: src1, target: tgt1, status: 'edited', ...stamp };
  const { alignment: _a, origin: _o, ...rest } = segment;
  const second: Segment = { ...rest, id: `${segment.id}.${n}`, index: segment.index + 1, source: src2, target: tgt2, draft: null, status: tgt2 ? 'edited' : 'new', ...stamp };
  const moved = docSegments.slice(at + 1).map((s) => ({ ...s, index: s.index + 1 }));
  return {
    segments: [first, second, ...moved],
    revisions: [revision(first, 'split', ctx), revision(second, 'split', ctx)],
    removed: [],
  };
}

/** Joins a segment with the next one: sources, drafts and targets are joined with a space. */
export function joinWithNext(docSegments: readonly Segment[], segmentId: string, ctx: StructureContext): StructureChange | null {
  const at = docSegments.findIndex((s) => s.id === segmentId);
  const a = docSegments[at];
  const b = docSegments[at + 1];
  if (!a || !b) return null;
  const draftText = joinSegments([a.draft?.text ?? '', b.draft?.text ?? '']);
  const joined: Segment = {
    ...a,
    source: joinSegments([a.source, b.source]),
    target: joinSegments([a.target, b.target]),
    draft: draftText ? { ...(a.draft ?? b.draft ?? { origin: 'human' }), text: draftText } : null,
    status: 'edited',
    updatedAt: ctx.now,
    updatedBy: ctx.author,
  };
  const moved = docSegments.slice(at + 2).map((s) => ({ ...s, index: s.index - 1 }));
  return { segments: [joined, ...moved], revisions: [revision(joined, 'join', ctx)], removed: [b.id] };
}

/** Marks segments as boilerplate (kept, greyed, skipped) or includes them again. */
export function setExcluded(segments: readonly Segment[], excluded: boolean, ctx: StructureContext): Segment[] {
  return segments
    .filter((s) => Boolean(s.excluded) !== excluded)
    .map((s) => {
      if (excluded) return { ...s, excluded: { rule: 'manual', reason: 'Excluded by the reviewer' }, updatedAt: ctx.now, updatedBy: ctx.author };
      const { excluded: _e, ...rest } = s;
      return { ...rest, updatedAt: ctx.now, updatedBy: ctx.author };
    });
}

function revision(segment: Segment, origin: Revision['origin'], ctx: StructureContext): Revision {
  return { id: ctx.newId(), segmentId: segment.id, text: segment.target, status: segment.status, author: ctx.author, at: ctx.now, origin };
}
