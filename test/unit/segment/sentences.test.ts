import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { joinSegments, splitParagraphs, splitSegmentAt, splitSentences } from '../../../shared/segment';
import { corpusFile } from '../../support/paths';

describe('splitSentences on the glued corpus article (001)', () => {
  const body = splitParagraphs(readFileSync(corpusFile('id', '001'), 'utf8')).paragraphs[1] ?? '';
  const sentences = splitSentences(body, 'id');

  it('splits where sentences are glued without a space', () => {
    expect(sentences[1]).toMatch(/di Ukraina serta sekaligus meningkatkan program rudal Pyongyang\.$/);
    expect(sentences[2]).toMatch(/^Presiden Rusia Vladimir Putin dan Kim membicarakan/);
    expect(sentences.at(-1)).toBe('Sumber: Reuters');
  });

  it('starts a quotation glued to the previous sentence with its opening quote', () => {
    expect(sentences).toContain(
      'AS dan Korsel juga mendesak Rusia agar memperlihatkan tanggung jawab mereka sebagai anggota tetap Dewan Keamanan PBB.',
    );
    expect(sentences.some((s) => s.startsWith('“Kami sepakat untuk bekerja sama'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('“Laporan baru-baru ini'))).toBe(true);
    expect(sentences.some((s) => s.endsWith('“'))).toBe(false);
  });

  it('finds every sentence of the article and loses no text', () => {
    expect(sentences).toHaveLength(20);
    expect(sentences.join('').replace(/\s/g, '')).toBe(body.replace(/\s/g, ''));
  });
});

describe('splitSentences keeps abbreviations, numbers and initials together', () => {
  it.each([
    ['Harga naik menjadi Rp1.234 per liter.', 'id'],
    ['Inflasi naik 3,5 persen dan 3.5 persen.', 'id'],
    ['Ia tinggal di Jl. Sudirman No. 5 bersama Dr. Budi dan Prof. Sari.', 'id'],
    ['Surat a.n. Kepala Dinas dikirim tgl. 5 Mei.', 'id'],
    ['Hadir H. Agus, Hj. Siti, Ir. Joko, Drs. Hadi, Kol. Ali dan Brigjen. Tono.', 'id'],
    ['Acara dihadiri Budi, S.H. dan Sari, M.Hum. serta guru lain.', 'id'],
    ['Mereka membeli meja, kursi, dll. untuk kantor.', 'id'],
    ['The U.S. military said so.', 'en'],
    ['Mr. Smith met Mrs. Jones and Dr. Lee on Jan. 5.', 'en'],
    ['Bring fruit, e.g. apples, etc. and bread.', 'en'],
    ['Mark J. Fitzpatrick said the rate was 3.5 percent.', 'en'],
    ['Visit https://www.Kompas.com/Read.Now for more.', 'en'],
  ] as const)('%s', (text, lang) => {
    expect(splitSentences(text, lang)).toEqual([text]);
  });

  it('still ends a sentence after an abbreviation that can end one', () => {
    expect(splitSentences('Mereka membeli meja, kursi, dll. Kemudian pulang.', 'id')).toEqual([
      'Mereka membeli meja, kursi, dll.',
      'Kemudian pulang.',
    ]);
    expect(splitSentences('He said no. Then he left.', 'en')).toEqual(['He said no.', 'Then he left.']);
  });

  it('keeps a question or exclamation inside a quotation with the words that follow it', () => {
    expect(splitSentences('"Siapa yang datang?" tanya dia. Tidak ada jawaban.', 'id')).toEqual([
      '"Siapa yang datang?" tanya dia.',
      'Tidak ada jawaban.',
    ]);
    expect(splitSentences('“Stop!” he shouted. Nobody did.', 'en')).toEqual(['“Stop!” he shouted.', 'Nobody did.']);
  });

  it('keeps a list number with its item', () => {
    expect(splitSentences('1. Pertama datang. 2. Kedua pulang.', 'id')).toEqual(['1. Pertama datang.', '2. Kedua pulang.']);
  });

  it('splits ordinary sentences and glued ones', () => {
    expect(splitSentences('Satu dua. Tiga empat! Lima?Enam.Tujuh', 'id')).toEqual([
      'Satu dua.',
      'Tiga empat!',
      'Lima?',
      'Enam.',
      'Tujuh',
    ]);
  });
});

describe('manual split and join', () => {
  it('splits at an offset and joins back with single spaces', () => {
    const text = 'Kalimat pertama. Kalimat kedua.';
    const [a, b] = splitSegmentAt(text, 16);
    expect([a, b]).toEqual(['Kalimat pertama.', 'Kalimat kedua.']);
    expect(joinSegments([a, b])).toBe(text);
    expect(joinSegments(['  a ', '', 'b'])).toBe('a b');
    expect(splitSegmentAt('abc', 99)).toEqual(['abc', '']);
  });
});
