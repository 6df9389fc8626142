import { describe, expect, it } from 'vitest';
import { runQaForSegment } from '../../../shared/qa';
import { familyFor, seg } from './segments';

const completeness = (s: string, t: string) => familyFor('completeness', s, t);

describe('completeness check', () => {
  it('passes a translated segment', () => {
    expect(completeness('Kim melakukan kunjungan ini ke dua fasilitas.', 'Kim made this visit to two facilities.')).toEqual([]);
  });

  it('reports an empty target', () => {
    expect(completeness('Kim melakukan kunjungan.', '  ')).toEqual(['completeness.empty-target']);
  });

  it('reports a target copied from the source, but not a copied name or dateline', () => {
    expect(completeness('Kim melakukan kunjungan ini.', 'Kim melakukan kunjungan ini.')).toEqual(['completeness.identical']);
    expect(completeness('Editor: Umaya khusniah', 'Editor: Umaya khusniah')).toEqual([]);
    expect(completeness('Kremlin', 'Kremlin')).toEqual([]);
  });

  it('reports a clause left in Indonesian and marks it', () => {
    const target = 'Kim visited the plant yang berada di bawah sanksi Barat.';
    const [f] = runQaForSegment(seg('Kim mengunjungi pabrik yang berada di bawah sanksi Barat.', target));
    expect(f?.checkId).toBe('completeness.indonesian-left');
    const span = f?.targetSpans[0];
    expect(span && target.slice(span.start, span.end)).toBe('yang berada di');
  });

  it('does not take one stray word or the name Dan for Indonesian', () => {
    expect(completeness('Dia bertemu Dan.', 'She met Dan and his friend at the di Maria gallery.')).toEqual([]);
  });
});
