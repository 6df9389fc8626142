/**
 * Match percentage the way CAT tools compute it: a word-level edit distance, as a share of the
 * longer text.
 *
 * Costs: inserting or deleting a word or number is 1, punctuation or an inline code 0.5;
 * replacing a word by another is 1, but the same word in another case costs 0.1, another number
 * 0.2, another inline code 0.1 and other punctuation 0.5. So a changed date in a ten-word
 * sentence still scores about 98%, not 90%, and texts that differ only in whitespace score 99
 * (100 is kept for the same text).
 */
import type { TmToken } from './tokens';
import { tmTokens, tokenWeight } from './tokens';

export const CASE_COST = 0.1;
export const NUMBER_COST = 0.2;
export const CODE_COST = 0.1;
export const PUNCT_COST = 0.5;

/** The cost of putting token `b` where token `a` stood. */
export function substitutionCost(a: TmToken, b: TmToken): number {
  if (a.text === b.text) return 0;
  if (a.key === b.key) {
    if (a.kind === 'number') return NUMBER_COST;
    if (a.kind === 'code') return CODE_COST;
    return CASE_COST;
  }
  if (a.kind === 'punct' && b.kind === 'punct') return PUNCT_COST;
  return Math.max(tokenWeight(a.kind), tokenWeight(b.kind));
}

export function weightOf(tokens: readonly TmToken[]): number {
  let w = 0;
  for (const t of tokens) w += tokenWeight(t.kind);
  return w;
}

const KIND_CODE: Record<TmToken['kind'], number> = { word: 0, number: 1, punct: 2, code: 3 };

/**
 * Weighted edit distance between two token sequences (two-row dynamic programming).
 *
 * The second text's kinds and weights go into typed arrays first, so the inner loop reads
 * numbers; the costs are those of `substitutionCost`.
 */
export function tokenDistance(a: readonly TmToken[], b: readonly TmToken[]): number {
  const bKey = new Array<string>(b.length);
  const bKind = new Uint8Array(b.length);
  const bW = new Float64Array(b.length);
  for (let j = 0; j < b.length; j++) {
    const t = b[j] as TmToken;
    bKey[j] = t.key;
    bKind[j] = KIND_CODE[t.kind];
    bW[j] = tokenWeight(t.kind);
  }
  let prev = new Float64Array(b.length + 1);
  let cur = new Float64Array(b.length + 1);
  for (let j = 1; j <= b.length; j++) prev[j] = (prev[j - 1] as number) + (bW[j - 1] as number);
  for (let i = 1; i <= a.length; i++) {
    const ta = a[i - 1] as TmToken;
    const aKey = ta.key;
    const aKind = KIND_CODE[ta.kind];
    const del = tokenWeight(ta.kind);
    cur[0] = (prev[0] as number) + del;
    for (let j = 1; j <= b.length; j++) {
      const w = bW[j - 1] as number;
      let cost: number;
      if (bKey[j - 1] === aKey) cost = ta.text === (b[j - 1] as TmToken).text ? 0 : aKind === 1 ? NUMBER_COST : aKind === 3 ? CODE_COST : CASE_COST;
      else if (aKind === 2 && bKind[j - 1] === 2) cost = PUNCT_COST;
      else cost = del > w ? del : w;
      const sub = (prev[j - 1] as number) + cost;
      const d = (prev[j] as number) + del;
      const ins = (cur[j - 1] as number) + w;
      cur[j] = sub < d ? (sub < ins ? sub : ins) : d < ins ? d : ins;
    }
    // A plain swap: a destructuring swap allocates an array per row, in the innermost hot loop.
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  return prev[b.length] as number;
}

/** Percentage from a distance and the two weights: 0..100, rounded down. */
export function percentFrom(distance: number, weightA: number, weightB: number): number {
  const max = Math.max(weightA, weightB);
  if (max === 0) return 100;
  return Math.max(0, Math.floor(100 * (1 - distance / max) + 1e-9));
}

/** The match percentage of a TM source against the text being translated. */
export function matchPercent(tmSource: string, text: string): number {
  if (tmSource === text) return 100;
  return scoreTokens(tmTokens(tmSource), tmTokens(text), tmSource, text);
}

/** As `matchPercent` for texts already tokenised. */
export function scoreTokens(a: readonly TmToken[], b: readonly TmToken[], textA?: string, textB?: string): number {
  if (textA !== undefined && textA === textB) return 100;
  const score = percentFrom(tokenDistance(a, b), weightOf(a), weightOf(b));
  // Different texts never make 100: a translator must see that something (spacing) differs.
  return Math.min(score, 99);
}
