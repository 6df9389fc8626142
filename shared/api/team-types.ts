/** Results of the team channels (team projects on a git remote). */
import type { Said } from '../messages/text';
import type { Assignment } from '../model/project';
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
  /** The project's assignments after the sync (others may have changed them). */
  readonly assignments?: readonly Assignment[];
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


/** Another member's change to a segment this copy's reviewer has not confirmed since: shown as a tracked change. */
export interface TrackedChange {
  readonly segmentId: string;
  /** What this copy's reviewer last saw (their text or the draft before the sync). */
  readonly before: string;
  readonly after: string;
  readonly author: string;
  readonly at: string;
}
