import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentWithIntl, tokenizeWords } from '../../../shared/review';
import { CORPUS_DIR } from '../../support/paths';

describe('tokenizeWords', () => {
  it('splits punctuation from words but keeps contractions, decimals and codes whole', () => {
    expect(tokenizeWords("Putin's jet, 1,234.5 Rp1.234,5 Jong-un.").filter((t) => t !== ' ')).toEqual(["Putin's", 'jet', ',', '1,234.5', 'Rp1.234,5', 'Jong', '-', 'un', '.']);
  });

  it('gives the text back when joined', () => {
    const text = 'Kim  tiba\tdi Rusia.\n\n“Ya,” katanya… \uE000b\uE001';
    expect(tokenizeWords(text).join('')).toBe(text);
  });

  it('agrees with Intl.Segmenter on every corpus paragraph and line', () => {
    for (const folder of ['id', 'en-drafts']) {
      for (const file of readdirSync(path.join(CORPUS_DIR, folder))) {
        const text = readFileSync(path.join(CORPUS_DIR, folder, file), 'utf8');
        for (const piece of [text, ...text.split('\n')]) expect(tokenizeWords(piece)).toEqual(segmentWithIntl(piece));
      }
    }
  });

  it('uses the segmenter for scripts the fast path does not cover', () => {
    expect(tokenizeWords('Пхеньян и Москва')).toEqual(['Пхеньян', ' ', 'и', ' ', 'Москва']);
  });
});
