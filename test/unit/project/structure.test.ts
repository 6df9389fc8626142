import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../shared/model/segment';
import { joinWithNext, setExcluded, splitSegment } from '../../../shared/project/structure';

let n = 0;
const ctx = { author: 'Sari', now: '2026-01-01T00:00:00Z', newId: () => `r${n++}` };
const seg = (i: number, source: string, target: string): Segment => ({
  id: `d-${i}`, documentId: 'd', index: i, kind: 'paragraph', source, target, status: 'draft', draft: { text: target, origin: 'mt' },
});
const doc = [
  seg(0, 'Kim tiba di Vostochny. Putin menyambutnya.', 'Kim arrived in Vostochny. Putin welcomed him.'),
  seg(1, 'Mereka berunding.', 'They talked.'),
];

describe('splitting and joining segments by hand', () => {
  it('splits source and target where the reviewer says, and renumbers what follows', () => {
    const change = splitSegment(doc, 'd-0', 'Kim tiba di Vostochny.'.length, 'Kim arrived in Vostochny.'.length, ctx);
    expect(change?.segments.map((s) => [s.id, s.index, s.source, s.target])).toEqual([
      ['d-0', 0, 'Kim tiba di Vostochny.', 'Kim arrived in Vostochny.'],
      ['d-0.1', 1, 'Putin menyambutnya.', 'Putin welcomed him.'],
      ['d-1', 2, 'Mereka berunding.', 'They talked.'],
    ]);
    expect(change?.revisions.map((r) => r.origin)).toEqual(['split', 'split']);
  });

  it('refuses a split at the very start or end of the source', () => {
    expect(splitSegment(doc, 'd-0', 0, undefined, ctx)).toBeNull();
    expect(splitSegment(doc, 'd-0', 9999, undefined, ctx)).toBeNull();
  });

  it('joins a segment with the next one, sources and targets alike', () => {
    const change = joinWithNext(doc, 'd-0', ctx);
    expect(change?.removed).toEqual(['d-1']);
    expect(change?.segments[0]).toMatchObject({
      source: 'Kim tiba di Vostochny. Putin menyambutnya. Mereka berunding.',
      target: 'Kim arrived in Vostochny. Putin welcomed him. They talked.',
      status: 'edited',
    });
    expect(joinWithNext(doc, 'd-1', ctx)).toBeNull();
  });

  it('excludes and includes again, touching only segments that change', () => {
    const excluded = setExcluded(doc, true, ctx);
    expect(excluded.every((s) => s.excluded?.rule === 'manual')).toBe(true);
    expect(setExcluded(excluded, true, ctx)).toEqual([]);
    expect(setExcluded(excluded, false, ctx).every((s) => s.excluded === undefined)).toBe(true);
  });
});
