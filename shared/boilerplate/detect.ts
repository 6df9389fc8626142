/**
 * Boilerplate detection per paragraph.
 *
 * A paragraph is boilerplate when every line of it is: the last block of a page often stacks
 * "Editor: ...", "TAG :", "Baca Juga" on consecutive lines. A mixed paragraph (a byline above a
 * photo caption) stays content, so nothing a client pays for is hidden.
 */
import type { BoilerplateRule } from './rules';
import type { CompiledRule } from './validate';
import { compileRules } from './validate';

export interface BoilerplateMatch {
  /** Id of the rule that matched (the first line's). */
  readonly rule: string;
  readonly reason: string;
  /** Every rule that matched a line, in order, and the number of lines. */
  readonly rules: readonly string[];
  readonly lines: number;
}

// No boilerplate line is this long; capping the input also bounds any slow pattern.
const MAX_LINE = 500;
// A bare name under a dateline or byline ("Irawan Sapto Adhi"): up to five capitalised words.
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}$/u;

/** The rule matching one line, or null. Lines are trimmed first. */
export function matchLine(line: string, rules: readonly CompiledRule[]): BoilerplateRule | null {
  const text = line.trim().replace(/\u00a0/g, ' ');
  if (text.length === 0 || text.length > MAX_LINE) return null;
  for (const { rule, regex } of rules) {
    if (regex.test(text)) return rule;
  }
  return null;
}

/** Per paragraph, the boilerplate match or null for content. Invalid or disabled rules are skipped. */
export function detectBoilerplate(
  paragraphs: readonly string[],
  rules: readonly BoilerplateRule[],
): Array<BoilerplateMatch | null> {
  const { compiled } = compileRules(rules);
  return paragraphs.map((p) => classifyParagraph(p, compiled));
}

/** Each non-empty line of a paragraph with the id of the rule it matches, for showing a mixed paragraph. */
export function classifyLines(paragraph: string, rules: readonly CompiledRule[]): Array<{ line: string; rule: string | null }> {
  return paragraph
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map((line) => ({ line, rule: matchLine(line, rules)?.id ?? null }));
}

/** Classifies one paragraph with already compiled rules. */
export function classifyParagraph(paragraph: string, rules: readonly CompiledRule[]): BoilerplateMatch | null {
  const lines = paragraph
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  if (lines.length === 0) return null;
  const matches = lines.map((l) => matchLine(l, rules));
  const first = matches[0];
  if (!first) return null;
  // Lines no rule knows may still be the author's name printed under a matched dateline.
  const unmatched = lines.filter((_, i) => !matches[i]);
  if (unmatched.length > 0 && (lines.length < 2 || !unmatched.every((l) => NAME_LINE.test(l)))) return null;
  const matched = [...new Map(matches.filter((m): m is BoilerplateRule => m !== null).map((m) => [m.id, m])).values()];
  const labels = [...new Set(matched.map((m) => m.label))];
  const reason = lines.length === 1 ? labels.join(', ') : `${labels.join(', ')} (${lines.length} lines)`;
  return { rule: first.id, reason, rules: matched.map((m) => m.id), lines: lines.length };
}
