import { describe, expect, it } from 'vitest';
import { parseQaProfile } from '../../../shared/qa';
import { familyFor } from './segments';

const source = 'Kim kemudian melanjutkan inspeksi ke bengkel tempat kompartemen badan pesawat diproduksi.';

describe('length check', () => {
  it('passes a target of ordinary length', () => {
    expect(familyFor('length', source, 'Kim then continued the inspection to the workshop where fuselage compartments are produced.')).toEqual([]);
  });

  it('reports a target far shorter or longer than the source', () => {
    expect(familyFor('length', source, 'Kim continued.')).toEqual(['length.ratio']);
    expect(familyFor('length', source, `${source} ${source}`)).toEqual(['length.ratio']);
  });

  it('leaves short segments such as titles alone', () => {
    expect(familyFor('length', 'Harapan Putin', 'Putin has high hopes for Kim')).toEqual([]);
  });

  it('uses the profile thresholds', () => {
    const parsed = parseQaProfile({ thresholds: { lengthRatioMin: 0.1 } });
    if (!parsed.ok) throw new Error(parsed.errors.join());
    expect(familyFor('length', source, 'Kim continued.', { profile: parsed.profile })).toEqual([]);
  });
});
