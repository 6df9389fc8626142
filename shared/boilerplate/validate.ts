/**
 * Validation of user-edited boilerplate rules.
 *
 * A bad rule must come back as a message the settings screen can show, never as an exception or a
 * frozen window: the pattern is compiled in a try/catch, its length is capped, and nested
 * unbounded quantifiers such as (a+)+ — the classic catastrophic-backtracking shape — are refused.
 */
import { say, type Said } from '../messages/text';
import type { BoilerplateRule } from './rules';
import { patternProblem } from './pattern-problem';

export const MAX_PATTERN_LENGTH = 400;
const ALLOWED_FLAGS = new Set(['i', 'm', 's', 'u']);

export interface CompiledRule {
  readonly rule: BoilerplateRule;
  readonly regex: RegExp;
}

/** A refused rule: `error` in English, `problem` to say it in the interface language. */
export type RuleValidation =
  | { readonly ok: true; readonly compiled: CompiledRule }
  | { readonly ok: false; readonly error: string; readonly problem: Said };

const refuse = (problem: Said): RuleValidation => ({ ok: false, error: problem.message, problem });

export function validateRule(rule: BoilerplateRule): RuleValidation {
  const name = rule.label || rule.id || say('boilerplate.unnamedRule');
  if (!rule.id.trim()) return refuse(say('boilerplate.needsId', { name }));
  if (!rule.pattern.trim()) return refuse(say('boilerplate.emptyPattern', { name }));
  if (rule.pattern.length > MAX_PATTERN_LENGTH) {
    return refuse(say('boilerplate.patternTooLong', { name, max: MAX_PATTERN_LENGTH }));
  }
  const badFlag = [...rule.flags].find((f) => !ALLOWED_FLAGS.has(f));
  if (badFlag) return refuse(say('boilerplate.badFlag', { name, flag: badFlag }));
  if (rule.appliesTo !== 'whole' && rule.appliesTo !== 'start') {
    return refuse(say('boilerplate.badAppliesTo', { name }));
  }
  const flags = [...new Set(rule.flags)].join('');
  const body = rule.appliesTo === 'whole' ? `^(?:${rule.pattern})$` : `^(?:${rule.pattern})`;
  let regex: RegExp;
  try {
    regex = new RegExp(body, flags);
  } catch {
    // Said about the pattern as typed: the engine's message names the wrapped pattern.
    return refuse(say('boilerplate.invalidRegex', { name, detail: patternProblem(rule.pattern) }));
  }
  const nested = findNestedQuantifier(rule.pattern);
  if (nested) {
    return refuse(say('boilerplate.nestedRepetition', { name, nested }));
  }
  return { ok: true, compiled: { rule, regex } };
}

/** Compiles the enabled rules; invalid ones are skipped and reported. */
export function compileRules(rules: readonly BoilerplateRule[]): { compiled: CompiledRule[]; errors: string[] } {
  const compiled: CompiledRule[] = [];
  const errors: string[] = [];
  for (const rule of rules) {
    if (!rule.enabled) continue;
    const result = validateRule(rule);
    if (result.ok) compiled.push(result.compiled);
    else errors.push(result.error);
  }
  return { compiled, errors };
}

/**
 * The first group with an unbounded quantifier (+, *, {n,}) that itself contains an unbounded
 * quantifier, e.g. "(a+)+" or "(\w+\s?)*"; null when there is none.
 */
export function findNestedQuantifier(pattern: string): string | null {
  // Stack of open groups: where each starts and whether an unbounded quantifier occurs inside.
  const stack: Array<{ start: number; inner: boolean }> = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      // \p{...} and \u{...} carry braces that are not quantifiers.
      if ((pattern[i] === 'p' || pattern[i] === 'P' || pattern[i] === 'u') && pattern[i + 1] === '{') {
        i = pattern.indexOf('}', i);
        if (i < 0) return null;
      }
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') stack.push({ start: i, inner: false });
    else if (c === ')') {
      const group = stack.pop();
      if (!group) return null;
      const quant = unboundedQuantifierAt(pattern, i + 1);
      if (quant && group.inner) return pattern.slice(group.start, i + 1 + quant);
      const parent = stack.at(-1);
      if (parent && (group.inner || quant)) parent.inner = true;
    } else {
      const quant = unboundedQuantifierAt(pattern, i);
      const top = stack.at(-1);
      if (quant && top) top.inner = true;
    }
  }
  return null;
}

/** Length of an unbounded quantifier (+, *, {n,}) starting at `at`, else 0. */
function unboundedQuantifierAt(pattern: string, at: number): number {
  const c = pattern[at];
  if (c === '+' || c === '*') return 1;
  if (c === '{') {
    const m = /^\{\d*,\}/.exec(pattern.slice(at));
    if (m) return m[0].length;
  }
  return 0;
}
