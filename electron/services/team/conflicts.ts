/** Segments a sync marked as conflicts (both sides changed them), and their resolution. */
import { randomUUID } from 'node:crypto';
import { TinjauError } from '../../../shared/api/errors';
import type { ConflictItem } from '../../../shared/api/team-types';
import { say } from '../../../shared/messages/text';
import type { Revision } from '../../../shared/model/revision';
import type { Segment, SegmentStatus } from '../../../shared/model/segment';
import type { ProjectStore } from '../project-store';

export function conflictsOf(store: ProjectStore): ConflictItem[] {
  const out: ConflictItem[] = [];
  for (const doc of store.listDocuments()) {
    for (const s of store.segmentsOf(doc.id)) {
      if (!s.conflict) continue;
      out.push({ documentId: doc.id, documentName: doc.name, segmentId: s.id, index: s.index, source: s.source, target: s.target, conflict: s.conflict });
    }
  }
  return out;
}

/** Resolves a conflict with the picked or merged text: a new revision by the resolver, the conflict mark gone. */
export function resolve(store: ProjectStore, author: string, args: { segmentId: string; text: string; status?: SegmentStatus }): Segment {
  const segment = store.segment(args.segmentId);
  if (!segment.conflict) throw new TinjauError('conflict', say('team.noConflict', { id: args.segmentId }));
  const at = new Date().toISOString();
  const status = args.status ?? (args.text === segment.target ? segment.status : 'edited');
  const { conflict: _resolved, ...rest } = segment;
  const updated: Segment = { ...rest, target: args.text, status, updatedAt: at, updatedBy: author };
  const revision: Revision = { id: randomUUID(), segmentId: segment.id, text: args.text, status, author, at, origin: 'restore' };
  store.commit({ op: 'put-segments', segments: [updated], revisions: [revision] });
  return updated;
}
