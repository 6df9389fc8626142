import { describe, expect, it } from 'vitest';
import { stemEnglish } from '../../../shared/language/en/stemmer';

describe('English stemmer (Porter)', () => {
  it.each([
    [['sanctions', 'sanctioned', 'sanction', 'sanctioning']],
    [['violate', 'violated', 'violation', 'violations']],
    [['cooperate', 'cooperation', 'cooperated']],
    [['plant', 'plants']],
    [['missile', 'missiles']],
  ])('%j share one stem', (forms) => {
    expect(new Set(forms.map(stemEnglish)).size).toBe(1);
  });

  it('matches the reference Porter output on classic examples', () => {
    expect(['caresses', 'ponies', 'hopping', 'relational', 'conditional', 'generalizations'].map(stemEnglish)).toEqual([
      'caress',
      'poni',
      'hop',
      'relat',
      'condit',
      'gener',
    ]);
  });

  it('drops the possessive and keeps different words apart', () => {
    expect(stemEnglish("Putin's")).toBe('putin');
    expect(stemEnglish('factory')).not.toBe(stemEnglish('plant'));
  });
});
