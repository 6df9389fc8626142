import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignParagraphs } from '../../../shared/align';
import { splitParagraphs, splitSentences } from '../../../shared/segment';
import { corpusFile } from '../../support/paths';

const paragraphs = (file: string): string[] => [...splitParagraphs(readFileSync(file, 'utf8')).paragraphs];
const source = paragraphs(corpusFile('id', '000'));
const draft = paragraphs(corpusFile('en-drafts', '000', '.mt.en.txt'));
const pairs = (r: ReturnType<typeof alignParagraphs>) => r.beads.map((b) => [b.source, b.draft]);

describe('alignParagraphs on edited drafts', () => {
  it('leaves a source paragraph without draft when the translator dropped it', () => {
    const edited = draft.filter((_, i) => i !== 4);
    const result = alignParagraphs(source, edited);
    expect(result.sources[4]?.draft).toEqual([]);
    expect(result.sources[3]?.draft).toEqual([3]);
    expect(result.sources[5]?.draft).toEqual([4]);
    expect(result.sources[21]?.draft).toEqual([20]);
  });

  it('pairs one draft paragraph with two source paragraphs when the translator merged them', () => {
    const edited = [...draft.slice(0, 7), `${draft[7]} ${draft[8]}`, ...draft.slice(9)];
    const result = alignParagraphs(source, edited);
    expect(pairs(result)).toContainEqual([[7, 8], [7]]);
    expect(result.sources[9]?.draft).toEqual([8]);
  });

  it('pairs two draft paragraphs with one source paragraph when the translator split it', () => {
    const [first, ...rest] = splitSentences(draft[6] ?? '', 'en');
    expect(rest.length).toBeGreaterThan(0);
    const edited = [...draft.slice(0, 6), first ?? '', rest.join(' '), ...draft.slice(7)];
    const result = alignParagraphs(source, edited);
    expect(pairs(result)).toContainEqual([[6], [6, 7]]);
    expect(result.sources[7]?.draft).toEqual([8]);
  });

  it('reports a draft paragraph that matches nothing', () => {
    const note = 'Translator’s note: figures converted at https://example.org/rates on 2023-09-20.';
    const edited = [...draft.slice(0, 10), note, ...draft.slice(10)];
    const result = alignParagraphs(source, edited);
    expect(result.unmatchedDraft).toEqual([10]);
    expect(result.sources[10]?.draft).toEqual([11]);
  });

  it('uses numbers and dates that survive translation to place short paragraphs', () => {
    const src = ['Rapat digelar pada 15/9/2023 di Jakarta.', 'Anggaran naik menjadi Rp1.234,5 miliar.', 'Semua setuju.'];
    const dr = ['The budget rose to IDR 1,234.5 billion.', 'Everyone agreed.'];
    const result = alignParagraphs(src, dr);
    expect(result.sources.map((s) => s.draft)).toEqual([[], [0], [1]]);
  });

  it('flags a pairing it cannot decide as low confidence', () => {
    const src = ['Ia datang ke rumah itu kemarin sore.', 'Ia pergi dari rumah itu pagi tadi.'];
    const result = alignParagraphs(src, ['He came to the house yesterday.']);
    const paired = result.beads.find((b) => b.draft.length > 0);
    expect(paired?.lowConfidence).toBe(true);
  });

  it('handles empty sides', () => {
    expect(alignParagraphs([], []).beads).toEqual([]);
    expect(alignParagraphs(['Satu.'], []).sources[0]?.draft).toEqual([]);
    expect(alignParagraphs([], ['One.']).unmatchedDraft).toEqual([0]);
  });
});

describe('alignParagraphs on a long document', () => {
  it('widens a band that is too narrow instead of returning a wrong pairing', () => {
    const padded = [...Array.from({ length: 30 }, (_, k) => `Baca juga: Berita lain nomor ${k}`), ...source];
    const wide = alignParagraphs(padded, draft);
    const narrow = alignParagraphs(padded, draft, { band: 2 });
    expect(narrow.stats.band).toBeGreaterThan(2);
    expect(pairs(narrow)).toEqual(pairs(wide));
    expect(narrow.sources.slice(30).map((s) => s.draft)).toEqual(draft.map((_, i) => [i]));
  });

  it('recovers the pairing of 400 paragraphs with drops and merges in a narrow band', () => {
    const src: string[] = [];
    const dr: string[] = [];
    const expected: Array<[number[], number[]]> = [];
    for (let k = 0; src.length < 400; k++) {
      const i = k % source.length;
      const s = src.length;
      src.push(`${source[i]} (${k})`);
      if (k % 37 === 5) {
        expected.push([[s], []]);
      } else if (k % 41 === 7 && i + 1 < source.length) {
        src.push(`${source[i + 1]} (${k}b)`);
        dr.push(`${draft[i]} ${draft[i + 1]} (${k}) (${k}b)`);
        expected.push([[s, s + 1], [dr.length - 1]]);
      } else {
        dr.push(`${draft[i]} (${k})`);
        expected.push([[s], [dr.length - 1]]);
      }
    }
    const result = alignParagraphs(src, dr);
    const got = new Set(result.beads.map((b) => JSON.stringify([b.source, b.draft])));
    const recovered = expected.filter((e) => got.has(JSON.stringify(e))).length;
    expect(recovered / expected.length).toBeGreaterThan(0.97);
    expect(result.stats.band).toBeLessThan(400);
  });
});
