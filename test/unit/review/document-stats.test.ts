import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../shared/model';
import { documentStats, reviewInputFromSegment } from '../../../shared/review';

const segment = (id: string, source: string, draft: string | null, target: string, status: Segment['status']): Segment => ({
  id,
  documentId: 'd',
  index: Number(id),
  kind: 'paragraph',
  source,
  draft: draft === null ? null : { text: draft, origin: 'mt' },
  target,
  status,
});

const segments = [
  segment('1', 'Kim datang ke Rusia.', 'Kim came to Russia.', 'Kim came to Russia.', 'reviewed'),
  segment('2', 'Pilot itu tampil.', 'When the the pilot performed.', 'When the pilot performed.', 'approved'),
  segment('3', 'Kerja sama militer.', 'Work together.', 'Military cooperation between the two countries.', 'edited'),
  segment('4', 'Judul baru', null, 'New title', 'draft'),
  { ...segment('5', 'Baca juga: iklan', 'Read also', '', 'new'), excluded: { rule: 'read-also', reason: 'boilerplate' } },
];

describe('documentStats', () => {
  const stats = documentStats(
    segments.map((s, i) => reviewInputFromSegment(s, [60_000, 30_000, 90_000, 0, 0][i])),
  );

  it('counts unchanged, light and heavy segments among those with a draft', () => {
    expect(stats).toMatchObject({ segments: 5, excluded: 1, measured: 3, classes: { unchanged: 1, light: 1, heavy: 1 } });
  });

  it('puts each measured segment in a post-edit distance bucket', () => {
    expect(stats.histogram).toHaveLength(10);
    expect(stats.histogram.reduce((n, b) => n + b.count, 0)).toBe(3);
    // Unchanged in the first bucket; the doubled word removed (4 of 29 characters) in the second.
    expect(stats.histogram.slice(0, 2).map((b) => b.count)).toEqual([1, 1]);
  });

  it('counts source words by status and words reviewed', () => {
    expect(stats.sourceWords).toBe(12);
    expect(stats.sourceWordsByStatus).toMatchObject({ reviewed: 4, approved: 3, edited: 3, draft: 2, new: 0 });
    expect(stats.wordsReviewed).toBe(7);
  });

  it('averages edit figures per segment and pooled over the document', () => {
    const peds = stats.perSegment.map((s) => s.postEditDistance);
    expect(stats.meanPostEditDistance).toBeCloseTo(peds.reduce((a, b) => a + b, 0) / 3);
    expect(stats.pooledPostEditDistance).toBeGreaterThan(0);
    expect(stats.byOrigin.mt?.segments).toBe(3);
  });

  it('adds up active time and derives a pace', () => {
    expect(stats.time).toMatchObject({ totalMs: 180_000, segmentsTimed: 3, meanMsPerSegment: 60_000 });
    expect(stats.time.wordsPerHour).toBeCloseTo(10 / (180_000 / 3_600_000));
  });
});
