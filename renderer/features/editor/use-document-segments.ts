import { useCallback, useEffect, useRef, useState } from 'react';
import type { Segment } from '../../../shared/model/segment';
import type { Client } from '../../api/client';
import { primeWordCounts } from '../../../shared/project/progress';
import { localMessage } from '../../i18n/local-message';
import { readByWindows } from './read-windows';

export type SaveState = 'saved' | 'saving' | 'error';

const RETRY_FIRST_MS = 2_000;
const RETRY_MAX_MS = 15_000;
/** How often the workbench asks whether the project's background writes fail (the service retries them). */
export const SAVE_STATUS_POLL_MS = 1_500;

/**
 * The segments of one document and the reviewer's unsaved typing.
 *
 * Typing is kept here and sent debounced; `flush` sends everything at once (on navigation,
 * confirm and page hide), and the UI shows "Saved" only after the service acknowledged it.
 */
export function useDocumentSegments(client: Client, project: string, documentId: string, saveDelayMs = 400) {
  const [segments, setSegments] = useState<Segment[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [saveError, setSaveError] = useState<string | null>(null);
  const pending = useRef(new Map<string, string>());
  /** How many times each segment was edited: a failed save puts its text back only if it is still the newest. */
  const edits = useRef(new Map<string, number>());
  const timer = useRef<number | null>(null);
  const inFlight = useRef<Promise<boolean>>(Promise.resolve(true));
  const lastSaveError = useRef<Error | null>(null);
  /** A failed save is sent again by itself, sooner first (a full disk freed, a share back). */
  const retryTimer = useRef<number | null>(null);
  const failures = useRef(0);
  const flushRef = useRef<() => Promise<boolean>>(() => Promise.resolve(true));

  /** Whether `segments` is the whole document; while false it is its first windows, in order. */
  const [complete, setComplete] = useState(false);
  /** Bumped by a whole-document change: a read still under way then stops, its list is outdated. */
  const generation = useRef(0);
  const shown = useRef(segments);
  shown.current = segments;
  const [loads, setLoads] = useState(0);
  const reload = useCallback(() => setLoads((n) => n + 1), []);
  useEffect(() => {
    let cancelled = false;
    const started = ++generation.current;
    const stale = () => cancelled || generation.current !== started;
    // The first open shows the first window at once and grows as the rest arrives; a reload keeps
    // the list on screen until the new one is whole, so nothing jumps under the reviewer.
    const progressive = shown.current === null;
    setComplete(false);
    void (async () => {
      const read = await readByWindows<Segment>(
        (offset, limit) =>
          client.api['segments:page']({ project, documentId, offset, limit }).then((page) => {
            // A few milliseconds per window now, instead of one long count when the last one is in.
            primeWordCounts(page.segments);
            return page;
          }),
        (batch, offset, done) => {
          if (!progressive) return;
          // Segments already shown may have been saved meanwhile: keep those, add the new batch.
          setSegments((list) => (offset === 0 || list === null ? batch : list.length === offset ? list.concat(batch) : list));
          if (done) setComplete(true);
        },
        stale,
      );
      if (read === null || progressive) return;
      setSegments(read);
      setComplete(true);
    })().catch((err: Error) => !stale() && setLoadError(err.message));
    return () => {
      cancelled = true;
    };
  }, [client, project, documentId, loads]);

  const replace = useCallback((updated: Segment) => {
    setSegments((list) => list && list.map((s) => (s.id === updated.id ? updated : s)));
  }, []);

  /** Takes the service's answer to a structural change: some segments, or the whole new list. */
  const apply = useCallback((changed: readonly Segment[], wholeDocument: boolean) => {
    if (wholeDocument) {
      generation.current++;
      setComplete(true);
      return setSegments([...changed]);
    }
    const byId = new Map(changed.map((s) => [s.id, s]));
    setSegments((list) => list && list.map((s) => byId.get(s.id) ?? s));
  }, []);

  /**
   * Sends all unsaved typing; resolves to whether this batch reached the service. A batch that
   * failed put its text back in `pending`, so `save` below sends again until nothing is left.
   */
  const flush = useCallback((): Promise<boolean> => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const batch = [...pending.current.entries()].map(([segmentId, target]) => ({ segmentId, target, edit: edits.current.get(segmentId) ?? 0 }));
    pending.current.clear();
    if (batch.length === 0) return inFlight.current;
    setSaveState('saving');
    const run = inFlight.current.then(async () => {
      try {
        for (const { segmentId, target } of batch) {
          const saved = await client.api['segments:update']({ project, segmentId, target });
          // Typing may have gone on while this was saved: the newer local text wins.
          const newer = pending.current.get(segmentId);
          replace(newer === undefined ? saved : { ...saved, target: newer });
        }
        // "All changes saved" only once nothing is left, also not text a failed save put back.
        if (pending.current.size === 0) {
          failures.current = 0;
          setSaveState('saved');
          setSaveError(null);
        }
        return true;
      } catch (err) {
        // Put the text back so the next flush retries it; nothing typed is dropped. Text typed
        // since (pending now, or already taken by a later save) is newer and stays as it is.
        for (const { segmentId, target, edit } of batch) {
          if (!pending.current.has(segmentId) && (edits.current.get(segmentId) ?? 0) === edit) pending.current.set(segmentId, target);
        }
        lastSaveError.current = err as Error;
        setSaveState('error');
        setSaveError((err as Error).message);
        failures.current++;
        if (retryTimer.current !== null) window.clearTimeout(retryTimer.current);
        retryTimer.current = window.setTimeout(() => {
          retryTimer.current = null;
          if (pending.current.size > 0) void flushRef.current();
        }, Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** (failures.current - 1)));
        return false;
      }
    });
    inFlight.current = run;
    return run;
  }, [client, project, replace]);
  flushRef.current = flush;

  const edit = useCallback(
    (segmentId: string, target: string) => {
      // The editor holds the text as typed; the list (and everything computed from it) catches
      // up when the save lands, so a keystroke never re-renders a book-length document.
      pending.current.set(segmentId, target);
      edits.current.set(segmentId, (edits.current.get(segmentId) ?? 0) + 1);
      setSaveState('saving');
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), saveDelayMs);
    },
    [flush, saveDelayMs],
  );

  /**
   * Saves all typing, or rejects with the reason it could not be saved (the text stays pending
   * for the next attempt). Actions that build on what was typed (confirm, leaving the document,
   * export) go through this: confirming text that never reached the service would confirm the
   * old text and feed it to the TM.
   */
  const save = useCallback(async (): Promise<void> => {
    // An earlier save that failed puts its text back: send again until nothing is left (or it fails).
    for (let attempt = 0; attempt < 3; attempt++) {
      if (!(await flush())) throw lastSaveError.current ?? new Error('not saved');
      if (pending.current.size === 0) return;
    }
  }, [flush]);

  const confirm = useCallback(
    async (segmentId: string): Promise<Segment> => {
      await save();
      const confirmed = await client.api['segments:confirm']({ project, segmentId });
      replace(confirmed);
      return confirmed;
    },
    [client, save, project, replace],
  );

  // A write the service does in the background (a compaction) has no request to fail: ask for
  // it, so it shows at once in the same banner and status as a refused save, until it lands.
  const [backgroundFailure, setBackgroundFailure] = useState<string | null>(null);
  const [dismissedBackground, setDismissedBackground] = useState<string | null>(null);
  const shownBackground = useRef<string | null>(null);
  useEffect(() => {
    let stopped = false;
    const poll = () =>
      client.api['projects:saveStatus']({ project }).then(
        (status) => {
          // Only a change re-renders: a poll that finds all well again touches nothing on screen.
          const message = status.failure ? localMessage(status.failure) : null;
          if (stopped || message === shownBackground.current) return;
          shownBackground.current = message;
          setBackgroundFailure(message);
        },
        () => undefined,
      );
    const timer = window.setInterval(() => void poll(), SAVE_STATUS_POLL_MS);
    void poll();
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [client, project]);

  const dismissSaveError = useCallback(() => {
    setSaveError(null);
    setDismissedBackground(backgroundFailure);
  }, [backgroundFailure]);
  const shownSaveError = saveError ?? (backgroundFailure !== dismissedBackground ? backgroundFailure : null);
  const shownSaveState: SaveState = backgroundFailure !== null && saveState === 'saved' ? 'error' : saveState;

  // The page may go away before the debounce fires (reload, window closed): send what is left.
  useEffect(() => {
    const onHide = () => {
      for (const [segmentId, target] of pending.current) client.callOnUnload('segments:update', { project, segmentId, target });
      pending.current.clear();
    };
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      if (retryTimer.current !== null) window.clearTimeout(retryTimer.current);
      void flush();
    };
  }, [client, flush, project]);

  return { segments, complete, loadError, saveState: shownSaveState, saveError: shownSaveError, dismissSaveError, edit, flush, save, confirm, replace, apply, reload };
}
