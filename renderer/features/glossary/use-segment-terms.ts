import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SegmentTerms } from '../../../shared/api/glossary-types';
import { hasTermProblem } from '../../../shared/glossary/model';
import type { Segment } from '../../../shared/model/segment';
import type { Client } from '../../api/client';

/** Ids asked for in one request; the rows on screen are a few dozen. */
const BATCH = 200;
/** Rows the workbench keeps checks for; those scrolled past longest ago are asked for again when they come back. */
const KEEP = 3_000;
/** Asking waits this long after the rows change, so a fast scroll asks once where it stops, not for every row it passes. */
const ASK_DELAY_MS = 40;

/**
 * Term hits and checks for the rows the grid shows (`show`, called by the grid with the ids it
 * renders), live checks for the one being edited, and, while `wantProblems`, the ids of every
 * segment with a term problem (the "Term issues" filter). A book-length document's hits run to
 * hundreds of megabytes: they are never asked for whole. `stamp` changes when the glossary does;
 * the rows on screen are then asked for again and the older checks dropped.
 */
export function useDocumentTerms(client: Client, project: string, documentId: string, stamp: string | null, active: Segment | null, wantProblems: boolean) {
  const [terms, setTerms] = useState<ReadonlyMap<string, SegmentTerms>>(new Map());
  const [live, setLive] = useState<SegmentTerms | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<ReadonlySet<string> | null>(null);
  /** What the grid shows now; asked for again when the stamp changes. */
  const shown = useRef<readonly string[]>([]);
  /** Ids answered or asked for under the current stamp. */
  const known = useRef(new Set<string>());
  /** Bumped by a new stamp or document: answers to older questions are dropped, the first new one replaces the map. */
  const generation = useRef(0);
  const replaceNext = useRef(false);
  const timer = useRef<number | null>(null);
  const stampRef = useRef(stamp);
  stampRef.current = stamp;

  const ask = useCallback(() => {
    timer.current = null;
    if (stampRef.current === null) return;
    const missing = shown.current.filter((id) => !known.current.has(id));
    if (missing.length === 0) return;
    const asked = generation.current;
    for (let i = 0; i < missing.length; i += BATCH) {
      const ids = missing.slice(i, i + BATCH);
      for (const id of ids) known.current.add(id);
      client.api['terms:segments']({ project, segmentIds: ids }).then(
        (list) => {
          if (asked !== generation.current) return;
          const replace = replaceNext.current;
          replaceNext.current = false;
          setTerms((map) => {
            const next = new Map(replace ? [] : map);
            for (const t of list) next.set(t.segmentId, t);
            // Keep the map small: the rows scrolled past longest ago go first (a Map keeps insertion order).
            for (const id of next.keys()) {
              if (next.size <= KEEP) break;
              next.delete(id);
              known.current.delete(id);
            }
            return next;
          });
          setError(null);
        },
        (err: Error) => {
          if (asked !== generation.current) return;
          for (const id of ids) known.current.delete(id);
          setError(err.message);
        },
      );
    }
  }, [client, project]);

  /** The grid's rows: asked for shortly, unless known already. */
  const show = useCallback(
    (ids: readonly string[]) => {
      shown.current = ids;
      if (timer.current === null) timer.current = window.setTimeout(ask, ASK_DELAY_MS);
    },
    [ask],
  );

  useEffect(() => {
    // A new glossary (or document): what is on screen is asked for again; the old checks stay until the answer comes.
    generation.current++;
    known.current = new Set();
    replaceNext.current = true;
    if (stamp === null) return;
    ask();
  }, [ask, documentId, stamp]);

  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );

  useEffect(() => {
    if (!wantProblems || stamp === null) return setProblems(null);
    let cancelled = false;
    client.api['terms:problems']({ project, documentId }).then(
      (ids) => !cancelled && setProblems(new Set(ids)),
      (err: Error) => !cancelled && setError(err.message),
    );
    return () => {
      cancelled = true;
    };
  }, [client, project, documentId, stamp, wantProblems]);

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

  /** Whether a segment has a term problem: its own checks where the workbench has them (fresher), else the document's list. */
  const hasProblem = useCallback((id: string) => {
    const own = merged.get(id);
    return own ? hasTermProblem(own.checks) : (problems?.has(id) ?? false);
  }, [merged, problems]);
  return { terms: merged, show, hasProblem, checkingProblems: wantProblems && stamp !== null && problems === null, error };
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
