import { describe, expect, it } from 'vitest';
import { positionsOf } from '../../renderer/features/editor/positions';

const doc = (ids: string[], text = '') => ids.map((id) => ({ id, target: `${id}${text}` }));

describe('segment numbers in the workbench', () => {
  it('a saved edit keeps every number and the numbering itself (nothing rebuilt over the document)', () => {
    const before = positionsOf(doc(['a', 'b', 'c']), 1, null);
    const saved = doc(['a', 'b', 'c'], ' edited');
    const after = positionsOf(saved, 1, before);
    expect(after).toBe(before);
    expect([...after]).toEqual([['a', 1], ['b', 2], ['c', 3]]);
  });

  it('a split or a merge renumbers the segments after it', () => {
    const before = positionsOf(doc(['a', 'b', 'c']), 1, null);
    const split = positionsOf(doc(['a', 'b', 'b2', 'c']), 1, before);
    expect(split.get('b2')).toBe(3);
    expect(split.get('c')).toBe(4);
    const merged = positionsOf(doc(['a', 'c']), 1, split);
    expect(merged.get('c')).toBe(2);
    expect(merged.has('b')).toBe(false);
    // Same length, other order (segments moved): not the old numbering.
    expect(positionsOf(doc(['c', 'a']), 0, merged).get('a')).toBe(1);
  });

  it('a document coming in window by window keeps every number right, in the list it grew from too', () => {
    const first = positionsOf(doc(['a', 'b']), 1, null);
    const grown = positionsOf(doc(['a', 'b', 'c', 'd']), 1, first);
    expect([...grown]).toEqual([['a', 1], ['b', 2], ['c', 3], ['d', 4]]);
    expect(grown.size).toBe(4);
    // The shorter list it grew from does not see the new segments.
    expect(first.get('c')).toBeUndefined();
    expect(first.size).toBe(2);
    expect(grown.withBase(0).get('d')).toBe(3);
    // A list that is not the old one with more at its end is numbered afresh.
    const other = positionsOf(doc(['a', 'x', 'c']), 1, grown);
    expect(other.get('x')).toBe(2);
    expect(other.get('b')).toBeUndefined();
    expect(grown.get('b')).toBe(2);
  });
});
