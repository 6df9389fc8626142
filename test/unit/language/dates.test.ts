import { describe, expect, it } from 'vitest';
import { extractDatesEn } from '../../../shared/language/en/dates';
import { extractDatesId } from '../../../shared/language/id/dates';

describe('extractDatesId', () => {
  it('reads d/m/y numeric dates and day names', () => {
    const [day, date] = extractDatesId('di Rusia pada Jumat (15/9/2023)');
    expect(day).toMatchObject({ kind: 'weekday', weekday: 5, text: 'Jumat' });
    expect(date).toMatchObject({ kind: 'date', day: 15, month: 9, year: 2023, numeric: 'dmy' });
  });

  it("reads Jum'at, month names and abbreviations", () => {
    const ms = extractDatesId("Jum'at, 15 Agt 2023 dan 1 Agustus, pada Desember, 3 Des 2022");
    expect(ms.map((m) => [m.kind, m.weekday ?? m.month, m.day])).toEqual([
      ['weekday', 5, undefined],
      ['date', 8, 15],
      ['date', 8, 1],
      ['date', 12, undefined],
      ['date', 12, 3],
    ]);
  });

  it('reads ranges of days as two dates', () => {
    expect(extractDatesId('15-17 September 2023').map((d) => d.day)).toEqual([15, 17]);
  });

  it('reads times with a zone, with a dot after "pukul"', () => {
    expect(extractDatesId('pukul 06.19 WIB dan 11:52 WITA').map((t) => [t.hour, t.minute, t.zone])).toEqual([[6, 19, 'WIB'], [11, 52, 'WITA']]);
  });

  it('takes "Minggu" for Sunday only as a day name, not as "week"', () => {
    expect(extractDatesId('Minggu lalu dia datang')).toEqual([]);
    expect(extractDatesId('pada hari Minggu')[0]).toMatchObject({ weekday: 0 });
  });
});

describe('extractDatesEn', () => {
  it('reads written dates in both orders', () => {
    const ms = extractDatesEn('September 15, 2023 and 15 September 2023');
    expect(ms.map((m) => [m.day, m.month, m.year])).toEqual([[15, 9, 2023], [15, 9, 2023]]);
  });

  it('reads a/b/yyyy as month/day and marks an Indonesian-order date', () => {
    expect(extractDatesEn('9/15/2023')[0]).toMatchObject({ day: 15, month: 9, numeric: 'mdy' });
    expect(extractDatesEn('15/9/2023')[0]).toMatchObject({ day: 15, month: 9, numeric: 'dmy' });
  });

  it('reads day names and 12-hour times', () => {
    const ms = extractDatesEn('on Friday at 6:19 p.m. WIB');
    expect(ms[0]).toMatchObject({ kind: 'weekday', weekday: 5 });
    expect(ms[1]).toMatchObject({ kind: 'time', hour: 18, minute: 19, zone: 'WIB' });
  });

  it('does not take the verb "may" for the month', () => {
    expect(extractDatesEn('artillery that may be used')).toEqual([]);
    expect(extractDatesEn('It May be late')).toEqual([]);
    expect(extractDatesEn('in May 2023')[0]).toMatchObject({ month: 5, year: 2023 });
  });
});
