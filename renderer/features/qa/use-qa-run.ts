import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobProgress, QaRunResult } from '../../../shared/api/qa-types';
import type { QaIgnoreRecord } from '../../../shared/model/project';
import type { QaFinding } from '../../../shared/qa/types';
import type { Client } from '../../api/client';
import { newJobId } from './qa-groups';

/** How often a running QA job is asked for its progress. */
const POLL_MS = 250;

export type IgnoredFinding = QaFinding & { readonly reason: string };

export interface QaRunState {
  readonly findings: readonly QaFinding[];
  readonly ignored: readonly IgnoredFinding[];
  readonly segments: number;
  readonly cancelled: boolean;
  readonly notes: QaRunResult['notes'];
}

/**
 * A document's QA run as a job: start it with a fresh job id, poll its progress for the bar,
 * cancel it, and keep the findings current as the reviewer ignores and restores them.
 */
export function useQaRun(client: Client, project: string, documentId: string) {
  const [result, setResult] = useState<QaRunState | null>(null);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const jobRef = useRef<string | null>(null);

  // A different document's findings would be misleading: start afresh.
  useEffect(() => {
    setResult(null);
    setProgress(null);
    setError(null);
  }, [project, documentId]);

  // While a job runs, ask for its progress; a job the services no longer know gives null.
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => {
      const jobId = jobRef.current;
      if (!jobId) return;
      client.api['jobs:progress']({ jobId }).then(
        (p) => p && jobRef.current === jobId && setProgress(p),
        () => undefined,
      );
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [client, running]);

  /** Runs on this document, or on the whole project (consistency across its documents). */
  const run = useCallback(async (wholeProject = false) => {
    const jobId = newJobId();
    jobRef.current = jobId;
    setRunning(true);
    setError(null);
    setProgress({ jobId, label: '', done: 0, total: 0, finished: false, cancelled: false });
    try {
      const r: QaRunResult = await client.api['qa:run']({ project, ...(wholeProject ? {} : { documentId }), jobId });
      if (jobRef.current !== jobId) return;
      setResult({ findings: r.findings, ignored: r.ignored, segments: r.segments, cancelled: r.cancelled, notes: r.notes });
    } catch (err) {
      if (jobRef.current === jobId) setError((err as Error).message);
    } finally {
      if (jobRef.current === jobId) {
        setRunning(false);
        setProgress(null);
      }
    }
  }, [client, project, documentId]);

  const cancel = useCallback(() => {
    const jobId = jobRef.current;
    if (jobId) client.api['jobs:cancel']({ jobId }).catch((err: Error) => setError(err.message));
  }, [client]);

  /** Ignores a finding with the reason; it moves to the ignored list without a new run. */
  const ignore = useCallback(
    async (finding: QaFinding, reason: string) => {
      try {
        const ignores: readonly QaIgnoreRecord[] = await client.api['qa:ignore']({ project, findingId: finding.id, reason, ignored: true });
        const stored = ignores.find((i) => i.findingId === finding.id)?.reason ?? reason;
        setResult((r) => r && { ...r, findings: r.findings.filter((f) => f.id !== finding.id), ignored: [...r.ignored.filter((f) => f.id !== finding.id), { ...finding, reason: stored }] });
        return true;
      } catch (err) {
        setError((err as Error).message);
        return false;
      }
    },
    [client, project],
  );

  const unignore = useCallback(
    async (finding: IgnoredFinding) => {
      try {
        await client.api['qa:ignore']({ project, findingId: finding.id, reason: '', ignored: false });
        const { reason: _reason, ...open } = finding;
        setResult((r) => r && { ...r, ignored: r.ignored.filter((f) => f.id !== finding.id), findings: [...r.findings, open] });
      } catch (err) {
        setError((err as Error).message);
      }
    },
    [client, project],
  );

  return { result, progress, running, error, setError, run, cancel, ignore, unignore };
}
