/** Reading a project folder's files as they are on disk, for tests of the storage layout. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Revision } from '../../shared/model/revision';
import type { Segment } from '../../shared/model/segment';

interface SnapshotOnDisk {
  readonly schemaVersion: number;
  readonly lastSeq: number;
  readonly documents: readonly { readonly id: string; readonly shard: { segments: string; history: string; original?: string } }[];
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
  return (JSON.parse(readBlob(projectDir, doc.shard.segments, from)) as { segments: Segment[] }).segments;
}

export function revisionsIn(projectDir: string, snapshotFile: string, documentId: string): Revision[] {
  const doc = readSnapshotFile(snapshotFile).documents.find((d) => d.id === documentId);
  if (!doc) throw new Error(`${snapshotFile} lists no document ${documentId}`);
  return (JSON.parse(readBlob(projectDir, doc.shard.history)) as { revisions: Revision[] }).revisions;
}
