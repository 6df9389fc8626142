/** Acceptance: QA on the shared corpus pair 000 (Indonesian source + MT draft), paragraphs 1-based. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../shared/model';
import { runQa, type QaFinding, type TermCheckLike } from '../../../shared/qa';
import { corpusFile } from '../../support/paths';

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

  it('reports terminology findings from the term-check port', () => {
    // A stub glossary: only the abbreviations the corpus README lists, found by plain search.
    const stub = (segment: Segment): TermCheckLike[] => {
      const out: TermCheckLike[] = [];
      for (const [term, english] of [['Korut', 'North Korea'], ['Korsel', 'South Korea'], ['AS', 'US']] as const) {
        const re = new RegExp(`\\b${term}\\b`, 'g');
        for (const m of segment.target.matchAll(re)) {
          out.push({ kind: 'untranslated', term, found: term, expected: [english], targetSpan: { start: m.index, end: m.index + term.length } });
        }
      }
      const wt = segment.target.indexOf('work together');
      if (wt >= 0) out.push({ kind: 'forbidden', term: 'kerja sama', found: 'work together', targetSpan: { start: wt, end: wt + 13 } });
      return out;
    };
    const withTerms = runQa(segments, { termChecks: stub });
    expect([...new Set(at(withTerms, 'terminology.untranslated'))]).toEqual(['3', '4', '16', '21']);
    expect(at(withTerms, 'terminology.forbidden')).toEqual(['12']);
  });

  it('keeps finding ids stable from run to run', () => {
    expect(runQa(segments).map((f) => f.id)).toEqual(findings.map((f) => f.id));
  });
});
