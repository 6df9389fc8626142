import { describe, expect, it } from 'vitest';
import { extractNumbersEn } from '../../../shared/language/en/numbers';
import { extractNumbersId } from '../../../shared/language/id/numbers';

const values = (ms: { value: number }[]) => ms.map((m) => m.value);

describe('extractNumbersId', () => {
  it('reads the thousands dot and decimal comma', () => {
    expect(values(extractNumbersId('naik 1.234,5 ton dan 1.234.567 orang'))).toEqual([1234.5, 1234567]);
  });

  it('applies scale words and their press abbreviations', () => {
    expect(values(extractNumbersId('1,5 juta warga, 3 jt, 2 ribu, 10 rb, 4 miliar, 2 triliun'))).toEqual([1.5e6, 3e6, 2e3, 1e4, 4e9, 2e12]);
  });

  it('reads rupiah amounts, with M and T as scales only for money', () => {
    const [a, b, c] = extractNumbersId('Rp1.234.567, Rp 1,2 miliar dan Rp 5 T');
    expect(a).toMatchObject({ value: 1234567, currency: 'IDR', kind: 'currency' });
    expect(b).toMatchObject({ value: 1.2e9, currency: 'IDR' });
    expect(c?.value).toBe(5e12);
  });

  it('reads percent, ordinals and ranges', () => {
    const ms = extractNumbersId('naik 15 persen atau 5%, peringkat ke-2, usia 10-15 tahun');
    expect(ms.map((m) => [m.value, m.kind])).toEqual([[15, 'percent'], [5, 'percent'], [2, 'ordinal'], [10, 'plain'], [15, 'plain']]);
  });

  it('reads spelled-out numbers as soft mentions', () => {
    const ms = extractNumbersId('dua fasilitas, sebelas orang, dua puluh tiga tahun, seratus hari');
    expect(ms.map((m) => [m.value, m.spelled])).toEqual([[2, true], [11, true], [23, true], [100, true]]);
  });

  it('leaves model names such as Su-35 alone but keeps Superjet 100', () => {
    expect(values(extractNumbersId('Sukhoi Su-35 dan Su-57, Superjet 100, akun @vicktop55'))).toEqual([100]);
  });
});

describe('extractNumbersEn', () => {
  it('reads the thousands comma and decimal point', () => {
    expect(values(extractNumbersEn('rose 1,234.5 tons and 1,234,567 people'))).toEqual([1234.5, 1234567]);
  });

  it('applies scale words, with a tolerance for rounded figures', () => {
    const [a, b] = extractNumbersEn('1.5 million and IDR 1.23 million');
    expect(a?.value).toBe(1.5e6);
    expect(b).toMatchObject({ value: 1.23e6, currency: 'IDR', tolerance: 5000 });
  });

  it('reads Rp and IDR amounts, percent and ordinals', () => {
    const ms = extractNumbersEn('Rp 1,234,567 is 15 percent or 5%, the 2nd and second time, $2bn');
    expect(ms.map((m) => [m.value, m.kind])).toEqual([[1234567, 'currency'], [15, 'percent'], [5, 'percent'], [2, 'ordinal'], [2, 'ordinal'], [2e9, 'currency']]);
  });

  it('reads spelled-out numbers up to the tens', () => {
    expect(values(extractNumbersEn('two aircraft, twenty-three years, eleven days'))).toEqual([2, 23, 11]);
  });

  it('gives an ambiguous 1.234 both readings', () => {
    expect(extractNumbersEn('1.234')[0]).toMatchObject({ value: 1.234, alternatives: [1234] });
  });

  it('does not read model names as numbers', () => {
    expect(values(extractNumbersEn('the Su-35 and Su-57 and the Superjet 100, COVID-19'))).toEqual([100]);
  });
});
