import { describe, expect, it } from 'vitest';
import { findTermInTarget, prepareTarget } from '../../../shared/glossary/target-find';

const found = (target: string, term: string, literal: 'stem' | 'spelling' | 'exact') =>
  findTermInTarget(prepareTarget(target), term, literal).map((o) => o.text);

describe('finding a glossary term in the English target', () => {
  it('finds every occurrence in reading order, inflected and as a demonym, across one target', () => {
    const t = prepareTarget('Korean and Korea talks: the Koreans said Korea sanctioned sanctions.');
    expect(findTermInTarget(t, 'Korea', 'stem').map((o) => o.start)).toEqual([0, 11, 28, 41]);
    expect(findTermInTarget(t, 'sanctions', 'stem').map((o) => o.text)).toEqual(['sanctioned', 'sanctions']);
    // The same prepared target answers the next term too.
    expect(findTermInTarget(t, 'Korea talks', 'stem').map((o) => o.text)).toEqual(['Korea talks']);
  });

  it('matches a multiword term only where its words follow one another', () => {
    expect(found('work and together we work together, work-together', 'work together', 'stem')).toEqual(['work together', 'work-together']);
    expect(found('work, together', 'work together', 'stem')).toEqual([]);
  });

  it('keeps exact spelling for abbreviations and the Indonesian left in, with a possessive', () => {
    expect(found('The US and us', 'US', 'stem')).toEqual(['US']);
    expect(found('Korut’s army and Korut, not korut', 'Korut', 'exact')).toEqual(['Korut’s', 'Korut']);
    expect(found('Korut and korut, KORUT', 'Korut', 'spelling')).toEqual(['Korut', 'korut', 'KORUT']);
  });
});

describe('finding a term at the edges of the target and around punctuation', () => {
  it('finds a term that opens or closes the target, or stands between punctuation', () => {
    expect(found('Sanctions.', 'sanction', 'stem')).toEqual(['Sanctions']);
    expect(found('"(Sanctions)", they said: sanctions!', 'sanction', 'stem')).toEqual(['Sanctions', 'sanctions']);
    expect(found('They spoke of South Korea', 'South Korea', 'stem')).toEqual(['South Korea']);
    expect(found('South', 'South Korea', 'stem')).toEqual([]);
  });

  it('takes a demonym for any capitalised word of a multiword term, not for a lower-case one', () => {
    expect(found('North Korean and North Koreans', 'North Korea', 'stem')).toEqual(['North Korean', 'North Koreans']);
    expect(found('hard worker', 'hard work', 'stem')).toEqual([]);
  });

  it('keeps case apart by kind of search: stems and spelling fold it, exact spelling does not', () => {
    expect(found('KIM JONG UN arrived', 'Kim Jong Un', 'stem')).toEqual(['KIM JONG UN']);
    expect(found('Dewan Keamanan and dewan keamanan', 'Dewan Keamanan', 'exact')).toEqual(['Dewan Keamanan']);
    expect(found('Dewan Keamanan’s vote, Dewan Keamanan-nya', 'Dewan Keamanan', 'exact')).toEqual(['Dewan Keamanan’s', 'Dewan Keamanan']);
  });

  it('answers a fresh list each time, so a caller changing one does not change the next answer', () => {
    const t = prepareTarget('nothing to see');
    const first = findTermInTarget(t, 'sanction', 'stem');
    first.push({ start: 0, end: 7, text: 'nothing', first: 0, last: 0 });
    expect(findTermInTarget(t, 'sanction', 'stem')).toEqual([]);
  });
});
