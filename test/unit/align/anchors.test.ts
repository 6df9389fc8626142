import { describe, expect, it } from 'vitest';
import { anchorKeys, foldName } from '../../../shared/align';

const shared = (id: string, en: string): string[] => {
  const a = anchorKeys(id, 'id');
  const b = anchorKeys(en, 'en');
  return [...a.keys()].filter((k) => b.has(k)).sort();
};

describe('anchors that survive translation', () => {
  it('reads Indonesian and English number formats as the same number', () => {
    expect(shared('Rp1.234,5 miliar dan 3,5 persen', 'IDR 1,234.5 billion and 3.5 percent')).toEqual(['n:1234.5', 'n:3.5']);
  });

  it('matches a date written day-first and month-first', () => {
    expect(shared('pada Rabu (13/9/2023)', 'on Wednesday (9/13/2023)')).toEqual(['d:13/2023/9', 'wd:3']);
  });

  it('matches names across spellings, URLs and handles', () => {
    expect(foldName('Rusia')).toBe(foldName('Russia'));
    expect(foldName('Amerika')).toBe(foldName('American'));
    expect(shared('Putin di Rusia (Foto: X/@vicktop55) https://kompas.com/a', 'Putin in Russia (Photo: X/@vicktop55) https://kompas.com/a.')).toEqual([
      'h:@vicktop55',
      'u:https://kompas.com/a',
      'w:puti',
      'w:rusi',
    ]);
  });

  it('matches month and weekday names across the languages', () => {
    expect(shared('pada Rabu, 13 September, dan Jumat', 'on Wednesday, September 13, and Friday')).toEqual(['m:9', 'n:13', 'wd:3', 'wd:5']);
    expect(shared('Agustus lalu', 'may be in August')).toEqual(['m:8']);
  });

  it('matches number words and numbers', () => {
    expect(shared('dua satelit gagal', 'two satellites failed')).toEqual(['n:2']);
  });
});
