// The glossary issue's acceptance criteria, on the shared corpus article 000 and its MT draft.
import { beforeAll, describe, expect, it } from 'vitest';
import type { GlossaryEntry, TermHit } from '../../../shared/glossary/model';
import { checkTarget } from '../../../shared/glossary/target-check';
import type { GlossaryIndex } from '../../../shared/glossary/term-index';
import { buildGlossaryIndex, findTermHits } from '../../../shared/glossary/term-index';
import { corpusGlossary, corpusParagraphs, entryFor, paragraph } from './corpus';

let entries: GlossaryEntry[];
let index: GlossaryIndex;
let source: string[];
let draft: string[];

beforeAll(() => {
  entries = corpusGlossary();
  index = buildGlossaryIndex(entries);
  source = corpusParagraphs('id', '000');
  draft = corpusParagraphs('en-drafts', '000', '.mt.en.txt');
});

const id = (s: string) => entryFor(entries, s).id;
const highlighted = (hits: TermHit[]) => hits.filter((h) => !h.nested).map((h) => h.text);

describe('article 000 against the corpus glossary', () => {
  it('reads the 38 CSV rows as one entry per Indonesian term, with kerja sama holding both renderings', () => {
    expect(entries).toHaveLength(37);
    expect(entryFor(entries, 'kerja sama').targets.map((t) => `${t.text}:${t.status}`)).toEqual([
      'cooperation:preferred',
      'work together:forbidden',
    ]);
    expect(entryFor(entries, 'AS').caseSensitive).toBe(true);
  });

  it('paragraph 3 highlights kerja sama, Korea Utara, Korut, Amerika Serikat and AS', () => {
    const hits = findTermHits(index, paragraph(source, 3));
    expect(highlighted(hits)).toEqual(['kerja sama', 'Korea Utara', 'Korut', 'Amerika Serikat', 'AS']);
  });

  it('paragraph 3 draft is flagged for Korut and AS left untranslated, and nothing else', () => {
    const src = paragraph(source, 3);
    const tgt = paragraph(draft, 3);
    const checks = checkTarget(index, findTermHits(index, src), tgt, src);
    const problems = checks.filter((c) => c.kind !== 'ok');
    expect(problems.map((c) => [c.kind, c.entryId, c.span?.text])).toEqual([
      ['untranslated', id('Korut'), 'Korut'],
      ['untranslated', id('AS'), 'AS'],
    ]);
    const as = problems[1]?.span;
    expect(as && tgt.slice(as.start, as.end)).toBe('AS');
  });

  it('paragraph 6 highlights "dikenai sanksi" as sanksi, shows the stem, and "sanctioned" satisfies it', () => {
    const src = paragraph(source, 6);
    const hit = findTermHits(index, src).find((h) => h.entryId === id('sanksi'));
    expect(hit?.text).toBe('dikenai sanksi');
    expect(hit?.matchedForm).toBe('sanksi');
    expect(hit?.stems).toContain('dikenai → kena');
    const check = checkTarget(index, hit ? [hit] : [], paragraph(draft, 6), src)[0];
    expect(check?.kind).toBe('ok');
    expect(check?.span?.text).toBe('sanctioned');
  });

  it('paragraph 7 flags the pabrik hit: "plant" is missing and "Factory" stands in for it', () => {
    const src = paragraph(source, 7);
    const checks = checkTarget(index, findTermHits(index, src), paragraph(draft, 7), src);
    const pabrik = checks.filter((c) => c.entryId === id('pabrik'));
    expect(pabrik).toHaveLength(1);
    expect(pabrik[0]?.kind).toBe('missing');
    expect(pabrik[0]?.expected).toEqual(['plant']);
    expect(pabrik[0]?.span?.text).toBe('Factory');
    expect(pabrik[0]?.suspect).toBe(true);
  });

  it('paragraph 12 flags the forbidden "work together"', () => {
    const src = paragraph(source, 12);
    const checks = checkTarget(index, findTermHits(index, src), paragraph(draft, 12), src);
    const forbidden = checks.filter((c) => c.kind === 'forbidden');
    expect(forbidden.map((c) => [c.entryId, c.span?.text])).toEqual([[id('kerja sama'), 'work together']]);
    expect(forbidden[0]?.expected).toEqual(['cooperation']);
  });

  it('paragraph 17 shows "Dewan Keamanan PBB" as one hit, with PBB nested in it', () => {
    const hits = findTermHits(index, paragraph(source, 17));
    const council = hits.filter((h) => h.entryId === id('Dewan Keamanan PBB'));
    expect(council.map((h) => [h.text, h.nested])).toEqual([['Dewan Keamanan PBB', false]]);
    const pbb = hits.filter((h) => h.entryId === id('PBB'));
    expect(pbb.map((h) => h.nested)).toEqual([true]);
    expect(highlighted(hits)).toEqual(['Kerja sama', 'pelanggaran', 'resolusi', 'Dewan Keamanan PBB']);
  });

  it('in article 001, "melanggar" is a derived hit for pelanggaran, shown once the entry accepts derived forms', () => {
    const text = corpusParagraphs('id', '001').join('\n\n');
    expect(findTermHits(index, text).find((h) => h.text === 'melanggar')).toBeUndefined();
    const widened = buildGlossaryIndex(entries.map((e) => (e.id === id('pelanggaran') ? { ...e, morphology: 'derived' as const } : e)));
    const hit = findTermHits(widened, text).find((h) => h.text === 'melanggar');
    expect(hit?.entryId).toBe(id('pelanggaran'));
    expect(hit?.kind).toBe('derived');
    expect(hit?.stems).toEqual(['melanggar → langgar']);
  });

  it('a missing term beside a found one points at the likely rendering: "fighter jet factory"', () => {
    const src = paragraph(source, 4);
    const checks = checkTarget(index, findTermHits(index, src), paragraph(draft, 4), src);
    const pabrik = checks.find((c) => c.entryId === id('pabrik'));
    expect(pabrik).toMatchObject({ kind: 'missing', span: { text: 'factory' }, suspect: true });
  });

  it('over the whole draft, reports exactly the terminology errors the draft was written with', () => {
    const problems = source.flatMap((p, i) =>
      checkTarget(index, findTermHits(index, p), draft[i] ?? '', p)
        .filter((c) => c.kind !== 'ok')
        .map((c) => `${i + 1} ${c.kind} ${c.hit.text} → ${c.span?.text ?? ''}`),
    );
    expect(problems).toEqual([
      '3 untranslated Korut → Korut',
      '3 untranslated AS → AS',
      '4 untranslated Korut → Korut',
      '4 missing pabrik → factory',
      '7 missing Pabrik → Factory',
      '9 missing pabrik → factory',
      '12 forbidden kerja sama → work together',
      '16 untranslated Korut → Korut',
      '16 untranslated Korsel → Korsel',
      '21 untranslated Korut → Korut',
    ]);
  });

  it('the whole draft passes where it is right: every Korea Selatan and Amerika Serikat hit is ok', () => {
    const results = source.flatMap((p, i) => checkTarget(index, findTermHits(index, p), draft[i] ?? '', p));
    for (const name of ['Korea Selatan', 'Amerika Serikat', 'Dewan Keamanan PBB', 'resolusi']) {
      const mine = results.filter((c) => c.entryId === id(name));
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.every((c) => c.kind === 'ok')).toBe(true);
    }
  });
});
