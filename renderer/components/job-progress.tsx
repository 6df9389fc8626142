import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobProgress } from '../../shared/api/qa-types';
import type { Client } from '../api/client';

/** A new id for a job the renderer starts and then follows. */
export function newJobId(): string {
  return `job-${crypto.randomUUID()}`;
}

/** A long job's progress bar with a Cancel button, polling the job while it runs. */
export function JobProgressBar({ client, jobId, label }: { client: Client; jobId: string; label: string }) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<JobProgress | null>(null);
  useEffect(() => {
    let stopped = false;
    const poll = () => client.api['jobs:progress']({ jobId }).then((p) => !stopped && setProgress(p), () => undefined);
    const timer = window.setInterval(() => void poll(), 250);
    void poll();
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [client, jobId]);
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : null;
  return (
    <div className="job-progress">
      <div
        className="progress-track job-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        {...(percent !== null ? { 'aria-valuenow': percent } : {})}
      >
        <div className={percent === null ? 'progress-fill progress-indeterminate' : 'progress-fill'} style={{ width: `${percent ?? 30}%` }} />
      </div>
      <span className="muted">{percent !== null ? `${percent}%` : t('common.working')}</span>
      <button type="button" className="small" onClick={() => void client.api['jobs:cancel']({ jobId })}>
        {t('common.cancel')}
      </button>
    </div>
  );
}

/**
 * A dialog's long call as a job: `start` gives the call a fresh job id (for the progress bar and
 * Cancel), keeps its error for the dialog to show, and clears the job when it ends either way.
 */
export function useJobRun() {
  const [job, setJob] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const start = async (call: (jobId: string) => Promise<void>) => {
    const jobId = newJobId();
    setJob(jobId);
    setError(null);
    try {
      await call(jobId);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setJob(null);
    }
  };
  return { job, error, setError, start };
}
