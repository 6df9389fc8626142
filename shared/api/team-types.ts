/** Results of the team channels (team projects on a git remote). */
import type { Said } from '../messages/text';
import type { SegmentConflict } from '../model/segment';

export interface TeamStatus {
  readonly linked: boolean;
  readonly url?: string;
  readonly lastSyncAt?: string;
  /** Local changes (segments, documents, settings) not yet on the remote. */
  readonly ahead: number;
  /** Commits on the remote this copy has not applied (as of the last fetch). */
  readonly behind: number;
  readonly offline: boolean;
  readonly lastError?: Said;
  readonly conflicts: number;
}

export interface SyncReport {
  readonly status: TeamStatus;
  /** Records received from the team (segments, revisions, documents, settings, glossary/TM lines). */
  readonly received: number;
  /** Files sent. */
  readonly sent: number;
  /** Segments newly marked as conflicts by this sync. */
  readonly newConflicts: number;
}

export interface ConflictItem {
  readonly documentId: string;
  readonly documentName: string;
  readonly segmentId: string;
  readonly index: number;
  readonly source: string;
  readonly target: string;
  readonly conflict: SegmentConflict;
}

