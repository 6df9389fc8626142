// "Kim Jong-un" for the approved "Kim Jong Un": found, but noted as an admitted variant.
import { describe, expect, it } from 'vitest';
import { checkTarget } from '../../../shared/glossary/target-check';
import { buildGlossaryIndex, findTermHits } from '../../../shared/glossary/term-index';
import { termFindings } from '../../../shared/qa/ports';
import { corpusGlossary } from './corpus';

const index = buildGlossaryIndex(corpusGlossary());
const check = (source: string, target: string) => checkTarget(index, findTermHits(index, source), target, source).filter((c) => c.expected.includes('Kim Jong Un'));

describe('hyphen and space variants of an approved term', () => {
  it('marks "Kim Jong-un" as a variant and reports it at info level, not as an error', () => {
    const source = 'Selama kunjungan Kim Jong Un, pemerintah Rusia mempublikasikan acara tersebut.';
    const [c] = check(source, 'During Kim Jong-un’s visit, the Russian government publicised the event.');
    expect(c).toMatchObject({ kind: 'ok', variant: true, span: { text: 'Kim Jong-un’s' } });
    const findings = termFindings([c!]);
    expect(findings.map((f) => [f.checkId, f.message])).toEqual([
      ['terminology.variant', '“Kim Jong-un’s” is an admitted variant of the approved “Kim Jong Un”: keep it, or write “Kim Jong Un” for consistency.'],
    ]);
  });

  it('lets the approved spelling pass without a note', () => {
    const source = 'Kim Jong Un tiba di Rusia.';
    const [c] = check(source, 'Kim Jong Un arrived in Russia.');
    expect(c?.kind).toBe('ok');
    expect(c?.variant).toBeUndefined();
    expect(termFindings([c!])).toEqual([]);
  });
});
