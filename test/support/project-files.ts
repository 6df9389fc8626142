/** Reading a project folder's files as they are on disk, for tests of the storage layout. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Revision } from '../../shared/model/revision';
import type { Segment } from '../../shared/model/segment';

interface SnapshotOnDisk {
  readonly schemaVersion: number;
  readonly lastSeq: number;
  readonly documents: readonly { readonly id: string; readonly shard: { chunks?: string[]; ids?: string; segments?: string; history: string; original?: string } }[];
}

export function readSnapshotFile(file: string): SnapshotOnDisk {
  return JSON.parse(readFileSync(file, 'utf8')) as SnapshotOnDisk;
}

/** A blob's bytes; `from: 'backups'` reads its twin in backups/blobs. */
export function readBlob(projectDir: string, name: string, from: 'blobs' | 'backups' = 'blobs'): string {
  return readFileSync(path.join(projectDir, ...(from === 'blobs' ? ['blobs'] : ['backups', 'blobs']), name), 'utf8');
}

/** The segments a snapshot file (project.json or a backup of it) names for a document. */
export function segmentsIn(projectDir: string, snapshotFile: string, documentId: string, from: 'blobs' | 'backups' = 'blobs'): Segment[] {
  const doc = readSnapshotFile(snapshotFile).documents.find((d) => d.id === documentId);
  if (!doc) throw new Error(`${snapshotFile} lists no document ${documentId}`);
  return segmentBlobsOf(doc.shard).flatMap((name) => (JSON.parse(readBlob(projectDir, name, from)) as { segments: Segment[] }).segments);
}

/** The blobs holding a document's segments: its chunks (format 3), or its one blob (format 2). */
export function segmentBlobsOf(shard: SnapshotOnDisk['documents'][number]['shard']): string[] {
  return shard.chunks ?? (shard.segments ? [shard.segments] : []);
}

/** The chunk of a document holding a segment (format 3), by the document's id index. */
export function chunkHolding(projectDir: string, snapshotFile: string, documentId: string, segmentId: string): string {
  const doc = readSnapshotFile(snapshotFile).documents.find((d) => d.id === documentId);
  if (!doc?.shard.chunks || !doc.shard.ids) throw new Error(`${snapshotFile} has no chunked document ${documentId}`);
  const ids = (JSON.parse(readBlob(projectDir, doc.shard.ids)) as { ids: string[][] }).ids;
  const k = ids.findIndex((list) => list.includes(segmentId));
  if (k < 0) throw new Error(`no chunk of ${documentId} holds ${segmentId}`);
  return doc.shard.chunks[k] as string;
}

export function revisionsIn(projectDir: string, snapshotFile: string, documentId: string): Revision[] {
  const doc = readSnapshotFile(snapshotFile).documents.find((d) => d.id === documentId);
  if (!doc) throw new Error(`${snapshotFile} lists no document ${documentId}`);
  return (JSON.parse(readBlob(projectDir, doc.shard.history)) as { revisions: Revision[] }).revisions;
}
