/**
 * Long jobs (a QA run over a whole project): progress for a progress bar, and cancellation.
 *
 * The caller picks the job id, so it can poll `jobs:progress` and call `jobs:cancel` while the
 * job's own call is still waiting for its result. A job works in chunks and yields between them
 * (`nextTurn`), so the one main process keeps answering other calls while it runs.
 */
import { TinjauError } from '../../shared/api/errors';
import { say } from '../../shared/messages/text';
import type { JobProgress } from '../../shared/api/qa-types';

/** Finished jobs stay visible this long, so a last poll still sees "finished" or "cancelled". */
export const FINISHED_JOB_KEEP_MS = 60_000;

interface JobState {
  readonly jobId: string;
  readonly label: string;
  done: number;
  total: number;
  finished: boolean;
  cancelled: boolean;
  finishedAt: number;
}

/** What a running job sees: report progress, check for a cancel, say it is done. */
export class JobHandle {
  constructor(private readonly state: JobState, private readonly clock: () => number) {}

  get id(): string {
    return this.state.jobId;
  }

  get cancelled(): boolean {
    return this.state.cancelled;
  }

  report(done: number, total = this.state.total): void {
    this.state.done = done;
    this.state.total = total;
  }

  finish(): void {
    if (this.state.finished) return;
    this.state.finished = true;
    this.state.finishedAt = this.clock();
  }
}

export class JobRegistry {
  private readonly jobs = new Map<string, JobState>();

  constructor(private readonly clock: () => number = Date.now) {}

  /** Registers a job; a second job under a running job's id is refused. */
  start(jobId: string, label: string, total = 0): JobHandle {
    this.prune();
    const existing = this.jobs.get(jobId);
    if (existing && !existing.finished) throw new TinjauError('conflict', say('job.alreadyRunning', { jobId }));
    const state: JobState = { jobId, label, done: 0, total, finished: false, cancelled: false, finishedAt: 0 };
    this.jobs.set(jobId, state);
    return new JobHandle(state, this.clock);
  }

  /** The job's progress, or null when no such job ran in the last minute. */
  progress(jobId: string): JobProgress | null {
    this.prune();
    const s = this.jobs.get(jobId);
    if (!s) return null;
    return { jobId: s.jobId, label: s.label, done: s.done, total: s.total, finished: s.finished, cancelled: s.cancelled };
  }

  /** Asks a running job to stop at its next chunk; false when there is nothing running to stop. */
  cancel(jobId: string): boolean {
    this.prune();
    const s = this.jobs.get(jobId);
    if (!s || s.finished) return false;
    s.cancelled = true;
    return true;
  }

  get running(): number {
    return [...this.jobs.values()].filter((s) => !s.finished).length;
  }

  private prune(): void {
    // Pruned on access rather than by timers, so a registry never keeps a process alive.
    const now = this.clock();
    for (const [id, s] of this.jobs) if (s.finished && now - s.finishedAt > FINISHED_JOB_KEEP_MS) this.jobs.delete(id);
  }
}

/** Lets pending I/O and other calls run before the next chunk of a long job. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
