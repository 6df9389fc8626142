import { randomUUID } from 'node:crypto';
import type { ChannelArgs } from '../../shared/api/contract';
import { TinjauError } from '../../shared/api/errors';
import { say } from '../../shared/messages/text';
import type { Segment } from '../../shared/model/segment';
import { applyAlignmentChange } from '../../shared/project/alignment';
import { joinWithNext, setExcluded, splitSegment } from '../../shared/project/structure';
import type { ProjectStore } from './project-store';

/** Structural changes to a document's segments: split, join, exclude, alignment corrections. */
export class SegmentService {
  constructor(
    private readonly store: ProjectStore,
    private readonly author: string,
  ) {}

  private ctx() {
    return { author: this.author, now: new Date().toISOString(), newId: randomUUID };
  }

  setExcluded(segmentIds: readonly string[], excluded: boolean): readonly Segment[] {
    const segments = segmentIds.map((id) => this.store.segment(id));
    const changed = setExcluded(segments, excluded, this.ctx());
    if (changed.length) this.store.commit({ op: 'put-segments', segments: changed, revisions: [] });
    return changed;
  }

  split(args: ChannelArgs<'segments:split'>): readonly Segment[] {
    const segment = this.editable(args.segmentId);
    const change = splitSegment(this.store.segmentsOf(segment.documentId), segment.id, args.sourceOffset, args.targetOffset, this.ctx());
    if (!change) throw new TinjauError('invalid-input', say('segment.splitWhere'));
    this.store.commit({ op: 'put-segments', segments: change.segments, revisions: change.revisions });
    return this.store.segmentsOf(segment.documentId);
  }

  joinNext(segmentId: string): readonly Segment[] {
    const segment = this.editable(segmentId);
    const docSegments = this.store.segmentsOf(segment.documentId);
    const next = docSegments[docSegments.findIndex((s) => s.id === segmentId) + 1];
    if (next) this.editable(next.id);
    const change = joinWithNext(docSegments, segmentId, this.ctx());
    if (!change) throw new TinjauError('invalid-input', say('segment.lastCannotJoin'));
    this.store.commit({ op: 'put-segments', segments: change.segments, revisions: change.revisions, removed: change.removed });
    return this.store.segmentsOf(segment.documentId);
  }

  changeAlignment(args: ChannelArgs<'alignment:change'>): readonly Segment[] {
    const document = this.store.document(args.documentId);
    if (!document.alignment) throw new TinjauError('invalid-input', say('segment.noDraftFile'));
    const update = applyAlignmentChange(document, this.store.segmentsOf(document.id), args.change, this.ctx());
    if (!update) {
      throw new TinjauError('invalid-input', args.change.kind === 'undo' ? say('segment.noPairingUndo') : say('segment.changeNotApplicable'));
    }
    this.store.commit({ op: 'put-segments', segments: update.segments, revisions: update.revisions, document: update.document });
    return this.store.segmentsOf(document.id);
  }

  /** Segments of bilingual files keep the file's segmentation, or the export could not map them back. */
  private editable(segmentId: string): Segment {
    const segment = this.store.segment(segmentId);
    if (segment.origin?.unitId !== undefined) {
      throw new TinjauError('conflict', say('segment.bilingualSegmentation'));
    }
    return segment;
  }
}
