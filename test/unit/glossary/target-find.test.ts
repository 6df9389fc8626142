import { describe, expect, it } from 'vitest';
import { findTermInTarget, prepareTarget } from '../../../shared/glossary/target-check';

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
