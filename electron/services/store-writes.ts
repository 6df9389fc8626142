import { readFileSync } from 'node:fs';
import type { DocumentProgress } from '../../shared/api/types';
import type { TinjauDocument } from '../../shared/model/project';
import type { Revision } from '../../shared/model/revision';
import type { Segment } from '../../shared/model/segment';
import { documentProgress } from '../../shared/project/progress';
import { listBackups, serializeInChunks } from './backups';
import { collectBlobs, writeBlobChunks, writeBlobSync, writeBlobsSync } from './blobs';
import type { DocState } from './document-state';
import { flatten } from './document-state';
import type { DocumentTable } from './document-table';
import type { JournalEntry, JournalOp, ProjectSnapshot, ShardRef, StoredDocument } from './journal';
import type { ShardReader } from './shards';
import { chunksOf, idsBlobText, shardChunks } from './shards';

/*
 * What the store (electron/services/project-store.ts) writes besides the journal and
 * project.json: an import's blobs before its journal line, and a compaction's (`compactNow`):
 * how much a compaction would write, what each document's new blobs hold (taken from memory in
 * one synchronous step), writing them, and collecting the blobs nothing names.
 */

/**
 * An import's blobs (each fsync'd, with its backup twin): the segments in chunks, their index, the
 * history and the original file; the document returned names them, for the journal line.
 */
export function writeImportBlobs(dir: string, op: Extract<JournalOp, { op: 'add-document' }>, chunkSegments: number): StoredDocument {
  const { original, ...doc } = op.document;
  const parts = chunksOf(op.segments, chunkSegments);
  const names = writeBlobsSync(dir, [
    // Written as it is serialized: the shard's text (hundreds of MB at 100k segments) is never whole in memory.
    ...parts.map((part) => ({ chunks: () => shardChunks({ documentId: doc.id }, 'segments', part) })),
    () => idsBlobText(doc.id, parts),
    // The history too (one import revision per segment: 40 MB at 100k segments), same bytes as one string.
    { chunks: () => shardChunks({ documentId: doc.id }, 'revisions', op.revisions) },
    ...(original !== undefined ? [original] : []),
  ]);
  const [ids, history, originalBlob] = names.slice(parts.length);
  const ref: ShardRef = {
    chunks: names.slice(0, parts.length),
    ids: ids as string,
    history: history as string,
    ...(originalBlob !== undefined ? { original: originalBlob } : {}),
    progress: documentProgress(op.segments),
  };
  const stored: StoredDocument = { ...doc, shard: ref };
  return stored;
}

/** What one document's compaction writes, as memory held it when the compaction began. */
export interface CompactionJob {
  state: DocState;
  doc: TinjauDocument;
  ref: ShardRef | null;
  segmentsVersion: number;
  historyVersion: number;
  /** All its segments when the whole document is written; null otherwise. */
  segments: Segment[] | null;
  /** Only the chunks one-segment edits changed, with their change counters. */
  changed: { parts: [number, Segment[]][]; versions: Map<number, number> } | null;
  progress: DocumentProgress | null;
  revisions: Revision[] | null;
  original: string | undefined;
}

/** How many segments a compaction now would write (reading a shard costs about as much as writing it). */
export function segmentsToRewrite(states: Iterable<DocState>): number {
  let n = 0;
  for (const state of states) {
    const all = state.byId ? state.byId.size : (state.ref?.progress.segments ?? 0);
    if (state.segmentsVersion > 0 || (state.ref && !state.ref.chunks)) {
      // Chunks changed by one-segment edits cost their own size; anything else the whole document.
      const partial = !state.byId && state.ids && state.pending.length === 0 && !state.reorder;
      n += partial ? [...state.chunkVersions.keys()].reduce((sum, k) => sum + (state.ids?.[k]?.length ?? 0), 0) : all;
    }
    if (state.historyVersion > 0) n += state.history ? state.history.size : all;
  }
  return n;
}

/**
 * The chunks one-segment edits changed, read and copied now (with their change counters), or
 * null when the whole document must be written: not read by chunk, or its progress unknown.
 */
function changedChunks(state: DocState, shards: ShardReader): { parts: [number, Segment[]][]; versions: Map<number, number> } | null {
  if (!state.ref?.chunks || !shards.byChunk(state)) return null;
  for (const k of state.chunkVersions.keys()) shards.loadChunk(state, k);
  if (state.reorder || !state.progress) return null;
  const parts: [number, Segment[]][] = [...state.chunkVersions.keys()].map((k) => [k, [...(state.chunks.get(k) as Map<string, Segment>).values()]]);
  return { parts, versions: new Map(state.chunkVersions) };
}

