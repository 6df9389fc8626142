/**
 * The heights of a long list's rows, measured or estimated, in a Fenwick tree: where row i
 * starts, which row is at a given offset, and one row's new height are each O(log n). A
 * book-length document has 100,000 rows; recomputing every row's offset after a row below the
 * first is measured, as a flat list of offsets must, cost tens of milliseconds a frame.
 */
export class RowHeights {
  private readonly heights: Float64Array;
  /** tree[i] (1-based) sums the heights of rows i - lowbit(i) .. i - 1. */
  private readonly tree: Float64Array;
  private highBit = 1;

  constructor(
    readonly count: number,
    heightOf: (index: number) => number,
  ) {
    this.heights = new Float64Array(count);
    this.tree = new Float64Array(count + 1);
    for (let i = 0; i < count; i++) {
      const h = heightOf(i);
      this.heights[i] = h;
      this.tree[i + 1] = (this.tree[i + 1] as number) + h;
    }
    // Built in O(n): each node hands its sum up to its parent.
    for (let i = 1; i <= count; i++) {
      const parent = i + (i & -i);
      if (parent <= count) this.tree[parent] = (this.tree[parent] as number) + (this.tree[i] as number);
    }
    while (this.highBit * 2 <= count) this.highBit *= 2;
  }

  height(index: number): number {
    return this.heights[index] ?? 0;
  }

  /** Sets a row's height; returns the change (0 when it was already so). */
  set(index: number, height: number): number {
    const delta = height - (this.heights[index] as number);
    if (delta === 0 || index < 0 || index >= this.count) return 0;
    this.heights[index] = height;
    for (let i = index + 1; i <= this.count; i += i & -i) this.tree[i] = (this.tree[i] as number) + delta;
    return delta;
  }

  /** Where row `index` starts: the sum of the heights before it (`count` gives the total). */
  start(index: number): number {
    let sum = 0;
    for (let i = Math.min(index, this.count); i > 0; i -= i & -i) sum += this.tree[i] as number;
    return sum;
  }

  get total(): number {
    return this.start(this.count);
  }

  /** The row at `offset` from the top (the last row for an offset past the end, 0 for a negative one). */
  indexAt(offset: number): number {
    if (this.count === 0 || offset <= 0) return 0;
    let pos = 0;
    let rest = offset;
    for (let step = this.highBit; step > 0; step >>= 1) {
      const next = pos + step;
      if (next <= this.count && (this.tree[next] as number) <= rest) {
        pos = next;
        rest -= this.tree[next] as number;
      }
    }
    return Math.min(pos, this.count - 1);
  }
}
