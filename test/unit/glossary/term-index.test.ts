import { describe, expect, it } from 'vitest';
import { buildGlossaryIndex, findTermHits, updateGlossaryIndex } from '../../../shared/glossary/term-index';
import { deleteEntry, updateEntry } from '../../../shared/glossary/revision';
import { entry } from './entries';

const texts = (hits: { text: string; nested: boolean }[]) => hits.filter((h) => !h.nested).map((h) => h.text);

describe('finding glossary terms in Indonesian text', () => {
  it('matches words, never substrings of other words', () => {
    const index = buildGlossaryIndex([entry('aman', 'safe'), entry('rudal', 'missile')]);
    expect(texts(findTermHits(index, 'Daerah itu aman dari serangan rudal.'))).toEqual(['aman', 'rudal']);
    expect(findTermHits(index, 'Keamanan kawasan; amandemen; paman; perudalan')).toEqual([]);
  });

  it('classifies every hit: exact, inflected (verbal affixes, clitics, reduplication), derived (nominalisations)', () => {
    const index = buildGlossaryIndex([entry('kerja', 'work', { morphology: 'derived' })]);
    const hits = findTermHits(index, 'kerja, bekerja, dikerjakan, kerjanya, kerja-kerja, pekerja, pekerjaan');
    expect(hits.map((h) => `${h.text}:${h.kind}`)).toEqual([
      'kerja:exact',
      'bekerja:inflected',
      'dikerjakan:inflected',
      'kerjanya:inflected',
      'kerja-kerja:inflected',
      'pekerja:derived',
      'pekerjaan:derived',
    ]);
  });

  it('accepts exact and inflected hits by default; derived only when the entry asks, exact only when it says so', () => {
    const text = 'Mereka bekerja keras; para pekerja kehilangan pekerjaan; kerja.';
    expect(texts(findTermHits(buildGlossaryIndex([entry('kerja', 'work')]), text))).toEqual(['bekerja', 'kerja']);
    expect(texts(findTermHits(buildGlossaryIndex([entry('kerja', 'work', { morphology: 'derived' })]), text))).toEqual(['bekerja', 'pekerja', 'pekerjaan', 'kerja']);
    expect(texts(findTermHits(buildGlossaryIndex([entry('kerja', 'work', { morphology: 'exact' })]), text))).toEqual(['kerja']);
  });

  it('finds the everyday forms a news text uses under their root when derived forms are on', () => {
    const words = ['kebijakan', 'kedudukan', 'mengalahkan', 'belajar', 'mempelajari', 'peradilan', 'kesakitan', 'besaran', 'jualan', 'belikan', 'pewarna', 'sesuap', 'meniru-niru', 'memanggil-manggil', 'menyebut-nyebut'];
    const roots = ['bijak', 'duduk', 'kalah', 'ajar', 'ajar', 'adil', 'sakit', 'besar', 'jual', 'beli', 'warna', 'suap', 'tiru', 'panggil', 'sebut'];
    const index = buildGlossaryIndex([...new Set(roots)].map((r) => entry(r, r, { morphology: 'derived' })));
    expect(words.map((w) => index.byId.get(findTermHits(index, w)[0]?.entryId ?? '')?.sourceTerms[0] ?? '-')).toEqual(roots);
  });

  it('a verb form of an abstract-noun entry is a derived hit: pelanggaran matches melanggar when derived forms are on', () => {
    const text = 'Rusia melanggar resolusi; resolusi dilanggar; pelanggaran-pelanggaran itu.';
    const index = buildGlossaryIndex([entry('pelanggaran', 'violation', { morphology: 'derived' })]);
    const hits = findTermHits(index, text);
    expect(hits.map((h) => `${h.text}:${h.kind}`)).toEqual(['melanggar:derived', 'dilanggar:derived', 'pelanggaran-pelanggaran:inflected']);
    expect(hits[0]?.stems).toEqual(['melanggar → langgar']);
    expect(texts(findTermHits(buildGlossaryIndex([entry('pelanggaran', 'violation')]), text))).toEqual(['pelanggaran-pelanggaran']);
  });

  it('finds compound spelling variants: kerja sama, kerjasama, bekerja sama, bekerjasama, Kerja-sama', () => {
    const index = buildGlossaryIndex([entry('kerja sama', 'cooperation')]);
    const text = 'kerja sama, kerjasama, bekerja sama, bekerjasama, Kerja-sama, kerja samanya';
    expect(texts(findTermHits(index, text))).toEqual([
      'kerja sama',
      'kerjasama',
      'bekerja sama',
      'bekerjasama',
      'Kerja-sama',
      'kerja samanya',
    ]);
    expect(findTermHits(index, 'kerja, sama')).toEqual([]);
  });

  it('matches multiword terms across line breaks and any whitespace', () => {
    const index = buildGlossaryIndex([entry('Dewan Keamanan PBB', 'UN Security Council')]);
    const hits = findTermHits(index, 'resolusi Dewan\n  Keamanan\u00a0PBB ini');
    expect(hits.map((h) => h.text)).toEqual(['Dewan\n  Keamanan\u00a0PBB']);
    expect(findTermHits(index, 'Dewan (Keamanan) PBB')).toEqual([]);
  });

  it('matches a term split by inline markup (an XLIFF tag kept as a placeholder character)', () => {
    const index = buildGlossaryIndex([entry('kerja sama', 'cooperation')]);
    expect(texts(findTermHits(index, 'kerja\uE000 sama\uE001 militer'))).toEqual(['kerja\uE000 sama']);
  });

  it('folds case for ordinary entries and respects case-sensitive ones: AS is never "as"', () => {
    const index = buildGlossaryIndex([
      entry('AS', 'US', { caseSensitive: true }),
      entry('kerja sama', 'cooperation'),
    ]);
    expect(texts(findTermHits(index, 'KERJA SAMA dengan AS, as roda, As, ASnya.'))).toEqual(['KERJA SAMA', 'AS', 'ASnya']);
  });

  it('resolves overlaps to the longest hit and reports the shorter as nested', () => {
    const index = buildGlossaryIndex([entry('PBB', 'UN'), entry('Dewan Keamanan PBB', 'UN Security Council'), entry('Dewan Keamanan', 'Security Council')]);
    const hits = findTermHits(index, 'anggota Dewan Keamanan PBB dan PBB');
    expect(hits.map((h) => [h.text, h.nested])).toEqual([
      ['Dewan Keamanan PBB', false],
      ['Dewan Keamanan', true],
      ['PBB', true],
      ['PBB', false],
    ]);
  });

  it('matches names written with a hyphen and clitics on abbreviations', () => {
    const index = buildGlossaryIndex([entry('Kim Jong Un', 'Kim Jong Un', { pos: 'proper noun' }), entry('Korut', 'North Korea')]);
    expect(texts(findTermHits(index, 'Kim Jong-un tiba; Korutnya, Korut-Rusia'))).toEqual(['Kim Jong-un', 'Korutnya', 'Korut']);
  });

  it('keeps a lexical reduplication apart from its base: mata-mata (spy) is not mata (eye)', () => {
    const index = buildGlossaryIndex([entry('satelit mata-mata', 'spy satellite'), entry('mata-mata', 'spy')]);
    expect(texts(findTermHits(index, 'satelit mata-mata dan mata kiri'))).toEqual(['satelit mata-mata']);
  });

  it('can be told to match only the form as written', () => {
    const index = buildGlossaryIndex([entry('kerja', 'work', { morphology: 'exact' })]);
    expect(texts(findTermHits(index, 'Kerja bekerja kerjanya'))).toEqual(['Kerja']);
  });

  it('ignores deleted entries', () => {
    const e = entry('rudal', 'missile');
    const index = buildGlossaryIndex([deleteEntry(e, '2026-01-02T00:00:00.000Z')]);
    expect(findTermHits(index, 'rudal')).toEqual([]);
  });

  it('gives offsets that point at the highlighted text', () => {
    const index = buildGlossaryIndex([entry('sanksi', 'sanctions', { pos: 'noun' })]);
    const text = 'telah dikenai sanksi oleh Barat';
    const [hit] = findTermHits(index, text);
    expect(hit && text.slice(hit.start, hit.end)).toBe('dikenai sanksi');
    expect(hit?.stems).toEqual(['dikenai → kena', 'sanksi']);
  });

  it('keeps the automaton when an edit only changes English terms, and rebuilds when a source form changes', () => {
    const rudal = entry('rudal', 'missile');
    const index = buildGlossaryIndex([rudal]);
    const renamed = updateGlossaryIndex(index, [updateEntry(rudal, { targets: [{ text: 'rocket', status: 'preferred' }] }, '2026-01-02T00:00:00.000Z')]);
    expect(renamed.automaton).toBe(index.automaton);
    expect(renamed.byId.get(rudal.id)?.targets[0]?.text).toBe('rocket');
    const reworded = updateGlossaryIndex(index, [updateEntry(rudal, { sourceTerms: ['peluru kendali'] }, '2026-01-02T00:00:00.000Z')]);
    expect(reworded.automaton).not.toBe(index.automaton);
    expect(findTermHits(reworded, 'peluru kendali itu').map((h) => h.text)).toEqual(['peluru kendali']);
  });
});
