import path from 'node:path';
import { TinjauError } from '../../shared/api/errors';
import { reason as reasonOf, say, type Said } from '../../shared/messages/text';
import type { Revision } from '../../shared/model/revision';
import type { Segment } from '../../shared/model/segment';
import { documentProgress } from '../../shared/project/progress';
import { readBlobSync } from './blobs';
import type { DocState } from './document-state';
import { applySegments, fillSegments, indexRevision, putInChunk } from './document-state';
import { segmentsProblem } from './migrations';

/**
 * Reading a project's shards (docs/architecture.md, Storage): a document's segments chunk by
 * chunk through its id index, or all of them; its history; each blob checked against its name
 * and its document, a damaged one replaced by its twin (`onRepair` is told). Also the shapes
 * written: chunks of `chunkSegments` segments and the id index naming them.
 */
export class ShardReader {
  constructor(
    private readonly dir: string,
    private readonly onRepair: (said: Said) => void,
  ) {}


  readBlob(name: string): Buffer {
    return readBlobSync(this.dir, name, this.onRepair);
  }

  /** Reads a shard blob and checks it holds this document's records under `key`. */
  readShard(state: DocState, name: string, key: 'segments' | 'revisions' | 'ids'): unknown[] {
    const file = path.join(this.dir, 'blobs', name);
    let data: { documentId?: unknown; segments?: unknown; revisions?: unknown; ids?: unknown };
    try {
      data = JSON.parse(this.readBlob(name).toString('utf8')) as typeof data;
    } catch (err) {
      if (err instanceof TinjauError) throw err;
      throw new TinjauError('io', say('storage.blobLost', { file, backup: path.join(this.dir, 'backups', 'blobs', name), reason: say('backup.notJson', { detail: reasonOf(err) }).text }));
    }
    const problem =
      data.documentId !== state.doc.id
        ? say('storage.shardNotDocument', { id: state.doc.id })
        : key === 'segments'
          ? segmentsProblem(data.segments)
          : key === 'ids'
            ? idsProblem(data.ids, state.ref?.chunks?.length ?? 0)
            : Array.isArray(data.revisions)
              ? null
              : say('migration.notRecords', { key });
    if (problem) throw new TinjauError('io', say('storage.blobLost', { file, backup: path.join(this.dir, 'backups', 'blobs', name), reason: problem.text }));
    return data[key] as unknown[];
  }

  /** All of a document's segments: every chunk (or the format-2 blob) read, every change applied. */
  loadSegments(state: DocState): Map<string, Segment> {
    if (state.byId) return state.byId;
    const ref = state.ref;
    let segments: Segment[] = [];
    if (ref?.chunks) {
      if (ref.chunks.length > 0) this.loadIds(state);
      for (let k = 0; k < ref.chunks.length; k++) for (const s of this.loadChunk(state, k).values()) segments.push(s);
    } else if (ref?.segments) {
      segments = this.readShard(state, ref.segments, 'segments') as Segment[];
    }
    // `progress` already counts every change applied since the blobs (each line recorded it), or is
    // null when a line did not: then it is counted from the segments.
    const progress = state.progress;
    const pending = state.pending;
    fillSegments(state, segments);
    state.progress = null;
    for (const change of pending) applySegments(state, change.segments, change.removed);
    state.pending = [];
    const byId = state.byId as unknown as Map<string, Segment>;
    state.progress = progress ?? documentProgress(state.order.map((id) => byId.get(id) as Segment));
    return byId;
  }

  /** Reads the chunk index of a format-3 shard (once). */
  loadIds(state: DocState): string[][] {
    if (state.ids) return state.ids;
    const ids = this.readShard(state, state.ref?.ids as string, 'ids') as string[][];
    const chunkOf = new Map<string, number>();
    ids.forEach((list, k) => {
      for (const id of list) chunkOf.set(id, k);
    });
    state.ids = ids;
    state.chunkOf = chunkOf;
    return ids;
  }

  /**
   * Makes the document readable chunk by chunk: its id index read and the changes kept aside
   * sent to their chunks. False when it cannot be: all segments in one blob (format 2), all
   * already in memory, or a change adds or removes segments (then all are read).
   */
  byChunk(state: DocState): boolean {
    if (state.byId || !state.ref?.chunks || state.reorder) return false;
    this.loadIds(state);
    const chunkOf = state.chunkOf as Map<string, number>;
    if (state.pending.some((c) => c.removed.length > 0 || c.segments.some((s) => !chunkOf.has(s.id)))) return false;
    for (const change of state.pending) for (const s of change.segments) putInChunk(state, s);
    state.pending = [];
    return !state.reorder;
  }


