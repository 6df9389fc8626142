/**
 * Findings from engines outside the QA module: terminology (glossary engine) and spelling
 * (the service wires nspell). Both arrive through ports so this module stays pure and testable.
 */
import { quote, span } from './context';
import type { RawFinding, SpellIssue, TermCheckLike } from './types';

const list = (xs: readonly string[] | undefined) => (xs && xs.length ? xs.map(quote).join(' or ') : 'the approved term');

export function termFindings(results: readonly TermCheckLike[]): RawFinding[] {
  return results.map((r) => {
    const sourceSpans = r.sourceSpan ? [span(r.sourceSpan.start, r.sourceSpan.end)] : [];
    const targetSpans = r.targetSpan ? [span(r.targetSpan.start, r.targetSpan.end)] : [];
    const note = r.note ? ` (${r.note})` : '';
    const details = { term: r.term, ...(r.expected ? { expected: r.expected } : {}), ...(r.found ? { found: r.found } : {}) };
    if (r.kind === 'forbidden') {
      return { checkId: 'terminology.forbidden', message: `${quote(r.found ?? r.expected?.[0] ?? r.term)} is a forbidden rendering of ${quote(r.term)}${note}: replace it.`, sourceSpans, targetSpans, details };
    }
    if (r.kind === 'untranslated') {
      return { checkId: 'terminology.untranslated', message: `${quote(r.found ?? r.term)} is left untranslated: write ${list(r.expected)}.`, sourceSpans, targetSpans, details };
    }
    return { checkId: 'terminology.missing', message: `${quote(r.term)} should be translated as ${list(r.expected)}${note}.`, sourceSpans, targetSpans, details };
  });
}

export function spellFindings(issues: readonly SpellIssue[]): RawFinding[] {
  return issues.map((i) => ({
    checkId: 'spelling.misspelled',
    message: i.suggestions?.length ? `${quote(i.word)} may be misspelled: did you mean ${i.suggestions.slice(0, 3).map(quote).join(', ')}?` : `${quote(i.word)} may be misspelled: check it or add it to the project word list.`,
    targetSpans: [span(i.start, i.end)],
    details: { word: i.word, ...(i.suggestions ? { suggestions: i.suggestions.slice(0, 5) } : {}) },
  }));
}
