import { useEffect, useState } from 'react';
import type { QaFinding } from '../../../shared/qa/types';
import type { Client } from '../../api/client';

/** Quiet time after the last keystroke before the segment is checked again. */
const DEBOUNCE_MS = 300;

/**
 * QA findings of the segment being edited, for its live text: checked as the reviewer types
 * (debounced) and again whenever `confirmedAt` changes (pass the time of the last confirm).
 */
export function useSegmentQa(client: Client, project: string, segmentId: string | null, target: string, confirmedAt?: unknown) {
  const [findings, setFindings] = useState<readonly QaFinding[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!segmentId) {
      setFindings([]);
      return;
    }
    let cancelled = false;
    const timer = window.setTimeout(() => {
      client.api['qa:segment']({ project, segmentId, target }).then(
        (list) => {
          if (cancelled) return;
          setFindings(list);
          setError(null);
        },
        (err: Error) => !cancelled && setError(err.message),
      );
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [client, project, segmentId, target, confirmedAt]);

  return { findings, error };
}