  /** One chunk's segments (in document order), read once, with the changes kept for it applied. */
  loadChunk(state: DocState, k: number): Map<string, Segment> {
    const loaded = state.chunks.get(k);
    if (loaded) return loaded;
    const name = state.ref?.chunks?.[k] as string;
    const chunk = new Map<string, Segment>();
    for (const s of this.readShard(state, name, 'segments') as Segment[]) chunk.set(s.id, s);
    const expected = state.ids?.[k];
    if (expected && (expected.length !== chunk.size || expected.some((id) => !chunk.has(id)))) {
      throw new TinjauError('io', say('storage.blobLost', { file: path.join(this.dir, 'blobs', name), backup: path.join(this.dir, 'backups', 'blobs', name), reason: say('storage.chunkNotIndexed', { id: state.doc.id }).text }));
    }
    state.chunks.set(k, chunk);
    for (const s of state.chunkPending.get(k) ?? []) {
      const old = chunk.get(s.id);
      chunk.set(s.id, s);
      if (!old || old.index !== s.index) state.reorder = true;
    }
    state.chunkPending.delete(k);
    return chunk;
  }

  /**
   * Segments [offset, offset + limit) in document order and the document's total, reading only
   * the chunks that hold them (each read once, its journal changes applied); null when the
   * document cannot be read by chunk (`byChunk`) or a chunk's changes moved a segment.
   */
  pageByChunk(state: DocState, offset: number, limit: number): { segments: Segment[]; total: number } | null {
    if (!this.byChunk(state)) return null;
    const ids = state.ids as string[][];
    let total = 0;
    for (const list of ids) total += list.length;
    const end = offset + limit;
    const segments: Segment[] = [];
    let start = 0;
    for (let k = 0; k < ids.length && start < end; k++) {
      const list = ids[k] as string[];
      const stop = start + list.length;
      if (stop > offset) {
        const chunk = this.loadChunk(state, k);
        if (state.reorder) return null;
        for (let i = Math.max(0, offset - start); i < Math.min(list.length, end - start); i++) segments.push(chunk.get(list[i] as string) as Segment);
      }
      start = stop;
    }
    return { segments, total };
  }

  /** A segment of this document, reading only its chunk when it can; undefined when not there. */
  lookup(state: DocState, id: string): Segment | undefined {
    if (!state.byId && this.byChunk(state)) {
      const k = state.chunkOf?.get(id);
      if (k === undefined) return undefined;
      const segment = this.loadChunk(state, k).get(id);
      if (!state.reorder) return segment;
    }
    return this.loadSegments(state).get(id);
  }

  loadHistory(state: DocState): Map<string, Revision[]> {
    if (state.history) return state.history;
    const history = new Map<string, Revision[]>();
    if (state.ref) for (const r of this.readShard(state, state.ref.history, 'revisions') as Revision[]) indexRevision(history, r);
    for (const r of state.pendingHistory) indexRevision(history, r);
    state.pendingHistory = [];
    state.history = history;
    return history;
  }
}

/** Segments in document order, cut into chunks of `size`. */
export function chunksOf(segments: readonly Segment[], size: number): Segment[][] {
  const parts: Segment[][] = [];
  for (let i = 0; i < segments.length; i += size) parts.push(segments.slice(i, i + size));
  return parts;
}

export function idsBlobText(documentId: string, parts: readonly (readonly Segment[])[]): string {
  return JSON.stringify({ documentId, ids: parts.map((part) => part.map((s) => s.id)) });
}

/** Why a chunk index is not one list of ids per chunk, or null. */
export function idsProblem(ids: unknown, chunks: number): Said | null {
  if (!Array.isArray(ids) || ids.length !== chunks || !ids.every((list) => Array.isArray(list) && list.every((id) => typeof id === 'string'))) return say('migration.notRecords', { key: 'ids' });
  return null;
}

const SHARD_CHUNK = 2000;

/** `JSON.stringify({ ...head, [key]: records })`, in pieces of `per` records (a few thousand by default). */
export function* shardChunks(head: object, key: string, records: readonly unknown[], per = SHARD_CHUNK): Generator<string> {
  const opening = JSON.stringify(head);
  yield `${opening.length > 2 ? `${opening.slice(0, -1)},` : '{'}${JSON.stringify(key)}:[`;
  for (let i = 0; i < records.length; i += per) {
    const part = records.slice(i, i + per).map((r) => JSON.stringify(r)).join(',');
    yield i === 0 ? part : `,${part}`;
  }
  yield ']}';
}
