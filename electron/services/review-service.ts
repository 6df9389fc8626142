import { randomUUID } from 'node:crypto';
import type { ChannelArgs } from '../../shared/api/contract';
import { TinjauError } from '../../shared/api/errors';
import { say } from '../../shared/messages/text';
import type { BatchResult, ReplaceResult, ReviewStats } from '../../shared/api/review-types';
import type { DraftOrigin, Segment } from '../../shared/model/segment';
import { isConfirmed } from '../../shared/model/segment';
import { applyReplace, bulkStatus, previewReplace, propagate, undoBatch } from '../../shared/project/review-ops';
import { countWords } from '../../shared/project/words';
import { documentStats, reviewInputFromSegment } from '../../shared/review/document-stats';
import { measureEdit } from '../../shared/review/edit-stats';
import { mqmScore } from '../../shared/review/mqm';
import { replyToThread, reopenThread, resolveThread, startThread } from '../../shared/review/model';
import type { ProjectStore } from './project-store';

/**
 * The reviewer's tools over many segments or beyond the text: find/replace, bulk status,
 * propagation (each a batch that undoes as one), comments, MQM annotations and statistics.
 */
export class ReviewService {
  constructor(
    private readonly store: ProjectStore,
    private readonly author: string,
    private readonly defaultThreshold: number,
  ) {}

  private ctx() {
    return { author: this.author, now: new Date().toISOString(), newId: randomUUID };
  }

  replace(args: ChannelArgs<'segments:replace'>): ReplaceResult {
    const segments = this.store.segmentsOf(args.documentId);
    const preview = previewReplace(segments, args);
    if (!Array.isArray(preview)) return { changes: [], error: preview.error };
    if (args.apply && args.scope === 'source') {
      return { changes: preview, error: say('replace.sourceNeverChanged') };
    }
    if (!args.apply || preview.length === 0) return { changes: preview };
    const batchId = `replace-${randomUUID()}`;
    const change = applyReplace(new Map(segments.map((s) => [s.id, s])), preview, batchId, this.ctx());
    this.store.commit({ op: 'put-segments', segments: change.segments, revisions: change.revisions });
    return { changes: preview, batchId, segments: change.segments };
  }

  bulkStatus(args: ChannelArgs<'segments:bulkStatus'>): BatchResult {
    const batchId = `bulk-${randomUUID()}`;
    const change = bulkStatus(args.segmentIds.map((id) => this.store.segment(id)), args.status, batchId, this.ctx());
    if (change.segments.length) this.store.commit({ op: 'put-segments', segments: change.segments, revisions: change.revisions });
    return { batchId, segments: change.segments };
  }

  undoBatch(batchId: string): BatchResult {
    const touched = new Map<string, Segment>();
    for (const doc of this.store.listDocuments()) {
      for (const s of this.store.segmentsOf(doc.id)) if (this.store.revisionsOf(s.id).some((r) => r.batch === batchId)) touched.set(s.id, s);
    }
    if (touched.size === 0) throw new TinjauError('not-found', say('review.nothingToUndo'));
    const change = undoBatch(touched, (id) => this.store.revisionsOf(id), batchId, this.ctx());
    if (change.segments.length) this.store.commit({ op: 'put-segments', segments: change.segments, revisions: change.revisions });
    return { batchId: `${batchId}-undo`, segments: change.segments, skipped: change.skipped };
  }

  propagate(segmentId: string): BatchResult {
    const from = this.store.segment(segmentId);
    const batchId = `propagate-${randomUUID()}`;
    const change = propagate(this.store.segmentsOf(from.documentId), from, batchId, this.ctx());
    if (change.segments.length) this.store.commit({ op: 'put-segments', segments: change.segments, revisions: change.revisions });
    return { batchId, segments: change.segments };
  }

