import { describe, expect, it } from 'vitest';
import { runQaForSegment, type TermCheckLike } from '../../../shared/qa';
import { seg } from './segments';

describe('terminology and spelling ports', () => {
  it('turns term-check results into terminology findings and skips the ones that passed', () => {
    const s = seg('kerja sama militer antara Korut dan AS di pabrik', 'military work together between Korut and the US at the factory');
    const results: TermCheckLike[] = [
      { kind: 'forbidden', hit: { start: 0, end: 10, text: 'kerja sama' }, expected: ['cooperation'], span: { start: 9, end: 22, text: 'work together' } },
      { kind: 'untranslated', hit: { start: 26, end: 31, text: 'Korut' }, expected: ['North Korea'], span: { start: 31, end: 36, text: 'Korut' } },
      { kind: 'ok', hit: { start: 36, end: 38, text: 'AS' }, expected: ['US'], span: { start: 45, end: 47, text: 'US' } },
      { kind: 'missing', hit: { start: 42, end: 48, text: 'pabrik' }, expected: ['plant'], span: { start: 55, end: 62, text: 'factory' }, suspect: true },
    ];
    const findings = runQaForSegment(s, { termChecks: () => results }).filter((f) => f.checkId.startsWith('terminology.'));
    expect(findings.map((f) => [f.checkId, f.severity])).toEqual([
      ['terminology.forbidden', 'error'],
      ['terminology.untranslated', 'error'],
      ['terminology.missing', 'warning'],
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      '“work together” is a forbidden rendering of “kerja sama”: use “cooperation”.',
      '“Korut” is left untranslated: write “North Korea”.',
      '“pabrik” should be translated as “plant” (“factory” may stand in for it).',
    ]);
    expect(findings[1]?.targetSpans).toEqual([{ start: 31, end: 36 }]);
    expect(findings[1]?.sourceSpans).toEqual([{ start: 26, end: 31 }]);
  });

  it('turns spelling results into findings with suggestions', () => {
    const s = seg('jet tempur', 'fihgter jet');
    const findings = runQaForSegment(s, { spell: () => [{ start: 0, end: 7, word: 'fihgter', suggestions: ['fighter'] }] });
    expect(findings.map((f) => f.checkId)).toEqual(['spelling.misspelled']);
    expect(findings[0]?.message).toContain('did you mean “fighter”');
  });

  it('does not ask the ports about empty targets', () => {
    const findings = runQaForSegment(seg('jet tempur', ''), {
      termChecks: () => [{ kind: 'missing', hit: { start: 0, end: 10, text: 'jet tempur' }, expected: ['fighter jet'] }],
      spell: () => [{ start: 0, end: 1, word: 'x' }],
    });
    expect(findings.map((f) => f.checkId)).toEqual(['completeness.empty-target']);
  });
});
