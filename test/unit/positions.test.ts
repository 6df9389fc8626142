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
});
