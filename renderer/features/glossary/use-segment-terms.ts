import { useEffect, useMemo, useState } from 'react';
import type { SegmentTerms } from '../../../shared/api/glossary-types';
import type { Segment } from '../../../shared/model/segment';
import type { Client } from '../../api/client';

/** Term hits and checks for every segment of a document, plus live checks for the one being edited. */
export function useDocumentTerms(client: Client, project: string, documentId: string, stamp: string | null, active: Segment | null) {
  const [terms, setTerms] = useState<ReadonlyMap<string, SegmentTerms>>(new Map());
  const [live, setLive] = useState<SegmentTerms | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    // No stamp yet (the glossary's, or the segments still loading): one request later, not two now.
    if (stamp === null) return;
    let cancelled = false;
    client.api['terms:document']({ project, documentId }).then(
      (list) => {
        if (cancelled) return;
        setTerms(new Map(list.map((t) => [t.segmentId, t])));
        setError(null);
      },
      (err: Error) => !cancelled && setError(err.message),
    );
    return () => {
      cancelled = true;
    };
  }, [client, project, documentId, stamp]);

  // Re-check the active segment as the reviewer types (debounced).
  const activeId = active?.id ?? null;
  const activeTarget = active?.target ?? '';
  useEffect(() => {
    if (!activeId) return setLive(null);
    let cancelled = false;
    const timer = window.setTimeout(() => {
      client.api['terms:segment']({ project, segmentId: activeId, target: activeTarget }).then(
        (t) => {
          if (cancelled) return;
          setLive(t);
          // Keep the fresh result for the segment after the reviewer moves on.
          setTerms((map) => new Map(map).set(t.segmentId, t));
        },
        () => undefined,
      );
    }, 250);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [client, project, activeId, activeTarget, stamp]);

  const merged = useMemo(() => {
    if (!live) return terms;
    const copy = new Map(terms);
    copy.set(live.segmentId, live);
    return copy;
  }, [terms, live]);
  return { terms: merged, error };
}

/** The English term Alt+n inserts: the n-th hit's first approved term. */
export function insertableTerms(terms: SegmentTerms | undefined): string[] {
  if (!terms) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const check of terms.checks) {
    const term = check.expected[0];
    if (check.hit.nested || !term || seen.has(check.hit.entryId)) continue;
    seen.add(check.hit.entryId);
    out.push(term);
  }
  return out;
}
