import { describe, expect, it } from 'vitest';
import { checkTarget } from '../../../shared/glossary/target-check';
import { buildGlossaryIndex, findTermHits } from '../../../shared/glossary/term-index';
import { entry } from './entries';

const index = buildGlossaryIndex([
  entry('pelanggaran', 'violation', { morphology: 'derived' }),
  entry('kerja sama', [
    { text: 'cooperation', status: 'preferred' },
    { text: 'collaboration', status: 'admitted' },
    { text: 'work together', status: 'forbidden' },
  ]),
  entry('AS', 'US', { caseSensitive: true }),
  entry('Korut', 'North Korea'),
  entry('Kremlin', 'Kremlin', { pos: 'proper noun' }),
]);

function check(source: string, target: string) {
  return checkTarget(index, findTermHits(index, source), target, source).map((c) => `${c.kind}:${c.span?.text ?? ''}`);
}

describe('checking the English target against source hits', () => {
  it('accepts English inflection and derivation of the approved term', () => {
    expect(check('Rusia melanggar resolusi', 'Russia violated the resolution')).toEqual(['ok:violated']);
    expect(check('pelanggaran serius', 'serious violations')).toEqual(['ok:violations']);
    expect(check('bekerja sama', 'they cooperate')).toEqual(['ok:cooperate']);
  });

  it('accepts an admitted term and reports a missing one', () => {
    expect(check('kerja sama erat', 'close collaboration')).toEqual(['ok:collaboration']);
    expect(check('kerja sama erat', 'close ties')).toEqual(['missing:']);
  });

  it('flags a forbidden rendering with its span', () => {
    const source = 'kerja sama militer';
    const target = 'military work together';
    const [c] = checkTarget(index, findTermHits(index, source), target);
    expect(c).toMatchObject({ kind: 'forbidden', span: { text: 'work together', start: 9, end: 22 }, expected: ['cooperation', 'collaboration'] });
  });

  it('flags the Indonesian term left in the draft, case-sensitively for AS', () => {
    expect(check('Korut dan AS', 'Korut and AS')).toEqual(['untranslated:Korut', 'untranslated:AS']);
    expect(check('AS menolak', 'as expected, the US refused')).toEqual(['ok:US']);
  });

  it('does not take "us" for the abbreviation US', () => {
    expect(check('AS menolak', 'they told us no')).toEqual(['missing:']);
  });

  it('does not call a term untranslated when the approved English is the same word', () => {
    expect(check('Kremlin menolak', 'The Kremlin refused')).toEqual(['ok:Kremlin']);
  });

  it('needs one English term for each source hit of an entry', () => {
    expect(check('kerja sama dan kerja sama', 'cooperation and ties')).toEqual(['ok:cooperation', 'missing:']);
  });
});

describe('pointing at the likely rendering of a missing term', () => {
  const guesses = buildGlossaryIndex([entry('pabrik', 'plant'), entry('jet tempur', 'fighter jet'), entry('laporan', 'report')]);
  const guess = (source: string, target: string) =>
    checkTarget(guesses, findTermHits(guesses, source), target, source).map((c) => `${c.kind}:${c.span?.text ?? ''}${c.suspect ? '?' : ''}`);

  it('takes the word beside a name that follows the term in the source, after the name first', () => {
    expect(guess('Pabrik Gagarin besar', 'The Gagarin Factory is big')).toEqual(['missing:Factory?']);
    expect(guess('Pabrik Gagarin', 'the Gagarin')).toEqual(['missing:']);
  });

  it('takes the word before a name or number that comes before the term, skipping small words', () => {
    expect(guess('Sudah 2024 laporan', 'Already the 2024 paper')).toEqual(['missing:paper?']);
    expect(guess('ke Jakarta laporan', 'Jakarta paper')).toEqual(['missing:paper?']);
  });

  it('takes the word beside the rendering of a found neighbour, on the side the languages put it', () => {
    expect(guess('pabrik jet tempur', 'a fighter jet factory')).toEqual(['missing:factory?', 'ok:fighter jet']);
    expect(guess('jet tempur pabrik', 'the works fighter jet')).toEqual(['ok:fighter jet', 'missing:works?']);
  });
});
