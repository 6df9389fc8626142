import type { RefObject } from 'react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { startsWithIds } from './positions';
import { RowHeights } from './row-heights';

type Keyed = { readonly id: string };

export interface VirtualRow {
  readonly index: number;
  readonly key: string;
  /** Where the row starts, from the top of the rows (below the sticky header). */
  readonly start: number;
}

export interface VirtualRowsOptions {
  /** The rows in order; a row's height is remembered by its id, across filters and reloads. */
  readonly rows: readonly Keyed[];
  /** The height of a row not measured yet. */
  readonly estimate: number;
  /** Rows rendered beyond each edge of the screen. */
  readonly overscan: number;
  /** Space the sticky column header takes at the top of the scroller, above the rows. */
  readonly headerHeight: number;
  readonly scroller: RefObject<HTMLElement | null>;
}

export interface VirtualRows {
  readonly items: readonly VirtualRow[];
  readonly totalSize: number;
  /** The ref of a rendered row (with `data-index` and `data-key`): its height is measured as it changes. */
  readonly measure: (el: HTMLElement | null) => (() => void) | undefined;
  /** Scrolls as little as needed to bring row `index` wholly into view. */
  readonly scrollToIndex: (index: number) => void;
}

/** How many passes, and for how long, a scroll to a row corrects itself as the rows on the way are measured. */
const SCROLL_TRIES = 4;
const SCROLL_SETTLE_MS = 500;

/**
 * The grid's virtualization: only the rows on screen (and `overscan` beyond) are rendered. Row
 * heights live in a Fenwick tree (row-heights.ts), so scrolling through a 100,000-row document
 * costs the same per frame as through a short one. A row measured taller or shorter above the
 * screen moves the scroll position by as much, so what the reviewer reads does not jump.
 */
export function useVirtualRows({ rows, estimate, overscan, headerHeight, scroller }: VirtualRowsOptions): VirtualRows {
  /** Measured heights by row id: a row that comes back (a filter off again) is placed right at once. */
  const known = useRef(new Map<string, number>());
  const previousRows = useRef<readonly Keyed[] | null>(null);
  const previousHeights = useRef<RowHeights | null>(null);
  const heights = useMemo(() => {
    // A save replaces one row of the list; the ids are the same, and so are the heights.
    const before = previousRows.current;
    const kept = previousHeights.current;
    if (before && kept && before.length === rows.length && startsWithIds(rows, before)) return kept;
    const map = known.current;
    return new RowHeights(rows.length, (i) => map.get((rows[i] as Keyed).id) ?? estimate);
  }, [rows, estimate]);
  previousRows.current = rows;
  previousHeights.current = heights;
  const current = useRef({ heights, rows });
  current.current = { heights, rows };

  const [range, setRange] = useState({ first: 0, last: -1 });
  const [, setVersion] = useState(0);
  const pendingScroll = useRef<{ index: number; tries: number; until: number } | null>(null);

  const rangeNow = useCallback(() => {
    const el = scroller.current;
    const { heights: h } = current.current;
    if (!el || h.count === 0) return { first: 0, last: -1 };
    const top = el.scrollTop;
    const bottom = top + Math.max(0, el.clientHeight - headerHeight);
    return { first: Math.max(0, h.indexAt(top) - overscan), last: Math.min(h.count - 1, h.indexAt(bottom) + overscan) };
  }, [scroller, headerHeight, overscan]);

  const update = useCallback(() => {
    const next = rangeNow();
    setRange((r) => (r.first === next.first && r.last === next.last ? r : next));
  }, [rangeNow]);

  /** Scroll so row `index` shows whole; true when the scroll position had to change. */
  const reveal = useCallback(
    (index: number): boolean => {
      const el = scroller.current;
      const { heights: h } = current.current;
      if (!el || index < 0 || index >= h.count) return false;
      const start = h.start(index);
      const height = h.height(index);
      const room = Math.max(0, el.clientHeight - headerHeight);
      let top = el.scrollTop;
      if (start < top || height > room) top = start;
      else if (start + height > top + room) top = start + height - room;
      if (Math.abs(top - el.scrollTop) < 1) return false;
      el.scrollTop = top;
      return true;
    },
    [scroller, headerHeight],
  );

  const observer = useMemo(
    () =>
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver((entries) => {
            const el = scroller.current;
            const { heights: h, rows: list } = current.current;
            let changed = false;
            let shift = 0;
            const top = el?.scrollTop ?? 0;
            for (const entry of entries) {
              const target = entry.target as HTMLElement;
              const index = Number(target.dataset.index);
              const key = target.dataset.key;
              if (!Number.isInteger(index) || key === undefined || (list[index] as Keyed | undefined)?.id !== key) continue;
              const size = entry.borderBoxSize?.[0]?.blockSize ?? target.getBoundingClientRect().height;
              if (size <= 0) continue;
              known.current.set(key, size);
              const start = h.start(index);
              const delta = h.set(index, size);
              if (delta === 0) continue;
              changed = true;
              // A row above the screen changed: keep the rows on screen where they are.
              if (start + size - delta <= top) shift += delta;
            }
            if (!changed) return;
            if (pendingScroll.current && performance.now() > pendingScroll.current.until) pendingScroll.current = null;
            if (el && shift !== 0 && pendingScroll.current === null) el.scrollTop = top + shift;
            const pending = pendingScroll.current;
            if (pending) {
              pending.tries--;
              if (!reveal(pending.index) || pending.tries <= 0) pendingScroll.current = null;
            }
            setVersion((v) => v + 1);
            update();
          }),
    [scroller, reveal, update],
  );
  useEffect(() => () => observer?.disconnect(), [observer]);

  // The range follows the scroll position, the scroller's size, and the list.
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    el.addEventListener('scroll', update, { passive: true });
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    resize?.observe(el);
    return () => {
      el.removeEventListener('scroll', update);
      resize?.disconnect();
    };
  }, [scroller, update]);
  useLayoutEffect(update, [update, heights]);

  const measure = useCallback(
    (el: HTMLElement | null) => {
      if (!el || !observer) return undefined;
      observer.observe(el);
      return () => observer.unobserve(el);
    },
    [observer],
  );

  const scrollToIndex = useCallback(
    (index: number) => {
      pendingScroll.current = { index, tries: SCROLL_TRIES, until: performance.now() + SCROLL_SETTLE_MS };
      if (!reveal(index)) pendingScroll.current = null;
      update();
    },
    [reveal, update],
  );

  const items: VirtualRow[] = [];
  const last = Math.min(range.last, heights.count - 1);
  for (let i = range.first; i <= last; i++) items.push({ index: i, key: (rows[i] as Keyed).id, start: heights.start(i) });
  return { items, totalSize: heights.total, measure, scrollToIndex };
}
