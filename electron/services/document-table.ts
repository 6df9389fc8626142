import { TinjauError } from '../../shared/api/errors';
import type { DocumentProgress } from '../../shared/api/types';
import { say } from '../../shared/messages/text';
import type { ProjectMeta, TinjauDocument } from '../../shared/model/project';
import type { Revision } from '../../shared/model/revision';
import type { Segment } from '../../shared/model/segment';
import { documentProgress } from '../../shared/project/progress';
import type { DocState } from './document-state';
import { UNKNOWN, addProgress, applySegments, fillSegments, indexRevision, loadedSegment, noChunks, putInChunk } from './document-state';
import type { JournalEntry, JournalOp, LegacyDocument, StoredDocument, StoredOp } from './journal';
import type { ShardReader } from './shards';

/**
 * The project as memory holds it (electron/services/project-store.ts): its metadata, its documents
 * in order and each one's state, and the journal's changes applied to them: a change to a loaded
 * document at once, to one not read yet kept for when it is (by chunk where it can be). Reads
 * go through the `ShardReader`; nothing here writes a file.
 */
export class DocumentTable {
  readonly states = new Map<string, DocState>();
  documents: TinjauDocument[] = [];

  constructor(
    public meta: ProjectMeta,
    private readonly shards: ShardReader,
  ) {}

  /** What each changed (loaded) document's progress will be after `op`, for its journal line. */
  progressAfter(op: Extract<JournalOp, { op: 'put-segments' }>): { progress?: Record<string, DocumentProgress> } {
    const out: Record<string, DocumentProgress> = {};
    const touched = new Set(op.segments.map((s) => s.documentId));
    for (const id of op.removed ?? []) {
      const state = [...this.states.values()].find((st) => st.byId?.has(id) || st.chunkOf?.has(id));
      if (state) touched.add(state.doc.id);
    }
    for (const docId of touched) {
      const state = this.states.get(docId);
      if (!state?.progress) return {}; // not all known: replay reads the segments
      let progress = state.progress;
      const seen = new Set<string>();
      for (const id of op.removed ?? []) {
        const old = loadedSegment(state, id);
        if (old === UNKNOWN) return {};
        if (old) progress = addProgress(progress, old, -1);
        seen.add(id);
      }
      for (const s of op.segments) {
        if (s.documentId !== docId) continue;
        const old = seen.has(s.id) ? undefined : loadedSegment(state, s.id);
        if (old === UNKNOWN) return {};
        if (old) progress = addProgress(progress, old, -1);
        progress = addProgress(progress, s, 1);
        seen.add(s.id);
      }
      out[docId] = progress;
    }
    return { progress: out };
  }

  state(id: string): DocState {
    const state = this.states.get(id);
    if (!state) throw new TinjauError('not-found', say('project.noDocument', { id }));
    return state;
  }

  installStored(stored: StoredDocument): DocState {
    const { shard, ...doc } = stored;
    return this.install({ doc, ref: shard, byId: null, order: [], ...noChunks(), history: null, original: null, originalUnwritten: false, pending: [], pendingHistory: [], segmentsVersion: 0, historyVersion: 0, progress: shard.progress });
  }

  /** A document whose records are in memory only (migrated, or imported by an older journal line). */
  installLegacy(record: TinjauDocument | LegacyDocument, segments: readonly Segment[], revisions: readonly Revision[]): DocState {
    const { original, ...rest } = record;
    const { legacy: _legacy, ...doc } = rest as typeof rest & { legacy?: unknown };
    const state = this.install({ doc, ref: null, byId: null, order: [], ...noChunks(), history: new Map(), original, originalUnwritten: original !== undefined, pending: [], pendingHistory: [], segmentsVersion: 1, historyVersion: 1, progress: null });
    fillSegments(state, segments);
    state.progress = documentProgress(segments);
    for (const r of revisions) indexRevision(state.history as Map<string, Revision[]>, r);
    return state;
  }

  install(state: DocState): DocState {
    this.states.set(state.doc.id, state);
    this.documents = [...this.documents.filter((d) => d.id !== state.doc.id), state.doc];
    return state;
  }

