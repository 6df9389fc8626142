import { describe, expect, it } from 'vitest';
import { DEFAULT_BOILERPLATE_RULES, compileRules, findNestedQuantifier, validateRule } from '../../../shared/boilerplate';
import type { BoilerplateRule } from '../../../shared/boilerplate';

const rule = (pattern: string, extra: Partial<BoilerplateRule> = {}): BoilerplateRule => ({
  id: 'user-1',
  label: 'My rule',
  pattern,
  flags: 'i',
  enabled: true,
  appliesTo: 'whole',
  ...extra,
});

const errorOf = (r: BoilerplateRule): string => {
  const v = validateRule(r);
  return v.ok ? '' : v.error;
};

describe('validateRule', () => {
  it('accepts every default rule', () => {
    expect(compileRules(DEFAULT_BOILERPLATE_RULES).errors).toEqual([]);
  });

  it('explains an invalid regular expression instead of throwing', () => {
    expect(errorOf(rule('(baca juga'))).toMatch(/^My rule: the pattern is not a valid regular expression/);
    expect(errorOf(rule('[a-'))).toMatch(/not a valid regular expression/);
  });

  it('refuses nested repetition that can freeze the app', () => {
    for (const p of ['(a+)+', '(a*)*b', '(?:\\w+\\s?)+$', '((ab)*c)+', '(x{2,})*']) {
      expect(errorOf(rule(p)), p).toMatch(/repeats something that already repeats/);
    }
  });

  it('allows repetition that is bounded or not nested', () => {
    for (const p of ['(?:\\p{L}+,?\\s+)?\\d+', '(ab)+', 'a+b*', '[(+)]+', '\\(a+\\)+', '(?:a{1,3}){2}']) {
      expect(findNestedQuantifier(p), p).toBeNull();
    }
  });

  it('refuses empty and overlong patterns and unknown flags', () => {
    expect(errorOf(rule('  '))).toMatch(/empty/);
    expect(errorOf(rule('a'.repeat(401)))).toMatch(/longer than 400/);
    expect(errorOf(rule('a', { flags: 'g' }))).toMatch(/flag "g"/);
    expect(errorOf(rule('a', { id: '' }))).toMatch(/needs an id/);
  });
});
