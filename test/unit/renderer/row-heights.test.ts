import { describe, expect, it } from 'vitest';
import { RowHeights } from '../../../renderer/features/editor/row-heights';

/** The same answers worked out the slow way, from a plain list of heights. */
function flat(heights: number[]) {
  const start = (i: number) => heights.slice(0, i).reduce((a, b) => a + b, 0);
  const indexAt = (offset: number) => {
    let i = 0;
    while (i < heights.length - 1 && start(i + 1) <= offset) i++;
    return i;
  };
  return { start, indexAt };
}

describe('row heights of the virtualized grid', () => {
  it('places every row where the heights above it put it, after rows are measured in any order', () => {
    const heights = Array.from({ length: 37 }, (_, i) => 40 + ((i * 17) % 50));
    const rows = new RowHeights(heights.length, () => 96);
    const measured = [36, 0, 18, 5, 5, 30, 1, 12];
    for (const i of measured) rows.set(i, heights[i] as number);
    const expected = Array.from({ length: 37 }, (_, i) => (measured.includes(i) ? (heights[i] as number) : 96));
    const slow = flat(expected);
    for (let i = 0; i <= 37; i++) expect(rows.start(i)).toBe(slow.start(i));
    expect(rows.total).toBe(slow.start(37));
    for (const offset of [0, 1, 95, 96, 97, 500, 1234, slow.start(20), slow.start(20) - 1, rows.total - 1, rows.total + 500]) {
      expect(rows.indexAt(offset), `offset ${offset}`).toBe(slow.indexAt(offset));
    }
  });

  it('reports the change of a row\'s height, so the rows below can stay where the reviewer sees them', () => {
    const rows = new RowHeights(3, () => 96);
    expect(rows.set(1, 120)).toBe(24);
    expect(rows.set(1, 120)).toBe(0);
    expect(rows.start(2)).toBe(216);
    expect(rows.height(1)).toBe(120);
  });

  it('handles an empty list and a list of one', () => {
    const none = new RowHeights(0, () => 96);
    expect(none.total).toBe(0);
    expect(none.indexAt(100)).toBe(0);
    const one = new RowHeights(1, () => 50);
    expect(one.indexAt(10)).toBe(0);
    expect(one.indexAt(60)).toBe(0);
    expect(one.total).toBe(50);
  });

  it('answers at book length without walking the rows', () => {
    const rows = new RowHeights(100_000, (i) => 80 + (i % 40));
    rows.set(99_999, 500);
    expect(rows.indexAt(rows.start(50_000))).toBe(50_000);
    expect(rows.indexAt(rows.start(50_000) - 1)).toBe(49_999);
    expect(rows.total).toBe(rows.start(99_999) + 500);
  });
});
