import { describe, expect, it } from 'vitest';
import { compileGlossaryIndex, loadGlossaryIndex } from '../../../shared/glossary/compiled-index';
import { updateEntry } from '../../../shared/glossary/revision';
import { buildGlossaryIndex, findTermHits } from '../../../shared/glossary/term-index';
import { corpusGlossary, corpusParagraphs } from './corpus';

describe('compiled glossary index', () => {
  it('finds exactly the same hits after a save and load as the freshly built index', () => {
    const entries = corpusGlossary();
    const built = buildGlossaryIndex(entries);
    const saved = JSON.parse(JSON.stringify(compileGlossaryIndex(built)));
    const loaded = loadGlossaryIndex(entries, saved);
    const text = ['000', '001', '002'].flatMap((n) => corpusParagraphs('id', n));
    for (const p of text) expect(findTermHits(loaded, p)).toEqual(findTermHits(built, p));
  });

  it('rebuilds when the index was compiled by another engine or dictionary version', () => {
    const entries = corpusGlossary();
    const saved = { ...compileGlossaryIndex(buildGlossaryIndex(entries)), engine: '0:1', patterns: [] };
    expect(findTermHits(loadGlossaryIndex(entries, saved), 'sanksi').length).toBe(1);
  });

  it('rebuilds when the glossary changed since it was compiled', () => {
    const entries = corpusGlossary();
    const saved = compileGlossaryIndex(buildGlossaryIndex(entries));
    const changed = entries.map((e) => (e.sourceTerms[0] === 'rudal' ? updateEntry(e, { sourceTerms: ['peluru kendali'] }, '2026-02-01T00:00:00.000Z') : e));
    const index = loadGlossaryIndex(changed, saved);
    expect(findTermHits(index, 'peluru kendali').map((h) => h.matchedForm)).toEqual(['peluru kendali']);
    expect(findTermHits(index, 'rudal')).toEqual([]);
  });
});
