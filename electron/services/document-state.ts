import type { DocumentProgress } from '../../shared/api/types';
import type { TinjauDocument } from '../../shared/model/project';
import type { Revision } from '../../shared/model/revision';
import type { Segment } from '../../shared/model/segment';
import { documentProgress } from '../../shared/project/progress';
import type { ShardRef } from './journal';

/*
 * What the store holds in memory of each document (electron/services/project-store.ts), and the
 * changes to it that read nothing from disk: segments kept in order, changes sent to their
 * chunks, progress kept up to date change by change, revisions indexed by segment.
 */

/** One document in memory: its record, where its shards are, and what is loaded or changed. */
export interface DocState {
  doc: TinjauDocument;
  /** What `blobs/` holds for it; null until its first shards are written (a migrated document). */
  ref: ShardRef | null;
  /** All the segments (by id, and ids in `index` order) once all are needed; null until then. */
  byId: Map<string, Segment> | null;
  order: string[];
  /**
   * Before that (a format-3 shard), what one-segment reads loaded: each chunk's ids (from the
   * `ids` blob), which chunk holds each id, the chunks read (changes applied), changes for
   * chunks not yet read, and a change counter per chunk changed since its blob was written.
   */
  ids: string[][] | null;
  chunkOf: Map<string, number> | null;
  chunks: Map<number, Map<string, Segment>>;
  chunkPending: Map<number, Segment[]>;
  chunkVersions: Map<number, number>;
  /** A change moved a segment (its `index`) inside a chunk read alone: all must be read and sorted. */
  reorder: boolean;
  /** Loaded history by segment id; null until needed. */
  history: Map<string, Revision[]> | null;
  /** The original file's text once read (or kept in memory until it is written); null: not read. */
  original: string | undefined | null;
  originalUnwritten: boolean;
  /** Changes newer than the segment blobs, kept while nothing tells which chunk they belong to. */
  pending: { segments: Segment[]; removed: readonly string[] }[];
  /** Revisions newer than `ref.history`, kept while the history is not loaded. */
  pendingHistory: Revision[];
  /** Bumped by every change to the segments / the history not yet in a blob; 0 = as in `ref`. */
  segmentsVersion: number;
  historyVersion: number;
  /**
   * The document's progress as of the last change, kept up to date change by change; null when
   * not known without reading the segments (a journal line from before progress was journaled).
   */
  progress: DocumentProgress | null;
}

/** All of a document's segments in memory (from here on it is never read by chunk again). */
export function fillSegments(state: DocState, segments: readonly Segment[]): void {
  const byId = new Map<string, Segment>();
  const order: string[] = [];
  let sorted = true;
  let last = -Infinity;
  for (const s of segments) {
    if (!byId.has(s.id)) order.push(s.id);
    byId.set(s.id, s);
    if (s.index < last) sorted = false;
    last = s.index;
  }
  if (!sorted) sortDocument(byId, order);
  state.byId = byId;
  state.order = order;
  Object.assign(state, noChunks());
}

/** Applies a change of one existing segment to its chunk (read or not); flags a move. */
export function putInChunk(state: DocState, s: Segment): Segment | undefined {
  const k = state.chunkOf?.get(s.id) as number;
  state.chunkVersions.set(k, (state.chunkVersions.get(k) ?? 0) + 1);
  const chunk = state.chunks.get(k);
  if (!chunk) {
    const list = state.chunkPending.get(k) ?? [];
    list.push(s);
    state.chunkPending.set(k, list);
    return undefined;
  }
  const old = chunk.get(s.id);
  chunk.set(s.id, s);
  if (!old || old.index !== s.index) state.reorder = true;
  return old;
}

/** Keeps a document's id list in `index` order, whatever order changes arrive in. */
export function indexSegment(state: DocState, segment: Segment): void {
  const byId = state.byId as Map<string, Segment>;
  const previous = byId.get(segment.id);
  byId.set(segment.id, segment);
  const list = state.order;
  if (!previous) {
    const last = list.length ? byId.get(list[list.length - 1] as string) : undefined;
    list.push(segment.id);
    if (last && last.index > segment.index) sortDocument(byId, list);
  } else if (previous.index !== segment.index) {
    sortDocument(byId, list);
  }
}

export function sortDocument(byId: Map<string, Segment>, list: string[]): void {
  list.sort((a, b) => (byId.get(a)?.index ?? 0) - (byId.get(b)?.index ?? 0));
}

export function applySegments(state: DocState, segments: readonly Segment[], removed: readonly string[]): void {
  const byId = state.byId as Map<string, Segment>;
  for (const id of removed) {
    const old = byId.get(id);
    if (!old) continue;
    byId.delete(id);
    if (state.progress) state.progress = addProgress(state.progress, old, -1);
    const at = state.order.indexOf(id);
    if (at >= 0) state.order.splice(at, 1);
  }
  for (const s of segments) {
    const old = byId.get(s.id);
    if (state.progress) state.progress = addProgress(old ? addProgress(state.progress, old, -1) : state.progress, s, 1);
    indexSegment(state, s);
  }
}

/** `progress` with one segment's figures added (`sign` 1) or taken away (-1). */
export function addProgress(progress: DocumentProgress, segment: Segment, sign: 1 | -1): DocumentProgress {
  const one = documentProgress([segment]);
  const lastActivity = sign > 0 && one.lastActivity && (!progress.lastActivity || one.lastActivity > progress.lastActivity) ? one.lastActivity : progress.lastActivity;
  return {
    segments: progress.segments + sign * one.segments,
    excluded: progress.excluded + sign * one.excluded,
    confirmed: progress.confirmed + sign * one.confirmed,
    edited: progress.edited + sign * one.edited,
    sourceWords: progress.sourceWords + sign * one.sourceWords,
    confirmedWords: progress.confirmedWords + sign * one.confirmedWords,
    ...(lastActivity ? { lastActivity } : {}),
  };
}

export function indexRevision(history: Map<string, Revision[]>, revision: Revision): void {
  const list = history.get(revision.segmentId) ?? [];
  if (!list.some((r) => r.id === revision.id)) list.push(revision);
  history.set(revision.segmentId, list);
}

export function flatten(history: Map<string, Revision[]>): Revision[] {
  // Loops, not push(...list): spreading a book-length document's history overflows the stack.
  const out: Revision[] = [];
  for (const list of history.values()) for (const r of list) out.push(r);
  return out;
}


/** No chunk read yet: what a document not read by chunk holds. */
export function noChunks(): Pick<DocState, 'ids' | 'chunkOf' | 'chunks' | 'chunkPending' | 'chunkVersions' | 'reorder'> {
  return { ids: null, chunkOf: null, chunks: new Map(), chunkPending: new Map(), chunkVersions: new Map(), reorder: false };
}

export const UNKNOWN = Symbol('unknown');

/** A segment as memory holds it without reading: the segment, undefined (not there) or UNKNOWN (not read). */
export function loadedSegment(state: DocState, id: string): Segment | undefined | typeof UNKNOWN {
  if (state.byId) return state.byId.get(id);
  if (!state.chunkOf || state.pending.length > 0 || state.reorder) return UNKNOWN;
  const k = state.chunkOf.get(id);
  if (k === undefined) return undefined;
  return state.chunks.get(k)?.get(id) ?? UNKNOWN;
}
