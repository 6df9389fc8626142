/** Acceptance: QA on the shared corpus pair 000 (Indonesian source + MT draft), paragraphs 1-based. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../shared/model';
import { runQa, type QaFinding, type TermCheckLike } from '../../../shared/qa';
import { readGlossaryCsv } from '../../../shared/glossary/glossary-csv';
import { checkTarget } from '../../../shared/glossary/target-check';
import { buildGlossaryIndex, findTermHits } from '../../../shared/glossary/term-index';
import { CORPUS_DIR, corpusFile } from '../../support/paths';

const paragraphs = (file: string) => readFileSync(file, 'utf8').split(/\n[ \t]*\n/).map((p) => p.trim());
const source = paragraphs(corpusFile('id', '000'));
const draft = paragraphs(corpusFile('en-drafts', '000', '.mt.en.txt'));
const segments: Segment[] = source.map((s, i) => ({
  id: String(i + 1),
  documentId: '000',
  index: i,
  kind: 'paragraph',
  source: s,
  draft: { text: draft[i] ?? '', origin: 'mt' },
  target: draft[i] ?? '',
  status: 'draft',
}));

const at = (findings: QaFinding[], checkId: string) => findings.filter((f) => f.checkId === checkId).map((f) => f.segmentId);

describe('QA on corpus 000', () => {
  const findings = runQa(segments);

  it('pairs 22 paragraphs', () => {
    expect(source).toHaveLength(22);
    expect(draft).toHaveLength(22);
  });

  it('reports the doubled "the the" in paragraph 9', () => {
    const f = findings.find((x) => x.checkId === 'words.repeated');
    expect(f?.segmentId).toBe('9');
    const span = f?.targetSpans[0];
    expect(span && segments[8]?.target.slice(span.start, span.end)).toBe('the the');
  });

  it('reports the date 15/9/2023 kept in Indonesian order in paragraph 4', () => {
    expect(at(findings, 'dates.source-order')).toEqual(['4']);
  });

  it('raises no number alarm on Su-35, Su-57, Superjet 100 or 100', () => {
    expect(findings.filter((f) => f.checkId.startsWith('numbers.'))).toEqual([]);
  });

  it('reports terminology findings from a stub term-check port', () => {
    // A stub glossary: the abbreviations the corpus README lists and the forbidden rendering, by plain search.
    const stub = (segment: Segment): TermCheckLike[] => {
      const out: TermCheckLike[] = [];
      for (const [term, english] of [['Korut', 'North Korea'], ['Korsel', 'South Korea'], ['AS', 'US']] as const) {
        const hit = segment.source.indexOf(term);
        for (const m of segment.target.matchAll(new RegExp(`\\b${term}\\b`, 'g'))) {
          out.push({ kind: 'untranslated', hit: { start: hit, end: hit + term.length, text: term }, expected: [english], span: { start: m.index, end: m.index + term.length, text: term } });
        }
      }
      const wt = segment.target.indexOf('work together');
      const ks = segment.source.indexOf('kerja sama');
      if (wt >= 0) out.push({ kind: 'forbidden', hit: { start: ks, end: ks + 10, text: 'kerja sama' }, expected: ['cooperation'], span: { start: wt, end: wt + 13, text: 'work together' } });
      return out;
    };
    const withTerms = runQa(segments, { termChecks: stub });
    expect([...new Set(at(withTerms, 'terminology.untranslated'))]).toEqual(['3', '4', '16', '21']);
    expect(at(withTerms, 'terminology.forbidden')).toEqual(['12']);
  });

  it('meets the QA acceptance list with the glossary engine and the corpus glossary', () => {
    const entries = readGlossaryCsv(readFileSync(path.join(CORPUS_DIR, 'glossary.id-en.csv'), 'utf8'), { now: '2026-01-01T00:00:00.000Z', author: 'test' }).entries;
    const index = buildGlossaryIndex(entries);
    const termChecks = (s: Segment) => checkTarget(index, findTermHits(index, s.source), s.target, s.source);
    const all = runQa(segments, { termChecks });
    const untranslated = (word: string) => [...new Set(all.filter((f) => f.checkId === 'terminology.untranslated' && f.details?.found === word).map((f) => f.segmentId))];
    expect(untranslated('Korut')).toEqual(['3', '4', '16', '21']);
    expect(untranslated('AS')).toEqual(['3']);
    expect(untranslated('Korsel')).toEqual(['16']);
    expect(all.filter((f) => f.checkId === 'terminology.forbidden' && f.details?.found === 'work together').map((f) => f.segmentId)).toEqual(['12']);
    expect(at(all, 'words.repeated')).toEqual(['9']);
    expect(at(all, 'dates.source-order')).toEqual(['4']);
    expect(all.filter((f) => f.checkId.startsWith('numbers.'))).toEqual([]);
  });

  it('keeps finding ids stable from run to run', () => {
    expect(runQa(segments).map((f) => f.id)).toEqual(findings.map((f) => f.id));
  });
});
