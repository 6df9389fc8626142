import { useMemo, useRef } from 'react';

/**
 * Each segment's position in `list` (from `base`): the map made for the previous list when its
 * ids are the same, in the same order. A save or a status change replaces one segment of the
 * list; the numbering then stays the very same object, so nothing that depends on it (the grid's
 * numbers, the QA panel, the tracked changes) is rebuilt over a book-length document.
 */
export function positionsOf(list: readonly { readonly id: string }[], base: number, previous: ReadonlyMap<string, number> | null): ReadonlyMap<string, number> {
  if (previous && previous.size === list.length) {
    let i = 0;
    let same = true;
    for (const id of previous.keys()) {
      if (list[i++]?.id !== id) {
        same = false;
        break;
      }
    }
    if (same) return previous;
  }
  return new Map(list.map((s, i) => [s.id, i + base]));
}

/** `positionsOf` across renders. */
export function usePositions(list: readonly { readonly id: string }[], base: number): ReadonlyMap<string, number> {
  const previous = useRef<ReadonlyMap<string, number> | null>(null);
  return useMemo(() => (previous.current = positionsOf(list, base, previous.current)), [list, base]);
}
