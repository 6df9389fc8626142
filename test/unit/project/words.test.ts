import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../shared/model/segment';
import { documentProgress } from '../../../shared/project/progress';
import { countWords } from '../../../shared/project/words';
import { documentStats, reviewInputFromSegment } from '../../../shared/review/document-stats';

const segment = (n: number, source: string): Segment => ({ id: `d1-${n}`, documentId: 'd1', index: n, kind: 'paragraph', source, draft: null, target: '', status: 'new' });

describe('word count', () => {
  it('counts hyphenated words and reduplications once, and numbers as words', () => {
    expect(countWords('Kim Jong-un tiba di Rusia, Selasa (12/9).')).toBe(8);
    expect(countWords('Negara-negara anggota menyumbang 1.234,5 juta rupiah.')).toBe(6);
  });

  it('is the same on the project home and on the statistics dashboard', () => {
    const segments = [segment(0, 'Kim Jong-un tiba di Rusia, Selasa (12/9).'), segment(1, 'Negara-negara anggota bekerja sama.')];
    const stats = documentStats(segments.map((s) => reviewInputFromSegment(s)));
    expect(stats.sourceWords).toBe(documentProgress(segments).sourceWords);
  });
});
