import { describe, expect, it } from 'vitest';
import { runQaForSegment } from '../../../shared/qa';
import { familyFor, seg } from './segments';

const dates = (s: string, t: string) => familyFor('dates', s, t);

describe('dates check', () => {
  it.each([
    ['pada Jumat (15/9/2023)', 'on Friday (September 15, 2023)'],
    ['pada 15/9/2023', 'on 15 September 2023'],
    ['pada 15/9/2023', 'on 9/15/2023'],
    ['sejak Agustus lalu', 'since last August'],
    ['pada 3 Agt 2023', 'on August 3, 2023'],
    ['15-17 September 2023', 'September 15-17, 2023'],
    ['Diperbarui 06:19 WIB', 'Updated 06:19 WIB'],
    ['pukul 18.19 WIB', 'at 6:19 p.m. WIB'],
    ["Jum'at pagi", 'Friday morning'],
  ])('passes %s → %s', (source, target) => {
    expect(dates(source, target)).toEqual([]);
  });

  it.each([
    ['pada Jumat (15/9/2023)', 'on Friday (15/9/2023)', 'dates.source-order'],
    ['pada 5/9/2023', 'on 5/9/2023', 'dates.source-order'],
    ['pada 15/9/2023', 'on September 16, 2023', 'dates.missing'],
    ['pada Jumat', 'on Saturday', 'dates.weekday'],
    ['sejak Agustus', 'since July', 'dates.missing'],
    ['Diperbarui 06:19 WIB', 'Updated 07:19 WIB', 'dates.time'],
  ])('reports %s → %s as %s', (source, target, checkId) => {
    expect(dates(source, target)).toEqual([checkId]);
  });

  it('suggests the English form for a date kept in Indonesian order', () => {
    const [f] = runQaForSegment(seg('pada Jumat (15/9/2023)', 'on Friday (15/9/2023)'));
    expect(f?.message).toContain('“September 15, 2023”');
    expect(f?.targetSpans).toEqual([{ start: 11, end: 20 }]);
  });
});

describe('dates check, whole hours', () => {
  it('matches "pukul 14.00 WIB" with "2 p.m. WIB" and not with "3 p.m."', () => {
    expect(dates('pukul 14.00 WIB', 'at 2 p.m. WIB')).toEqual([]);
    expect(dates('pukul 14.00 WIB', 'at 3pm WIB')).toEqual(['dates.time']);
  });
});
