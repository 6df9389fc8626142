import { describe, expect, it } from 'vitest';
import { concordanceQuery, concordanceSpans } from '../../../shared/tm/concordance';

describe('concordance', () => {
  it('matches Indonesian words across inflection, with spans', () => {
    const q = concordanceQuery('langgar');
    const text = 'Pelanggaran itu dilaporkan karena mereka melanggar aturan.';
    const spans = concordanceSpans(q, text, 'source');
    expect(spans?.map((s) => text.slice(s.start, s.end))).toEqual(['Pelanggaran', 'melanggar']);
    expect(concordanceSpans(q, 'Tidak ada masalah.', 'source')).toBeNull();
  });

  it('needs every query word, and matches English endings', () => {
    const q = concordanceQuery('flood warning');
    expect(concordanceSpans(q, 'Floods and warnings were issued.', 'target')).toHaveLength(2);
    expect(concordanceSpans(q, 'Floods were reported.', 'target')).toBeNull();
  });
});
