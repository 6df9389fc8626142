import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignParagraphs, beadsToSourceDrafts, priorFromExclusions } from '../../../shared/align';
import type { Bead } from '../../../shared/align';
import { DEFAULT_BOILERPLATE_RULES, detectBoilerplate } from '../../../shared/boilerplate';
import { splitParagraphs } from '../../../shared/segment';
import { corpusFile } from '../../support/paths';

const paragraphs = (file: string): string[] => [...splitParagraphs(readFileSync(file, 'utf8')).paragraphs];
const boilerplatePrior = (source: readonly string[]): number[] =>
  priorFromExclusions(detectBoilerplate(source, DEFAULT_BOILERPLATE_RULES));

/** "en2←id6+id7" for pairs (1-based, as the reviewer reads them) and "id1" for a source without draft. */
function describeBeads(beads: readonly Bead[]): { pairs: string[]; noDraft: string[]; unmatched: string[] } {
  const ids = (xs: readonly number[], p: string) => xs.map((x) => `${p}${x + 1}`).join('+');
  return {
    pairs: beads.filter((b) => b.source.length && b.draft.length).map((b) => `${ids(b.draft, 'en')}←${ids(b.source, 'id')}`),
    noDraft: beads.filter((b) => !b.draft.length).map((b) => ids(b.source, 'id')),
    unmatched: beads.filter((b) => !b.source.length).map((b) => ids(b.draft, 'en')),
  };
}

describe('aligning the human draft of 004 (17 English paragraphs for 27 Indonesian ones)', () => {
  const source = paragraphs(corpusFile('id', '004'));
  const draft = paragraphs(corpusFile('en-drafts', '004', '.human.en.txt'));
  const result = alignParagraphs(source, draft, { untranslatedPrior: boilerplatePrior(source) });

  it('pairs every draft paragraph with the source the translator worked from', () => {
    expect(describeBeads(result.beads)).toEqual({
      pairs: [
        'en1←id2',
        'en2←id6+id7',
        'en3←id8',
        'en4←id10',
        'en5←id11',
        'en6←id12',
        'en7←id13',
        'en8←id14',
        'en9←id15',
        'en10←id16',
        'en11←id18',
        'en12←id19',
        'en13←id20',
        'en14+en15←id21',
        'en16←id22',
        'en17←id24',
      ],
      noDraft: ['id1', 'id3', 'id4', 'id5', 'id9', 'id17', 'id23', 'id25', 'id26', 'id27'],
      unmatched: [],
    });
  });

  it('finds the same pairing without being told which paragraphs are boilerplate', () => {
    expect(describeBeads(alignParagraphs(source, draft).beads)).toEqual(describeBeads(result.beads));
  });

  it('is confident about all of it', () => {
    expect(result.beads.filter((b) => b.lowConfidence)).toEqual([]);
  });

  it('shows the merged draft on the first source paragraph and the split draft joined', () => {
    const { sources, unmatched } = beadsToSourceDrafts(result.beads, draft);
    expect(sources).toHaveLength(27);
    expect(sources[5]).toMatchObject({ text: draft[1], draftParagraphs: [1], mergedIntoPrevious: false });
    expect(sources[6]).toMatchObject({ text: '', draftParagraphs: [], mergedIntoPrevious: true });
    expect(sources[20]?.text).toBe(`${draft[13]} ${draft[14]}`);
    expect(sources[20]?.draftParagraphs).toEqual([13, 14]);
    expect(sources[0]).toMatchObject({ text: '', mergedIntoPrevious: false });
    expect(unmatched).toEqual([]);
  });

  it('reports each source paragraph with its draft paragraphs', () => {
    expect(result.sources[5]?.draft).toEqual([1]);
    expect(result.sources[6]?.draft).toEqual([1]);
    expect(result.sources[8]?.draft).toEqual([]);
    expect(result.unmatchedDraft).toEqual([]);
  });
});

describe('aligning the machine draft of 000 (22 ↔ 22)', () => {
  const source = paragraphs(corpusFile('id', '000'));
  const draft = paragraphs(corpusFile('en-drafts', '000', '.mt.en.txt'));

  it.each([
    ['with the boilerplate prior', true],
    ['without it', false],
  ])('pairs paragraph for paragraph %s', (_label, withPrior) => {
    const result = alignParagraphs(source, draft, withPrior ? { untranslatedPrior: boilerplatePrior(source) } : {});
    expect(result.beads.map((b) => [b.source, b.draft])).toEqual(source.map((_, i) => [[i], [i]]));
    expect(result.beads.every((b) => !b.lowConfidence)).toBe(true);
  });

  it('estimates an English-to-Indonesian length ratio a little under 1', () => {
    const { stats } = alignParagraphs(source, draft);
    expect(stats.ratio).toBeGreaterThan(0.8);
    expect(stats.ratio).toBeLessThan(1.05);
  });
});
