import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TeamStatus } from '../../../shared/api/team-types';
import type { Client } from '../../api/client';
import { newJobId } from '../../components/job-progress';
import { localMessage } from '../../i18n/local-message';
import { publishAssignments } from './live-assignments';
import { SyncScheduler } from './sync-scheduler';

/** How often a linked project syncs while it is open. */
export const SYNC_EVERY_MS = 60_000;
/** A confirm schedules a sync this long after the last confirm: several confirms make one sync. */
export const SYNC_AFTER_CONFIRM_MS = 3_000;

export interface TeamSync {
  readonly status: TeamStatus | null;
  /** The running sync's job (progress bar and Cancel), or null. */
  readonly jobId: string | null;
  /** A sync is scheduled (debounced after a confirm, or queued behind the running one). */
  readonly pending: boolean;
  /** The last sync's failure in words, or null. */
  readonly error: string | null;
  readonly schedule: () => void;
  readonly syncNow: () => void;
}

/**
 * A linked project's background sync for the workbench: on open, on a timer, when the network comes
 * back, and a few seconds after a confirm. Runs in the main process; the editor never waits for it.
 */
export function useTeamSync(client: Client, project: string, onReceived: () => void): TeamSync {
  const [status, setStatus] = useState<TeamStatus | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const received = useRef(onReceived);
  received.current = onReceived;
  const linked = useRef(false);

  const scheduler = useMemo(
    () =>
      new SyncScheduler(
        async () => {
          if (!linked.current) return;
          const id = newJobId();
          setJobId(id);
          try {
            const report = await client.api['team:sync']({ project, jobId: id });
            setError(null);
            setStatus(report.status);
            if (report.assignments) publishAssignments(project, report.assignments);
            if (report.received > 0) received.current();
          } catch (err) {
            setError(localMessage(err as Error));
            setStatus(await client.api['team:status']({ project }).catch(() => null));
          } finally {
            setJobId(null);
          }
        },
        SYNC_AFTER_CONFIRM_MS,
        setPending,
      ),
    [client, project],
  );

  useEffect(() => {
    let stopped = false;
    void client.api['team:status']({ project }).then((s) => {
      // An unlinked project changes nothing in the workbench (not even a re-render while the reviewer selects text).
      if (stopped || !s.linked) return;
      setStatus(s);
      linked.current = true;
      void scheduler.now(); // sync on open
    }, () => undefined);
    const every = window.setInterval(() => void scheduler.now(), SYNC_EVERY_MS);
    const online = () => void scheduler.now();
    window.addEventListener('online', online);
    return () => {
      stopped = true;
      window.clearInterval(every);
      window.removeEventListener('online', online);
      scheduler.stop();
    };
  }, [client, project, scheduler]);

  const schedule = useCallback(() => {
    if (linked.current) scheduler.schedule();
  }, [scheduler]);
  const syncNow = useCallback(() => void scheduler.now(), [scheduler]);
  return { status, jobId, pending, error, schedule, syncNow };
}
