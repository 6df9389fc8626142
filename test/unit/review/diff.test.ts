import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffSide, diffWordsSegmented } from '../../../shared/review';
import { corpusFile } from '../../support/paths';

describe('diffWordsSegmented', () => {
  it('shows a replaced term as one deletion and one insertion', () => {
    expect(diffWordsSegmented('the prospect of military work together between them', 'the prospect of military cooperation between them')).toEqual([
      { kind: 'equal', text: 'the prospect of military ' },
      { kind: 'delete', text: 'work together ' },
      { kind: 'insert', text: 'cooperation ' },
      { kind: 'equal', text: 'between them' },
    ]);
  });

  it('removes a doubled word and splits punctuation from words', () => {
    expect(diffWordsSegmented('when the the pilot performed.', 'when the pilot performed, smiling.')).toEqual([
      { kind: 'equal', text: 'when the ' },
      { kind: 'delete', text: 'the ' },
      { kind: 'equal', text: 'pilot performed' },
      { kind: 'insert', text: ', smiling' },
      { kind: 'equal', text: '.' },
    ]);
  });

  it('returns one equal part for unchanged text and nothing for two empty texts', () => {
    expect(diffWordsSegmented('Kim came.', 'Kim came.')).toEqual([{ kind: 'equal', text: 'Kim came.' }]);
    expect(diffWordsSegmented('', '')).toEqual([]);
    expect(diffWordsSegmented('', 'New text')).toEqual([{ kind: 'insert', text: 'New text' }]);
  });

  it('always spells out both texts exactly', () => {
    const pairs: Array<[string, string]> = [
      ['During the visit of Kim Jong-un, the government  acted.', "During Kim Jong Un's visit, the government acted!"],
      ['A b c d e f', 'f e d c b A'],
      ['Kim \uE000inspeksi\uE001 ke bengkel', 'Kim \uE000inspected\uE001 the workshop'],
      ['Москва и Пхеньян', 'Пхеньян и Москва'],
    ];
    for (const [a, b] of pairs) {
      const parts = diffWordsSegmented(a, b);
      expect(diffSide(parts, 'before')).toBe(a);
      expect(diffSide(parts, 'after')).toBe(b);
    }
  });

  it('keeps a long rewritten paragraph readable: untouched words stay equal', () => {
    const before =
      'During the visit of Kim Jong-un, the Russian government diligently publicized the event and repeatedly emphasized the prospect of military work together between the two countries, which the West opposes.';
    const after =
      "Throughout Kim Jong Un's visit, Moscow diligently publicised the event and again and again stressed the prospect of military cooperation between both countries, which Washington opposes.";
    const parts = diffWordsSegmented(before, after);
    expect(diffSide(parts, 'before')).toBe(before);
    expect(diffSide(parts, 'after')).toBe(after);
    const equal = parts.filter((p) => p.kind === 'equal').map((p) => p.text.trim());
    expect(equal).toEqual(expect.arrayContaining(['diligently', 'the prospect of military', 'between']));
  });

  it('spells out every corpus paragraph pair, whatever the distance', () => {
    const paras = (f: string) => readFileSync(f, 'utf8').split(/\n[ \t]*\n/);
    const id = paras(corpusFile('id', '000'));
    const en = paras(corpusFile('en-drafts', '000', '.mt.en.txt'));
    id.forEach((a, i) => {
      const b = en[i] ?? '';
      for (const [x, y] of [[a, b], [b, a], [b, `${b} ${b}`]] as const) {
        const parts = diffWordsSegmented(x, y);
        expect(diffSide(parts, 'before')).toBe(x);
        expect(diffSide(parts, 'after')).toBe(y);
      }
    });
  });
});
