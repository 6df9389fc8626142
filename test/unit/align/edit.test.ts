import { describe, expect, it } from 'vitest';
import { markNoDraft, mergeWithNext, resultFromBeads, shiftDraft, splitBead } from '../../../shared/align';
import type { Bead } from '../../../shared/align';

const bead = (source: number[], draft: number[]): Bead => ({ source, draft, confidence: 0.9, lowConfidence: false });
const shape = (beads: readonly Bead[]) => beads.map((b) => [b.source, b.draft]);

// Source 0..3, draft 0..3: 0↔0, 1↔-, 2↔1+2, -↔3 (unmatched), 3↔-
const beads: readonly Bead[] = [bead([0], [0]), bead([1], []), bead([2], [1, 2]), bead([], [3]), bead([3], [])];

describe('bead corrections', () => {
  it('merges a bead with the next one', () => {
    const merged = mergeWithNext(beads, 1);
    expect(shape(merged)).toEqual([[[0], [0]], [[1, 2], [1, 2]], [[], [3]], [[3], []]]);
    expect(merged[1]).toMatchObject({ confidence: 1, lowConfidence: false, manual: true });
    expect(mergeWithNext(beads, 4)).toBe(beads);
  });

  it('splits a bead', () => {
    expect(shape(splitBead(beads, 2, 1, 1))).toEqual([[[0], [0]], [[1], []], [[2], [1]], [[], [2]], [[], [3]], [[3], []]]);
    expect(splitBead(beads, 2, 1, 2)).toBe(beads);
  });

  it('shifts a draft paragraph up to the previous source paragraph', () => {
    expect(shape(shiftDraft(beads, 2, 'up'))).toEqual([[[0], [0]], [[1], [1]], [[2], [2]], [[], [3]], [[3], []]]);
    expect(shiftDraft(beads, 0, 'up')).toBe(beads);
  });

  it('shifts a draft paragraph down, taking unmatched draft in between along', () => {
    expect(shape(shiftDraft(beads, 2, 'down'))).toEqual([[[0], [0]], [[1], []], [[2], [1]], [[3], [2, 3]]]);
    expect(shiftDraft(beads, 4, 'down')).toBe(beads);
  });

  it('moves an unmatched draft paragraph onto a source paragraph', () => {
    expect(shape(shiftDraft(beads, 3, 'up'))).toEqual([[[0], [0]], [[1], []], [[2], [1, 2, 3]], [[3], []]]);
    expect(shape(shiftDraft(beads, 3, 'down'))).toEqual([[[0], [0]], [[1], []], [[2], [1, 2]], [[3], [3]]]);
  });

  it('marks a source paragraph as having no draft', () => {
    expect(shape(markNoDraft(beads, 0))).toEqual([[[0], []], [[], [0]], [[1], []], [[2], [1, 2]], [[], [3]], [[3], []]]);
    const merged = [bead([0, 1], [0]), bead([2], [1])];
    expect(shape(markNoDraft(merged, 1))).toEqual([[[0], [0]], [[1], []], [[2], [1]]]);
    expect(shape(markNoDraft(merged, 0))).toEqual([[[0], []], [[1], [0]], [[2], [1]]]);
    expect(markNoDraft(beads, 1)).toBe(beads);
  });

  it('never changes the input list', () => {
    const copy = JSON.stringify(beads);
    mergeWithNext(beads, 0);
    splitBead(beads, 2, 1, 1);
    shiftDraft(beads, 2, 'up');
    markNoDraft(beads, 2);
    expect(JSON.stringify(beads)).toBe(copy);
  });

  it('every correction keeps a list that covers each paragraph once, in order', () => {
    const edits = [
      mergeWithNext(beads, 0),
      splitBead(beads, 2, 1, 1),
      shiftDraft(beads, 2, 'up'),
      shiftDraft(beads, 2, 'down'),
      shiftDraft(beads, 3, 'up'),
      markNoDraft(beads, 2),
    ];
    for (const edited of edits) expect(() => resultFromBeads(edited, 4, 4)).not.toThrow();
    expect(resultFromBeads(beads, 4, 4).unmatchedDraft).toEqual([3]);
    expect(() => resultFromBeads([bead([1], [0])], 2, 1)).toThrow(/source paragraph 1, expected 0/);
  });
});
