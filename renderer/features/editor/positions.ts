import { useMemo, useRef } from 'react';

type Listed = { readonly id: string };

/**
 * Each segment's position in a list (from `base`), as a read-only map. A list that only grew at
 * its end (a long document coming in window by window) shares one id index with the list it grew
 * from, extended by the new ids, instead of a map of the whole document made again: at 100,000
 * segments that rebuild took some 45 ms a step. An older, shorter list's positions stay right:
 * each sees only the first ids of the index, as many as it has.
 */
export class Positions implements ReadonlyMap<string, number> {
  constructor(
    /** id → place in the list from 0, shared with the longer lists grown from this one. */
    private readonly index: Map<string, number>,
    readonly list: readonly Listed[],
    readonly base: number,
  ) {}

  get size(): number {
    return this.list.length;
  }

  get(id: string): number | undefined {
    const i = this.index.get(id);
    return i !== undefined && i < this.list.length ? i + this.base : undefined;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** The same positions counted from another base (the grid's from 0, the numbers from 1). */
  withBase(base: number): Positions {
    return base === this.base ? this : new Positions(this.index, this.list, base);
  }

  /** True when the index can take the ids after this list's (no longer list took it already). */
  canGrow(): boolean {
    return this.index.size === this.list.length;
  }

  grow(list: readonly Listed[]): Positions {
    for (let i = this.list.length; i < list.length; i++) this.index.set((list[i] as Listed).id, i);
    return new Positions(this.index, list, this.base);
  }

  /** The ids in order (an array's iterator: a generator took 30 ms over 100,000 ids). */
  keys(): MapIterator<string> {
    return this.ids()[Symbol.iterator]() as MapIterator<string>;
  }

  ids(): string[] {
    return this.list.map((s) => s.id);
  }

  *values(): MapIterator<number> {
    for (let i = 0; i < this.list.length; i++) yield i + this.base;
  }

  *entries(): MapIterator<[string, number]> {
    for (let i = 0; i < this.list.length; i++) yield [(this.list[i] as Listed).id, i + this.base];
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void): void {
    for (let i = 0; i < this.list.length; i++) callback(i + this.base, (this.list[i] as Listed).id, this);
  }
}

/**
 * The positions of `list`: `previous` itself when the ids are the same, in the same order (a save
 * or a status change replaces one segment of the list; the numbering then stays the very same
 * object, so nothing that depends on it, the grid's numbers, the QA panel, the tracked changes,
 * is rebuilt over a book-length document); `previous` grown when the list only grew at its end.
 */
export function positionsOf(list: readonly Listed[], base: number, previous: Positions | null): Positions {
  if (previous && previous.base === base && previous.list.length <= list.length) {
    const old = previous.list;
    const same = startsWithIds(list, old);
    if (same && old.length === list.length) return previous;
    if (same && previous.canGrow()) return previous.grow(list);
  }
  const index = new Map<string, number>();
  for (let i = 0; i < list.length; i++) index.set((list[i] as Listed).id, i);
  return new Positions(index, list, base);
}

/** True when `list` begins with the ids of `head`, in order (the same segment, or a saved copy of it). */
export function startsWithIds(list: readonly Listed[], head: readonly Listed[]): boolean {
  if (head.length > list.length) return false;
  for (let i = 0; i < head.length; i++) {
    const a = head[i] as Listed;
    const b = list[i] as Listed;
    if (a !== b && a.id !== b.id) return false;
  }
  return true;
}

/** `positionsOf` across renders. */
export function usePositions(list: readonly Listed[], base: number): Positions {
  const previous = useRef<Positions | null>(null);
  return useMemo(() => (previous.current = positionsOf(list, base, previous.current)), [list, base]);
}
