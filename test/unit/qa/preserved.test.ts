import { describe, expect, it } from 'vitest';
import { inlineCodeChar } from '../../../shared/model';
import { runQaForSegment } from '../../../shared/qa';
import { familyFor, seg } from './segments';

const preserved = (s: string, t: string) => familyFor('preserved', s, t);
const c = inlineCodeChar;

describe('preserved items check', () => {
  it('passes URLs, e-mails, handles and hashtags carried over', () => {
    expect(preserved('Lihat https://kompas.com/a?b=1. Surel redaksi@kompas.com, (Foto: X/@vicktop55) #Korut', 'See https://kompas.com/a?b=1. E-mail redaksi@kompas.com, (Photo: X/@vicktop55) #Korut')).toEqual([]);
  });

  it.each([
    ['Lihat https://kompas.com/a.', 'See https://kompas.com/b.', ['preserved.url', 'preserved.url']],
    ['Surel redaksi@kompas.com.', 'E-mail the desk.', ['preserved.email']],
    ['(Foto: X/@vicktop55)', '(Photo: X)', ['preserved.handle']],
    ['Tagar #Korut ramai.', 'The hashtag trended.', ['preserved.hashtag']],
  ])('reports %s → %s', (source, target, ids) => {
    expect(preserved(source, target)).toEqual(ids);
  });

  it('reports a missing, an extra and a reordered inline code', () => {
    const codes = [
      { id: '1', kind: 'open' as const, element: 'g', xml: '<g id="1">', display: '<b>' },
      { id: '2', kind: 'close' as const, element: 'g', xml: '</g>', display: '</b>' },
      { id: '3', kind: 'placeholder' as const, element: 'x', xml: '<x id="3"/>', display: '{3}' },
    ];
    const source = `${c(0)}Kim${c(1)} tiba${c(2)}.`;
    expect(runQaForSegment(seg(source, `${c(0)}Kim${c(1)} arrived${c(2)}.`, { codes })).filter((f) => f.checkId.startsWith('preserved'))).toEqual([]);
    const missing = runQaForSegment(seg(source, `${c(0)}Kim${c(1)} arrived.`, { codes }));
    expect(missing.map((f) => f.message)).toContain('The inline code {3} is missing from the target: insert it.');
    expect(preserved(source, `${c(0)}Kim${c(1)} arrived${c(2)}${c(2)}.`)).toEqual(['preserved.inline-code']);
    expect(preserved(source, `${c(2)}${c(0)}Kim${c(1)} arrived.`)).toEqual(['preserved.inline-code-order']);
  });
});
