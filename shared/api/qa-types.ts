import type { Said } from '../messages/text';
import type { QaIgnoreRecord } from '../model/project';
import type { QaSummary } from '../qa/run';
import type { QaFinding } from '../qa/types';

export interface QaRunResult {
  /** Findings still to deal with. */
  readonly findings: readonly QaFinding[];
  /** Findings a reviewer ignored, with the reason. */
  readonly ignored: readonly (QaFinding & { readonly reason: string })[];
  readonly ignores: readonly QaIgnoreRecord[];
  readonly summary: QaSummary;
  /** Segments checked (excluded boilerplate is skipped). */
  readonly segments: number;
  readonly cancelled: boolean;
  /** What this run could not check and why (no glossary, no dictionary, a damaged profile). */
  readonly notes: readonly Said[];
}

/** A long run's progress, for a progress bar with a cancel button. */
export interface JobProgress {
  readonly jobId: string;
  readonly label: string;
  readonly done: number;
  readonly total: number;
  readonly finished: boolean;
  readonly cancelled: boolean;
}
