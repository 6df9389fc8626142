import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Segment } from '../../../shared/model/segment';
import { documentProgress } from '../../../shared/project/progress';
import { countWords } from '../../../shared/project/words';
import { documentStats, reviewInputFromSegment } from '../../../shared/review/document-stats';
import { CORPUS_DIR } from '../../support/paths';

const segment = (n: number, source: string): Segment => ({ id: `d1-${n}`, documentId: 'd1', index: n, kind: 'paragraph', source, draft: null, target: '', status: 'new' });

describe('word count', () => {
  it('counts hyphenated words and reduplications once, and numbers as words', () => {
    expect(countWords('Kim Jong-un tiba di Rusia, Selasa (12/9).')).toBe(8);
    expect(countWords('Negara-negara anggota menyumbang 1.234,5 juta rupiah.')).toBe(6);
  });

  it('is the same on the project home and on the statistics dashboard', () => {
    const segments = [segment(0, 'Kim Jong-un tiba di Rusia, Selasa (12/9).'), segment(1, 'Negara-negara anggota bekerja sama.')];
    const stats = documentStats(segments.map((s) => reviewInputFromSegment(s)));
    expect(stats.sourceWords).toBe(documentProgress(segments).sourceWords);
  });
});

describe('word count by one pass', () => {
  // The definition: one word per match of this pattern.
  const reference = (text: string) => [...text.matchAll(/[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/gu)].length;

  it('counts what the word pattern matches on the corpus', () => {
    const dir = path.join(CORPUS_DIR, 'id');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      for (const paragraph of readFileSync(path.join(dir, f), 'utf8').split(/\n+/)) expect(countWords(paragraph), paragraph).toBe(reference(paragraph));
    }
  });

  it('counts joiners, marks, other scripts and characters beyond the BMP as the pattern does', () => {
    const cases = ["a--b", "a-", "-a", "a-b-c", "a-.b", "rock’n’roll", "don't", "1.234,5", "x,,y", "e\u0301te", "東京 タワー", "𝐀𝐁 𝐂-𝐃", "😀a😀", "\ud800a", "a\udc00b", "Ⅻ-ⅻ", "٣٤ كلمة", "", " , "];
    for (const c of cases) expect(countWords(c), JSON.stringify(c)).toBe(reference(c));
    const alphabet = ['a', 'Z', '7', '-', "'", '’', '.', ',', ' ', '\u0301', 'é', '東', '𝐀', '😀', '\ud800', '(', '٣', '\n'];
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let k = 0; k < 5000; k++) {
      let s = '';
      for (let j = next() % 12; j > 0; j--) s += alphabet[next() % alphabet.length];
      expect(countWords(s), JSON.stringify(s)).toBe(reference(s));
    }
  });
});
