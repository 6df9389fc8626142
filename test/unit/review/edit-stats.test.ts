import { describe, expect, it } from 'vitest';
import { classifyEdit, levenshtein, levenshteinReference, measureEdit, tokenLevenshtein } from '../../../shared/review';

describe('levenshtein', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('same', 'same')).toBe(0);
  });

  it('agrees with the plain dynamic programme on long and random strings', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 400; k++) {
      const alphabet = 'abcdefgh'.slice(0, 2 + Math.floor(rnd() * 6));
      const gen = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
      const a = gen(Math.floor(rnd() * 150));
      const b = rnd() < 0.5 ? gen(Math.floor(rnd() * 150)) : a.slice(0, 40) + gen(8) + a.slice(45);
      expect(levenshtein(a, b)).toBe(levenshteinReference(a, b));
    }
  });

  it('measures token sequences', () => {
    expect(tokenLevenshtein(['work', 'together'], ['cooperation'])).toBe(2);
  });
});

describe('measureEdit', () => {
  it('reports an unchanged draft', () => {
    expect(measureEdit('Kim came.', 'Kim came.')).toMatchObject({ postEditDistance: 0, wordEditRate: 0, editClass: 'unchanged', referenceTokens: 3 });
  });

  it('reports a light edit: one doubled word removed', () => {
    const m = measureEdit('He also appeared to nod when the the pilot performed.', 'He also appeared to nod when the pilot performed.');
    expect(m.charDistance).toBe(4);
    expect(m.tokenEdits).toBe(1);
    expect(m.wordEditRate).toBeCloseTo(1 / 10);
    expect(m.editClass).toBe('light');
  });

  it('reports a heavy edit: the sentence rewritten', () => {
    const m = measureEdit('Kim inspection to the workshop.', 'Kim then toured the plant where wings are built.');
    expect(m.editClass).toBe('heavy');
    expect(m.postEditDistance).toBeGreaterThan(0.3);
  });

  it('treats an emptied segment as fully edited', () => {
    expect(measureEdit('Advertisement', '')).toMatchObject({ postEditDistance: 1, wordEditRate: 1, editClass: 'heavy' });
  });

  it('classifies by the documented thresholds, which a project may change', () => {
    expect(classifyEdit(0)).toBe('unchanged');
    expect(classifyEdit(0.3)).toBe('light');
    expect(classifyEdit(0.31)).toBe('heavy');
    expect(classifyEdit(0.2, 0.1)).toBe('heavy');
  });
});
