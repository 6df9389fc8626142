import { describe, expect, it } from 'vitest';
import { matchPercent } from '../../../shared/tm/score';
import { tmTokens } from '../../../shared/tm/tokens';

const base = 'Banjir melanda 12 desa di Kabupaten Sukamaju pada hari Senin.';

describe('match percentage', () => {
  it('is 100 for the same text and 99 for a whitespace difference', () => {
    expect(matchPercent(base, base)).toBe(100);
    expect(matchPercent(base, base.replace(' desa', '  desa'))).toBe(99);
  });

  it('charges a changed number a small penalty, far less than a changed word', () => {
    const number = matchPercent(base, base.replace('12', '15'));
    const word = matchPercent(base, base.replace('desa', 'kota'));
    expect(number).toBeGreaterThanOrEqual(97);
    expect(number).toBeLessThan(100);
    expect(word).toBeLessThan(number);
    expect(word).toBeGreaterThanOrEqual(85);
  });

  it('charges a case difference less than a number change', () => {
    const cased = matchPercent(base, base.replace('Kabupaten', 'kabupaten'));
    expect(cased).toBeGreaterThanOrEqual(98);
    expect(cased).toBeLessThan(100);
  });

  it('treats inline codes as half a word, and a different code as a small change', () => {
    const tagged = 'Banjir \uE000besar\uE001 melanda desa.';
    expect(matchPercent(tagged, 'Banjir besar melanda desa.')).toBeGreaterThanOrEqual(80);
    expect(matchPercent(tagged, 'Banjir \uE002besar\uE003 melanda desa.')).toBeGreaterThanOrEqual(96);
    expect(tmTokens(tagged).filter((t) => t.kind === 'code')).toHaveLength(2);
  });

  it('charges punctuation half a word', () => {
    const comma = matchPercent('Banjir melanda desa, kota dan sawah.', 'Banjir melanda desa kota dan sawah.');
    const word = matchPercent('Banjir melanda desa, kota dan sawah.', 'Banjir melanda desa, kota dan ladang.');
    expect(comma).toBeGreaterThan(word);
    expect(matchPercent('Apa kabar?', 'Apa kabar!')).toBeGreaterThanOrEqual(75);
  });

  it('scores unrelated sentences low', () => {
    expect(matchPercent(base, 'Presiden meresmikan jembatan baru di ibu kota.')).toBeLessThan(40);
  });

  it('keeps numbers with separators whole', () => {
    expect(tmTokens('Rp 1.500,00 pada 15/9/2023').map((t) => t.kind)).toEqual(['word', 'number', 'word', 'number']);
  });
});
