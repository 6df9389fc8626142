import type { ProjectMeta } from '../../shared/model/project';
import { CURRENT_SCHEMA_VERSION } from '../../shared/model/project';
import type { BackupPolicy, CompactionProbe } from './backups';
import type { ProjectSnapshot } from './journal';

/*
 * A project folder's fixed names and the store's settings (docs/architecture.md, Storage). The
 * blobs' folders are in electron/services/blobs.ts, the backups' in electron/services/backups.ts.
 */

export const SNAPSHOT_FILE = 'project.json';
export const JOURNAL_FILE = 'journal.jsonl';
export const LOCK_FILE = 'lock';

export interface StoreOptions {
  /** Who holds the project: shown to a second opener. */
  readonly owner: string;
  /** How long after the last edit a due compaction starts. */
  readonly compactAfterMs?: number;
  /**
   * Journal bytes since the last compaction that make one due (default 4 MiB). Below it an edit
   * costs one journal line and nothing else, even on close.
   */
  readonly compactJournalBytes?: number;
  /**
   * Closing folds the journal into the shards anyway when the shards to rewrite hold at most this
   * many segments (default 2,000): cheap, and the next open replays nothing.
   */
  readonly closeCompactSegments?: number;
  /** Backup rotation (last N, one a day, least time between two); see DEFAULT_BACKUP_POLICY. */
  readonly backups?: Partial<BackupPolicy>;
  /** For tests: called at each stage of a compaction; awaiting in it slows the compaction down. */
  readonly compactionProbe?: CompactionProbe;
  /** Segments per chunk blob (default 2,000): what reading one segment costs at most. */
  readonly chunkSegments?: number;
}

/** Creating the lock was refused because nobody may write the folder (not a full disk, not a holder). */
export function isReadOnlyFolder(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'EROFS' || code === 'EACCES' || code === 'EPERM';
}

export function emptyProject(meta: ProjectMeta): ProjectSnapshot {
  return { schemaVersion: CURRENT_SCHEMA_VERSION, lastSeq: 0, project: meta, documents: [] };
}
