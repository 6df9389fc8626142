import { describe, expect, it } from 'vitest';
import { validateRule } from '../../../shared/boilerplate/validate';
import { renderMessage } from '../../../shared/messages/text';

const rule = (pattern: string) => ({ id: 'r1', label: 'Baca juga', pattern, flags: 'i', appliesTo: 'whole' as const, enabled: true });
const error = (pattern: string) => {
  const v = validateRule(rule(pattern));
  if (v.ok) throw new Error(`${pattern} compiled`);
  return v;
};

describe('a bad boilerplate pattern is said in words about the pattern as typed', () => {
  it.each([
    ['Baca[ juga', 'unclosed bracket [ at position 5'],
    ['(Baca juga', 'unclosed parenthesis ( at position 1'],
    ['Baca) juga', 'a closing parenthesis ) at position 5 has no opening one'],
    ['*Baca', '* at position 1 has nothing before it to repeat'],
    ['Baca juga\\', 'a backslash \\ at the end escapes nothing'],
  ])('%s', (pattern, words) => {
    const v = error(pattern);
    expect(v.error).toBe(`Baca juga: the pattern is not a valid regular expression (${words}).`);
    // Never the engine's message or the pattern Tinjau wraps it in.
    expect(v.error).not.toMatch(/\^\(\?:|Invalid regular expression|Unterminated/);
  });

  it('in Indonesian too', () => {
    expect(renderMessage(error('Baca[ juga').problem.text, 'id')).toBe('Baca juga: polanya bukan ekspresi reguler yang sah (kurung siku [ di posisi 5 tidak ditutup).');
  });
});