  /** The loaded document holding a segment, else the one its id names, else any (read in turn). */
  findSegment(id: string): { state: DocState; segment: Segment } | null {
    for (const state of this.states.values()) {
      const segment = state.byId?.get(id) ?? (state.chunkOf?.has(id) ? this.shards.lookup(state, id) : undefined);
      if (segment) return { state, segment };
    }
    const named = this.documentNaming(id);
    const rest = [...this.states.values()].filter((s) => !s.byId && s !== named);
    for (const state of named && !named.byId ? [named, ...rest] : rest) {
      const segment = this.shards.lookup(state, id);
      if (segment) return { state, segment };
    }
    return null;
  }

  /** The document whose id a segment id starts with (`<document>-0001`), longest first. */
  documentNaming(segmentId: string): DocState | undefined {
    let best: DocState | undefined;
    for (const state of this.states.values()) {
      if (segmentId.startsWith(`${state.doc.id}-`) && (!best || state.doc.id.length > best.doc.id.length)) best = state;
    }
    return best;
  }

  apply(entry: JournalEntry): void {
    switch (entry.op) {
      case 'put-meta':
        this.meta = entry.meta;
        break;
      case 'add-document':
        if ('shard' in entry.document) this.installStored(entry.document);
        else if ('segments' in entry) this.installLegacy(entry.document, entry.segments, entry.revisions);
        break;
      case 'put-segments':
        this.applyPut(entry);
        break;
      case 'remove-document':
        this.states.delete(entry.documentId);
        this.documents = this.documents.filter((d) => d.id !== entry.documentId);
        break;
    }
  }

  /** Sends each part of a change to its document: applied if loaded, kept for when it is read otherwise. */
  applyPut(entry: Extract<StoredOp, { op: 'put-segments' }>): void {
    if (entry.document) {
      const { original: _original, ...doc } = entry.document;
      const state = this.states.get(doc.id);
      if (state) {
        state.doc = doc;
        this.documents = this.documents.map((d) => (d.id === doc.id ? doc : d));
      }
    }
    const segmentsByDoc = new Map<DocState, Segment[]>();
    const docOfSegment = new Map<string, DocState>();
    for (const s of entry.segments) {
      const state = this.states.get(s.documentId);
      if (!state) continue; // its document was removed: nothing shows it
      const list = segmentsByDoc.get(state) ?? [];
      list.push(s);
      segmentsByDoc.set(state, list);
      docOfSegment.set(s.id, state);
    }
    const removedByDoc = new Map<DocState, string[]>();
    for (const id of entry.removed ?? []) {
      const state = [...this.states.values()].find((s) => s.byId?.has(id) || s.chunkOf?.has(id)) ?? this.documentNaming(id) ?? (segmentsByDoc.size === 1 ? [...segmentsByDoc.keys()][0] : this.findSegment(id)?.state);
      if (!state) continue;
      removedByDoc.set(state, [...(removedByDoc.get(state) ?? []), id]);
    }
    for (const state of new Set([...segmentsByDoc.keys(), ...removedByDoc.keys()])) {
      const segments = segmentsByDoc.get(state) ?? [];
      const removed = removedByDoc.get(state) ?? [];
      const recorded = entry.progress?.[state.doc.id];
      const chunkOf = state.chunkOf;
      if (state.byId) applySegments(state, segments, removed);
      else if (chunkOf && state.pending.length === 0 && !state.reorder && removed.length === 0 && segments.every((s) => chunkOf.has(s.id))) {
        // Existing segments changed: each goes to its chunk, read or not.
        let progress = state.progress;
        for (const s of segments) {
          const known = state.chunks.has(chunkOf.get(s.id) as number);
          const old = putInChunk(state, s);
          progress = progress && known && old ? addProgress(addProgress(progress, old, -1), s, 1) : null;
        }
        state.progress = recorded ?? progress;
        if (state.reorder && !recorded) state.progress = null;
      } else {
        state.pending.push({ segments, removed });
        // The progress the line recorded, when it did; else reading the segments tells it.
        state.progress = recorded ?? null;
      }
      state.segmentsVersion++;
    }
    for (const r of entry.revisions) {
      const state = docOfSegment.get(r.segmentId) ?? [...this.states.values()].find((s) => s.byId?.has(r.segmentId)) ?? this.documentNaming(r.segmentId) ?? this.findSegment(r.segmentId)?.state;
      if (!state) continue;
      if (state.history) indexRevision(state.history, r);
      else state.pendingHistory.push(r);
      state.historyVersion++;
    }
  }
}
