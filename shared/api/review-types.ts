import type { Said } from '../messages/text';
import type { DraftOrigin, Segment } from '../model/segment';
import type { ReplacePreview } from '../project/review-ops';
import type { DocumentStats } from '../review/document-stats';
import type { MqmScore } from '../review/mqm';

export interface ReplaceResult {
  readonly changes: readonly ReplacePreview[];
  /** Set when the changes were applied: undo them with `segments:undoBatch`. */
  readonly batchId?: string;
  /** The segments as they are after applying. */
  readonly segments?: readonly Segment[];
  /** A bad regular expression, in words. */
  readonly error?: Said;
}

export interface BatchResult {
  readonly batchId: string;
  readonly segments: readonly Segment[];
  /** Segments an undo left alone because they were edited after the batch. */
  readonly skipped?: number;
}

export interface ReviewStats {
  readonly stats: DocumentStats;
  readonly mqm: MqmScore;
  /** Segments confirmed per day (ISO date), for the progress chart. */
  readonly confirmedByDay: readonly { readonly day: string; readonly segments: number }[];
  readonly sourceWords: number;
  /** Mean post-edit distance per draft source (origin and MT engine or TM), to compare engines. */
  readonly byEngine: readonly {
    readonly label: string;
    readonly origin: DraftOrigin;
    /** The MT engine or TM that gave the drafts, when known. */
    readonly engine?: string;
    readonly segments: number;
    readonly meanPostEditDistance: number;
  }[];
}
