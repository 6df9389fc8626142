/** The first window: a screenful and more, so the first segments paint before the rest is read. */
export const FIRST_PAGE = 200;
/**
 * Then the rest in windows this large: each one's answer (about 1.7 MB of JSON) is parsed in
 * some 15 ms, so a reviewer who types while a book-length document is still coming in is not
 * held up by it (5,000 took 40-60 ms a window).
 */
export const NEXT_PAGE = 2_000;

export interface Window<T> {
  readonly segments: readonly T[];
  readonly total: number;
}

/**
 * Reads a document window by window and hands what was read to `show` in batches: the first
 * window at once, then whenever what was read since is at least as long as what is shown (so
 * a 100,000-segment document is shown in 7 steps, not 51: every step re-numbers and re-filters
 * the whole list on screen, the total work stays about twice the document's length), and at the
 * end. `show` gets the batch and the offset it starts at. Stops quietly once `stale` says so.
 * Resolves to the whole document, or null when it stopped.
 */
export async function readByWindows<T>(
  fetchWindow: (offset: number, limit: number) => Promise<Window<T>>,
  show: (batch: T[], offset: number, done: boolean) => void,
  stale: () => boolean,
): Promise<T[] | null> {
  const read: T[] = [];
  let shown = 0;
  for (;;) {
    const page = await fetchWindow(read.length, read.length === 0 ? FIRST_PAGE : NEXT_PAGE);
    if (stale()) return null;
    for (const s of page.segments) read.push(s);
    const done = page.segments.length === 0 || read.length >= page.total;
    if (done || shown === 0 || read.length - shown >= shown) {
      show(read.slice(shown), shown, done);
      shown = read.length;
    }
    if (done) return read;
  }
}
