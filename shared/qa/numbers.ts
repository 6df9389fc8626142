/**
 * Numbers compared by value across Indonesian and English conventions.
 *
 * "1,5 juta" and "1.5 million" are the same number; "Su-35" is a model name, compared as an
 * identifier, never as the number 35. Spelled-out numbers are soft: they confirm or pair with a
 * figure but are not reported on their own ("satu" is often "a", "kedua" often "both").
 */
import type { NumberMention } from '../language/id/numbers';
import { sourceNumbers, targetNumbers } from './analysis';
import { quote, say, span, type SegmentCheck } from './context';
import type { RawFinding } from './types';

const fmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

function values(n: NumberMention): readonly number[] {
  return n.alternatives ? [n.value, ...n.alternatives] : [n.value];
}

export function sameNumber(a: NumberMention, b: NumberMention): boolean {
  const tol = Math.max(a.tolerance, b.tolerance);
  for (const x of values(a)) {
    for (const y of values(b)) if (Math.abs(x - y) <= tol + 1e-9 * Math.max(1, Math.abs(x))) return true;
  }
  return false;
}

function pair(src: NumberMention[], tgt: NumberMention[], srcUsed: boolean[], tgtUsed: boolean[], hardOnly: boolean): void {
  src.forEach((s, i) => {
    if (srcUsed[i] || (hardOnly && s.spelled)) return;
    const j = tgt.findIndex((t, k) => !tgtUsed[k] && (!hardOnly || !t.spelled) && sameNumber(s, t));
    if (j >= 0) {
      srcUsed[i] = true;
      tgtUsed[j] = true;
    }
  });
}

// Letters glued to digits ("Su-35", "A320", "COVID-19"): a name to copy exactly, not a quantity.
const IDENTIFIER = /(?<![\p{L}\p{N}@#/.:_-])(?!ke-\d|Rp\d)\p{L}+-?\d+[\p{L}\p{N}]*(?:-\d+)?(?![\p{L}\p{N}])/gu;

const normId = (s: string) => s.replace(/[-\s]/g, '').toLowerCase();

function checkIdentifiers(source: string, target: string): RawFinding[] {
  const out: RawFinding[] = [];
  if (!/\p{L}-?\d/u.test(source)) return out;
  const targetIds = new Map<string, number>();
  for (const m of target.matchAll(IDENTIFIER)) targetIds.set(normId(m[0]), (targetIds.get(normId(m[0])) ?? 0) + 1);
  for (const m of source.matchAll(IDENTIFIER)) {
    const key = normId(m[0]);
    const left = targetIds.get(key) ?? 0;
    if (left > 0) targetIds.set(key, left - 1);
    else if (!target.includes(m[0])) {
      out.push({
        checkId: 'numbers.identifier',
        ...say('identifier', { name: quote(m[0]) }, `The model or code name ${quote(m[0])} is not in the target: copy it exactly.`),
        sourceSpans: [span(m.index, m.index + m[0].length)],
        details: { source: m[0] },
      });
    }
  }
  return out;
}

export const checkNumbers: SegmentCheck = (ctx) => {
  const out: RawFinding[] = checkIdentifiers(ctx.source, ctx.target);
  const src = sourceNumbers(ctx);
  const tgt = targetNumbers(ctx);
  if (src.length === 0 && tgt.length === 0) return out;
  const srcUsed = src.map(() => false);
  const tgtUsed = tgt.map(() => false);
  pair(src, tgt, srcUsed, tgtUsed, true);
  pair(src, tgt, srcUsed, tgtUsed, false);
  const srcLeft = src.filter((_, i) => !srcUsed[i]);
  const tgtLeft = tgt.filter((_, i) => !tgtUsed[i]);
  // Left-overs on both sides pair up in text order as "changed", so a wrong figure is one finding, not two.
  while (srcLeft.length > 0 && tgtLeft.length > 0) {
    const s = srcLeft.shift() as NumberMention;
    const t = tgtLeft.shift() as NumberMention;
    out.push({
      checkId: 'numbers.changed',
      ...say('numberChanged', { source: quote(s.text), target: quote(t.text) }, `The source has ${quote(s.text)} (${fmt.format(s.value)}) but the target has ${quote(t.text)} (${fmt.format(t.value)}): make them match.`),
      sourceSpans: [span(s.start, s.end)],
      targetSpans: [span(t.start, t.end)],
      details: { source: s.text, target: t.text, sourceValue: s.value, targetValue: t.value },
    });
  }
  for (const s of srcLeft) {
    if (s.spelled) continue;
    out.push({
      checkId: 'numbers.missing',
      ...say('numberMissing', { number: quote(s.text) }, `The number ${quote(s.text)} (${fmt.format(s.value)}) is not in the target: add it.`),
      sourceSpans: [span(s.start, s.end)],
      details: { source: s.text, sourceValue: s.value },
    });
  }
  for (const t of tgtLeft) {
    if (t.spelled) continue;
    out.push({
      checkId: 'numbers.extra',
      ...say('numberExtra', { number: quote(t.text) }, `The number ${quote(t.text)} (${fmt.format(t.value)}) in the target is not in the source: check it.`),
      targetSpans: [span(t.start, t.end)],
      details: { target: t.text, targetValue: t.value },
    });
  }
  return out;
};
