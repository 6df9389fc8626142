import { describe, expect, it } from 'vitest';
import { runQaForSegment } from '../../../shared/qa';
import { familyFor, seg } from './segments';

const numbers = (s: string, t: string) => familyFor('numbers', s, t);

describe('numbers check', () => {
  it.each([
    ['Produksi naik 1.234,5 ton.', 'Production rose 1,234.5 tons.'],
    ['Sebanyak 1,5 juta warga.', 'As many as 1.5 million residents.'],
    ['Harganya Rp1.234.567.', 'The price is Rp 1,234,567.'],
    ['Harganya Rp1.234.567.', 'The price is IDR 1.23 million.'],
    ['Anggaran Rp 1,2 miliar.', 'A budget of IDR 1.2 billion.'],
    ['Naik 15 persen.', 'Up 15%.'],
    ['Ia menempati peringkat ke-2.', 'He came 2nd.'],
    ['Ia menempati peringkat ke-2.', 'He came second.'],
    ['Ada dua pesawat.', 'There are two aircraft.'],
    ['Ada dua pesawat.', 'There are 2 aircraft.'],
    ['Usia 10-15 tahun.', 'Aged 10 to 15.'],
    ['Satu orang hadir.', 'A person attended.'],
    ['Kedua fasilitas tersebut.', 'Both facilities.'],
    ['Mereka bertemu 2 kali.', 'They met twice.'],
    ['Setengah dari 40 pesawat.', 'Half of the 40 aircraft.'],
  ])('passes %s → %s', (source, target) => {
    expect(numbers(source, target)).toEqual([]);
  });

  it.each([
    ['Produksi naik 1.234,5 ton.', 'Production rose 1,234 tons.', 'numbers.changed'],
    ['Sebanyak 1,5 juta warga.', 'As many as 1.5 billion residents.', 'numbers.changed'],
    ['Harganya Rp1.234.567.', 'The price is IDR 1.3 million.', 'numbers.changed'],
    ['Naik 15 persen pada 2023.', 'Up 15%.', 'numbers.missing'],
    ['Naik 15 persen.', 'Up 15% from 300.', 'numbers.extra'],
    ['Ia menempati peringkat ke-2.', 'He came 3rd.', 'numbers.changed'],
    ['Ada dua pesawat.', 'There are three aircraft.', 'numbers.changed'],
  ])('reports %s → %s as %s', (source, target, checkId) => {
    expect(numbers(source, target)).toEqual([checkId]);
  });

  it('reports a changed number with both forms', () => {
    const [f] = runQaForSegment(seg('Sebanyak 1,5 juta warga.', 'As many as 2.5 million residents.'));
    expect(f?.message).toContain('“1,5 juta” (1,500,000)');
    expect(f?.message).toContain('“2.5 million” (2,500,000)');
    expect(f?.sourceSpans[0]).toEqual({ start: 9, end: 17 });
  });

  it('compares model names as names, not as numbers', () => {
    expect(numbers('pesawat Sukhoi Su-35 dan Su-57', 'the Sukhoi Su-35 and Su-57 aircraft')).toEqual([]);
    expect(numbers('pesawat Sukhoi Su-35 dan Su-57', 'the Sukhoi Su-35 and Su-75 aircraft')).toEqual(['numbers.identifier']);
  });

  it('leaves figures inside dates and times to the date check', () => {
    expect(numbers('pada Jumat (15/9/2023) pukul 06.19 WIB', 'on Friday, September 15, 2023, at 06:19 WIB')).toEqual([]);
  });
});

describe('numbers check, decades and years', () => {
  it('reads "1950-an" and "the 1950s" as the same figure', () => {
    expect(numbers('sejak tahun 1950-an', 'since the 1950s')).toEqual([]);
    expect(numbers('sejak tahun 1950-an', 'since the 1960s')).toEqual(['numbers.changed']);
  });

  it('reads the short end of a year range as the full year', () => {
    expect(numbers('Perang Korea tahun 1950-1953', 'the 1950–53 Korean War')).toEqual([]);
    expect(numbers('Perang Korea tahun 1950-1953', 'the 1950–54 Korean War')).toEqual(['numbers.changed']);
  });
});