/** Every document's job, in document order: what changed is copied now, so later commits do not mix in. */
export function compactionJobs(table: DocumentTable, shards: ShardReader, segmentsOf: (documentId: string) => Segment[]): CompactionJob[] {
  return table.documents.map((d) => table.states.get(d.id) as DocState).map((state) => {
    const segmentsVersion = state.segmentsVersion;
    const historyVersion = state.historyVersion;
    // A format-2 blob is rewritten as chunks even unchanged (the upgrade); one-segment edits
    // rewrite only their chunks.
    const rewrite = segmentsVersion > 0 || (state.ref !== null && !state.ref.chunks);
    const changed = rewrite ? changedChunks(state, shards) : null;
    const segments = rewrite && !changed ? segmentsOf(state.doc.id) : null;
    const revisions = historyVersion ? flatten(shards.loadHistory(state)) : null;
    const original = state.originalUnwritten && typeof state.original === 'string' ? state.original : undefined;
    return { state, doc: state.doc, ref: state.ref, segmentsVersion, historyVersion, segments, changed, progress: state.progress, revisions, original };
  });
}

/** Writes one document's new blobs (chunks, index, history, original as changed) and names them all. */
export async function writeJob(dir: string, job: CompactionJob, chunkSegments: number): Promise<ShardRef> {
  const id = job.doc.id;
  const old = job.ref as ShardRef;
  let segmentRef: Pick<ShardRef, 'chunks' | 'ids' | 'progress'> = { chunks: old?.chunks, ids: old?.ids, progress: old?.progress };
  if (job.segments) {
    const parts = chunksOf(job.segments, chunkSegments);
    const chunks: string[] = [];
    for (const part of parts) chunks.push(await writeBlobChunks(dir, serializeInChunks({ documentId: id }, 'segments', part)));
    segmentRef = { chunks, ids: writeBlobSync(dir, idsBlobText(id, parts)), progress: documentProgress(job.segments) };
  } else if (job.changed) {
    const chunks = [...(old.chunks as string[])];
    for (const [k, part] of job.changed.parts) chunks[k] = await writeBlobChunks(dir, serializeInChunks({ documentId: id }, 'segments', part));
    segmentRef = { chunks, ids: old.ids, progress: job.progress as DocumentProgress };
  }
  const ref: ShardRef = {
    chunks: segmentRef.chunks as string[],
    ids: segmentRef.ids as string,
    history: job.revisions ? await writeBlobChunks(dir, serializeInChunks({ documentId: id }, 'revisions', job.revisions)) : old.history,
    ...(job.original !== undefined ? { original: writeBlobSync(dir, job.original) } : job.ref?.original ? { original: job.ref.original } : {}),
    progress: segmentRef.progress,
  };
  return ref;
}

/** Deletes blobs named by nothing: not memory, project.json, the journal or a kept backup. */
export function collectUnnamedBlobs(dir: string, inMemory: readonly (ShardRef | null)[], snapshot: ProjectSnapshot['documents'], journalTail: readonly JournalEntry[]): void {
  const live = new Set<string>();
  const addRef = (ref: ShardRef | null | undefined, to: Set<string>) => {
    if (!ref) return;
    if (ref.segments) to.add(ref.segments);
    for (const name of ref.chunks ?? []) to.add(name);
    if (ref.ids) to.add(ref.ids);
    to.add(ref.history);
    if (ref.original) to.add(ref.original);
  };
  for (const ref of inMemory) addRef(ref, live);
  for (const doc of snapshot) if ('shard' in doc) addRef(doc.shard, live);
  for (const entry of journalTail) if (entry.op === 'add-document' && 'shard' in entry.document) addRef(entry.document.shard, live);
  const backedUp = new Set<string>();
  for (const b of listBackups(dir)) {
    try {
      const data = JSON.parse(readFileSync(b.file, 'utf8')) as { documents?: { shard?: ShardRef }[] };
      for (const doc of data.documents ?? []) addRef(doc.shard, backedUp);
    } catch {
      // An unreadable backup names nothing we can tell; keep every backup blob rather than guess.
      return;
    }
  }
  collectBlobs(dir, live, backedUp);
}
