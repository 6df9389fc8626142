import { describe, expect, it } from 'vitest';
import { extractDatesEn } from '../../../shared/language/en/dates';
import { extractNumbersEn } from '../../../shared/language/en/numbers';
import { extractDatesId } from '../../../shared/language/id/dates';
import { extractNumbersId } from '../../../shared/language/id/numbers';
import { matchWordList, wordListRegex } from '../../../shared/language/word-scan';

const NAMES = /(?<![\p{L}\p{N}])(?:jum'at|jumat|mei|sept|sep|dua puluh|dua)(?![\p{L}\p{N}])/giu;
const names = wordListRegex(NAMES, ['jum', 'jumat', 'mei', 'sept', 'sep', 'dua']);

const same = (text: string) => {
  const got = matchWordList(text, names).map((m) => [m.index, m[0]]);
  const want = [...text.matchAll(NAMES)].map((m) => [m.index, m[0]]);
  expect(got).toEqual(want);
  return got;
};

describe('matchWordList', () => {
  it('finds what the whole-text regex finds, word starts only, case-insensitive', () => {
    expect(same("Jum'at, 2 MEI dan sept. lalu; dua puluh orang, kedua, Mei2, é-mei, sepi, SEP")).toEqual([
      [0, "Jum'at"],
      [10, 'MEI'],
      [18, 'sept'],
      [30, 'dua puluh'],
      [62, 'mei'],
      [73, 'SEP'],
    ]);
  });

  it('reads letters that fold to ASCII (long s, Kelvin sign) as the regex does', () => {
    expect(same('pada ſept dan \u212Aedua')).toEqual([[5, 'ſept']]);
  });

  it('gives each text its own words when texts alternate past the cache of split texts', () => {
    const texts = ['dua mei', 'sept', 'tidak ada', 'Jumat dua', 'mei mei', 'sep lalu', 'dua'];
    for (let round = 0; round < 3; round++) for (const t of texts) same(t);
    expect(same('dua mei').map(([i]) => i)).toEqual([0, 4]);
    expect(same('x'.repeat(40) + ' mei'.repeat(40))).toHaveLength(40);
  });

  it('stops at the limit', () => {
    expect(matchWordList('mei mei mei', names, 2)).toHaveLength(2);
  });

  it('refuses first words that are not ASCII runs', () => {
    expect(() => wordListRegex(NAMES, ["jum'at"])).toThrow(/ASCII/);
    expect(() => wordListRegex(/mei/iu, ['mei'])).toThrow(/global/);
  });
});

describe('readers that scan by word list', () => {
  it('Indonesian dates and numbers: names, spelled numbers and ordinals wherever they stand', () => {
    const text = 'Sabtu (2/9), pukul 06.19 WIB, dua puluh lima orang tewas; ke-3 kalinya sejak 17 Agustus 1945 dan Mei.';
    expect(extractDatesId(text).map((d) => [d.kind, d.text])).toEqual([
      ['weekday', 'Sabtu'],
      ['date', '2/9'],
      ['time', '06.19 WIB'],
      ['date', '17 Agustus 1945'],
      ['date', 'Mei'],
    ]);
    expect(extractNumbersId(text).filter((n) => n.spelled || n.kind === 'ordinal').map((n) => [n.text, n.value])).toEqual([
      ['dua puluh lima', 25],
      ['ke-3', 3],
    ]);
  });

  it('English dates and spelled numbers after a non-ASCII mark or at the very end', () => {
    const text = '“Twenty-five” died on Saturday—September 2, 2023, at 2 p.m.; the first';
    expect(extractDatesEn(text).map((d) => [d.kind, d.text])).toEqual([
      ['weekday', 'Saturday'],
      ['date', 'September 2, 2023'],
      ['time', '2 p.m.'],
    ]);
    expect(extractNumbersEn(text).filter((n) => n.spelled).map((n) => [n.text, n.value])).toEqual([
      ['Twenty-five', 25],
      ['first', 1],
    ]);
  });
});
