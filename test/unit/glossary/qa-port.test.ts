// The glossary's target checks plug into the QA module's terminology port unchanged.
import { describe, expect, it } from 'vitest';
import { termFindings } from '../../../shared/qa/ports';
import type { TermCheckLike } from '../../../shared/qa/types';
import { checkTarget } from '../../../shared/glossary/target-check';
import { buildGlossaryIndex, findTermHits } from '../../../shared/glossary/term-index';
import { corpusGlossary, corpusParagraphs, paragraph } from './corpus';

describe('glossary checks as QA findings', () => {
  it('turns paragraph 3 and 12 of the draft into terminology findings', () => {
    const index = buildGlossaryIndex(corpusGlossary());
    const source = corpusParagraphs('id', '000');
    const draft = corpusParagraphs('en-drafts', '000', '.mt.en.txt');
    const findings = [3, 12].flatMap((n) => {
      const src = paragraph(source, n);
      const checks: readonly TermCheckLike[] = checkTarget(index, findTermHits(index, src), paragraph(draft, n), src);
      return termFindings(checks);
    });
    expect(findings.map((f) => [f.checkId, f.details?.['found']])).toEqual([
      ['terminology.untranslated', 'Korut'],
      ['terminology.untranslated', 'AS'],
      ['terminology.variant', 'Kim Jong-un'],
      ['terminology.forbidden', 'work together'],
    ]);
  });
});
