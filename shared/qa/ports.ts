/**
 * Findings from engines outside the QA module: terminology (glossary engine) and spelling
 * (the service wires nspell). Both arrive through ports so this module stays pure and testable.
 */
import { quote, say, span } from './context';
import type { RawFinding, SpellIssue, TermCheckLike } from './types';

const list = (xs: readonly string[]) => (xs.length ? xs.map(quote).join(' or ') : 'the approved term');

export function termFindings(results: readonly TermCheckLike[]): RawFinding[] {
  const out: RawFinding[] = [];
  for (const r of results) {
    if ((r.kind === 'ok' && !r.variant) || r.kind === 'pending') continue;
    const sourceSpans = [span(r.hit.start, r.hit.end)];
    const targetSpans = r.span ? [span(r.span.start, r.span.end)] : [];
    const details = { term: r.hit.text, expected: r.expected, ...(r.span ? { found: r.span.text } : {}) };
    if (r.kind === 'ok') {
      const found = quote(r.span?.text ?? '');
      const approved = r.expected.map(quote).join(', ');
      out.push({ checkId: 'terminology.variant', ...say('termVariant', { found, expected: approved }, `${found} is an admitted variant of the approved ${approved}: keep it, or write ${list(r.expected)} for consistency.`), sourceSpans, targetSpans, details });
      continue;
    }
    const use = r.expected.length ? `: use ${list(r.expected)}` : '';
    if (r.kind === 'forbidden') {
      out.push({ checkId: 'terminology.forbidden', ...say('termForbidden', { found: quote(r.span?.text ?? ''), term: quote(r.hit.text), expected: r.expected.map(quote).join(', ') }, `${quote(r.span?.text ?? '')} is a forbidden rendering of ${quote(r.hit.text)}${use}.`), sourceSpans, targetSpans, details });
    } else if (r.kind === 'untranslated') {
      out.push({ checkId: 'terminology.untranslated', ...say('termUntranslated', { found: quote(r.span?.text ?? r.hit.text), expected: r.expected.map(quote).join(', ') }, `${quote(r.span?.text ?? r.hit.text)} is left untranslated: write ${list(r.expected)}.`), sourceSpans, targetSpans, details });
    } else {
      const guess = r.span ? ` (${quote(r.span.text)} may stand in for it)` : '';
      out.push({ checkId: 'terminology.missing', ...say('termMissing', { term: quote(r.hit.text), expected: r.expected.map(quote).join(', ') }, `${quote(r.hit.text)} should be translated as ${list(r.expected)}${guess}.`), sourceSpans, targetSpans, details });
    }
  }
  return out;
}

export function spellFindings(issues: readonly SpellIssue[]): RawFinding[] {
  return issues.map((i) => ({
    checkId: 'spelling.misspelled',
    ...(i.suggestions?.length
      ? say('spellingSuggest', { word: quote(i.word), suggestions: i.suggestions.slice(0, 3).map(quote).join(', ') }, `${quote(i.word)} may be misspelled: did you mean ${i.suggestions.slice(0, 3).map(quote).join(', ')}?`)
      : say('spelling', { word: quote(i.word) }, `${quote(i.word)} may be misspelled: check it or add it to the project word list.`)),
    targetSpans: [span(i.start, i.end)],
    details: { word: i.word, ...(i.suggestions ? { suggestions: i.suggestions.slice(0, 5) } : {}) },
  }));
}
