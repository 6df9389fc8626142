import { describe, expect, it } from 'vitest';
import { runQaForSegment } from '../../../shared/qa';
import { familyFor, seg } from './segments';

const punctuation = (s: string, t: string) => familyFor('punctuation', s, t);

describe('punctuation and spacing check', () => {
  it('passes matching punctuation', () => {
    expect(punctuation('Barat ketar-ketir?', 'West trembling?')).toEqual([]);
    expect(punctuation('Kata "damai" (perdamaian).', 'The word "peace" (peace).')).toEqual([]);
    expect(punctuation("Harapan Putin: 'damai'.", "Putin's hope: 'peace'.")).toEqual([]);
    expect(punctuation('Para pemimpin kedua negara.', "The two countries' leaders and the allies’ envoys.")).toEqual([]);
  });

  it('reports an end punctuation mismatch', () => {
    expect(punctuation('Barat ketar-ketir?', 'West trembling.')).toEqual(['punctuation.end']);
  });

  it.each([
    ['Kata (damai).', 'The word (peace.'],
    ['Kata “damai”.', 'The word “peace.'],
    ['Kata ‘damai’.', 'The word ‘peace.'],
    ['Kata "damai".', 'The word "peace.'],
    ["Kata 'damai'.", "The word 'peace."],
  ])('reports unpaired brackets and quotes: %s → %s', (source, target) => {
    expect(punctuation(source, target)).toEqual(['punctuation.unpaired']);
  });

  it('leaves a quote the source also leaves open', () => {
    expect(punctuation('“Kami siap, kata dia.', '“We are ready, he said.')).toEqual([]);
  });

  it('reports a space before punctuation unless the source has it', () => {
    expect(punctuation('Ya, benar.', 'Yes , right.')).toEqual(['punctuation.space-before']);
    expect(punctuation('TAG :', 'TAG :')).toEqual([]);
  });

  it('reports double spaces and stray edge whitespace', () => {
    expect(punctuation('Ya benar.', 'Yes  right.')).toEqual(['punctuation.double-space']);
    expect(punctuation('Ya benar.', ' Yes right. ')).toEqual(['punctuation.edge-whitespace']);
  });

  it('reports a missing space after a full stop, but not in U.S., 3.5 or a URL', () => {
    expect(punctuation('di Ukraina. Presiden Rusia.', 'in Ukraine.President of Russia.')).toEqual(['punctuation.missing-space']);
    expect(punctuation('AS naik 3,5 persen di kompas.com.', 'The U.S. rose 3.5 percent at https://www.Kompas.Com/News.')).toEqual([]);
  });

  it('quotes the glued words and marks the full stop and the capital', () => {
    const target = 'in Ukraine.President of Russia.';
    const [f] = runQaForSegment(seg('di Ukraina. Presiden Rusia.', target));
    expect(f?.message).toBe('No space after “.” in “Ukraine.President”: add one between the sentences.');
    const span = f?.targetSpans[0];
    expect(span && target.slice(span.start, span.end)).toBe('.P');
  });

  it('finds every glued sentence after two lower-case letters, none after one letter or a capital', () => {
    const target = 'He said!Then I.Went on?Yes the US.Army and x.Y spoke.Ok';
    const found = runQaForSegment(seg('Dia berkata! Lalu pergi? Ya.', target)).filter((f) => f.checkId === 'punctuation.missing-space');
    expect(found.map((f) => target.slice(f.targetSpans[0]?.start, f.targetSpans[0]?.end))).toEqual(['!T', '?Y', '.O']);
  });
});