  addComment(args: ChannelArgs<'comments:add'>): Segment {
    const segment = this.store.segment(args.segmentId);
    const { now, author } = this.ctx();
    const comment = { id: randomUUID(), author, at: now, text: args.text };
    const threads = segment.comments ?? [];
    let next;
    if (args.threadId) {
      const thread = threads.find((t) => t.id === args.threadId);
      if (!thread) throw new TinjauError('not-found', say('review.threadGone'));
      next = threads.map((t) => (t.id === args.threadId ? replyToThread(t, comment) : t));
    } else {
      next = [...threads, startThread(randomUUID(), segment.id, comment)];
    }
    return this.put({ ...segment, comments: next });
  }

  setResolved(args: ChannelArgs<'comments:setResolved'>): Segment {
    const segment = this.store.segment(args.segmentId);
    const { now, author } = this.ctx();
    const threads = (segment.comments ?? []).map((t) => (t.id !== args.threadId ? t : args.resolved ? resolveThread(t, author, now) : reopenThread(t, author, now)));
    return this.put({ ...segment, comments: threads });
  }

  addAnnotation(args: ChannelArgs<'annotations:add'>): Segment {
    const segment = this.store.segment(args.segmentId);
    if (args.end < args.start || args.end > segment.target.length) {
      throw new TinjauError('invalid-input', say('review.selectAnnotationWords'));
    }
    const { now, author } = this.ctx();
    const annotation = { id: randomUUID(), segmentId: segment.id, start: args.start, end: args.end, category: args.category, severity: args.severity, note: args.note, author, at: now };
    return this.put({ ...segment, annotations: [...(segment.annotations ?? []), annotation] });
  }

  removeAnnotation(args: ChannelArgs<'annotations:remove'>): Segment {
    const segment = this.store.segment(args.segmentId);
    return this.put({ ...segment, annotations: (segment.annotations ?? []).filter((a) => a.id !== args.annotationId) });
  }

  /** Edit statistics, MQM score and progress of a document, or of the whole project. */
  stats(documentId?: string): ReviewStats {
    const docs = documentId ? [this.store.document(documentId)] : this.store.listDocuments();
    const segments = docs.flatMap((d) => this.store.segmentsOf(d.id)).filter((s) => !s.excluded);
    const stats = documentStats(segments.map((s) => reviewInputFromSegment(s, s.activeMs)));
    const sourceWords = segments.reduce((n, s) => n + countWords(s.source), 0);
    const threshold = this.store.projectMeta.mqmThreshold ?? this.defaultThreshold;
    const mqm = mqmScore(
      segments.flatMap((s) => s.annotations ?? []),
      sourceWords,
      threshold,
    );
    const byDay = new Map<string, Set<string>>();
    for (const s of segments) {
      for (const r of this.store.revisionsOf(s.id)) {
        if (!isConfirmed(r.status)) continue;
        const day = localDay(r.at);
        const set = byDay.get(day) ?? new Set<string>();
        set.add(s.id);
        byDay.set(day, set);
      }
    }
    const confirmedByDay = [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, ids]) => ({ day, segments: ids.size }));
    const engines = new Map<string, { origin: DraftOrigin; engine?: string; segments: number; total: number }>();
    for (const s of segments) {
      if (!s.draft) continue;
      const label = s.draft.engine ? `${s.draft.origin}: ${s.draft.engine}` : s.draft.origin;
      const e = engines.get(label) ?? { origin: s.draft.origin, ...(s.draft.engine ? { engine: s.draft.engine } : {}), segments: 0, total: 0 };
      e.segments++;
      e.total += measureEdit(s.draft.text, s.target).postEditDistance;
      engines.set(label, e);
    }
    const byEngine = [...engines.entries()].map(([label, e]) => ({ label, origin: e.origin, ...(e.engine ? { engine: e.engine } : {}), segments: e.segments, meanPostEditDistance: e.total / e.segments }));
    return { stats, mqm, confirmedByDay, sourceWords, byEngine };
  }

  private put(segment: Segment): Segment {
    const updated = { ...segment, updatedAt: new Date().toISOString(), updatedBy: this.author };
    this.store.commit({ op: 'put-segments', segments: [updated], revisions: [] });
    return updated;
  }
}

/**
 * The calendar day of a time on this computer's clock: work done at 06:30 in Jakarta is that
 * day's work, though it is still the day before in UTC.
 */
export function localDay(iso: string): string {
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
