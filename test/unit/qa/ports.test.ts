import { describe, expect, it } from 'vitest';
import { runQaForSegment, type TermCheckLike } from '../../../shared/qa';
import { seg } from './segments';

describe('terminology and spelling ports', () => {
  it('turns term-check results into terminology findings', () => {
    const s = seg('kerja sama militer antara Korut dan AS', 'military work together between Korut and the US');
    const results: TermCheckLike[] = [
      { kind: 'forbidden', term: 'kerja sama', found: 'work together', expected: ['work together'], targetSpan: { start: 9, end: 22 } },
      { kind: 'untranslated', term: 'Korut', found: 'Korut', expected: ['North Korea'], sourceSpan: { start: 26, end: 31 }, targetSpan: { start: 31, end: 36 } },
      { kind: 'missing', term: 'kerja sama', expected: ['cooperation'], sourceSpan: { start: 0, end: 10 } },
    ];
    const findings = runQaForSegment(s, { termChecks: () => results }).filter((f) => f.checkId.startsWith('terminology.'));
    expect(findings.map((f) => [f.checkId, f.severity])).toEqual([
      ['terminology.forbidden', 'error'],
      ['terminology.untranslated', 'error'],
      ['terminology.missing', 'warning'],
    ]);
    expect(findings[1]?.message).toBe('“Korut” is left untranslated: write “North Korea”.');
    expect(findings[1]?.targetSpans).toEqual([{ start: 31, end: 36 }]);
  });

  it('turns spelling results into findings with suggestions', () => {
    const s = seg('jet tempur', 'fihgter jet');
    const findings = runQaForSegment(s, { spell: () => [{ start: 0, end: 7, word: 'fihgter', suggestions: ['fighter'] }] });
    expect(findings.map((f) => f.checkId)).toEqual(['spelling.misspelled']);
    expect(findings[0]?.message).toContain('did you mean “fighter”');
  });

  it('does not ask the ports about empty targets', () => {
    const findings = runQaForSegment(seg('jet tempur', ''), { termChecks: () => [{ kind: 'missing', term: 'jet tempur' }], spell: () => [{ start: 0, end: 1, word: 'x' }] });
    expect(findings.map((f) => f.checkId)).toEqual(['completeness.empty-target']);
  });
});
