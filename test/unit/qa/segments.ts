import type { Segment } from '../../../shared/model';
import { runQaForSegment, type SegmentQaOptions } from '../../../shared/qa';

let next = 0;

/** A reviewed-looking segment for QA tests. */
export function seg(source: string, target: string, extra: Partial<Segment> = {}): Segment {
  next += 1;
  return { id: `s${next}`, documentId: 'doc', index: next, kind: 'paragraph', source, draft: null, target, status: 'edited', ...extra };
}

/** Check ids QA reports for one pair. */
export function checksFor(source: string, target: string, options: SegmentQaOptions = {}, extra: Partial<Segment> = {}): string[] {
  return runQaForSegment(seg(source, target, extra), options).map((f) => f.checkId);
}

/** Check ids of one family QA reports for one pair. */
export function familyFor(family: string, source: string, target: string, options: SegmentQaOptions = {}): string[] {
  return checksFor(source, target, options).filter((id) => id.startsWith(`${family}.`));
}
