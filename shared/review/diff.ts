/**
 * Track changes: a word-level diff of draft → current text.
 *
 * Tokens come from `tokenizeWords` (Intl.Segmenter boundaries), so "Jong-un" → "Jong Un" shows as
 * two word changes, not a character soup. jsdiff's `diffArrays` runs on the tokens after the
 * common prefix and suffix are cut off; spaces travel with the word before them, so the reviewer
 * reads "~~work together~~ cooperation", not alternating word and space fragments.
 */
import { diffArrays } from 'diff';
import { tokenizeWords } from './tokenize';

export type DiffKind = 'equal' | 'insert' | 'delete';

export interface DiffPart {
  readonly kind: DiffKind;
  readonly text: string;
}

function push(out: DiffPart[], kind: DiffKind, text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last && last.kind === kind) out[out.length - 1] = { kind, text: last.text + text };
  else out.push({ kind, text });
}

const SPACE_ONLY = /^\s+$/;

/**
 * Word-level diff; the equal and delete parts spell `before`, the equal and insert parts `after`.
 * Within a changed stretch the deletion comes first.
 */
export function diffWordsSegmented(before: string, after: string, locale = 'en'): DiffPart[] {
  if (before === after) return before === '' ? [] : [{ kind: 'equal', text: before }];
  const a = withTrailingSpace(tokenizeWords(before, locale));
  const b = withTrailingSpace(tokenizeWords(after, locale));
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tailA = a.length;
  let tailB = b.length;
  while (tailA > head && tailB > head && a[tailA - 1] === b[tailB - 1]) {
    tailA--;
    tailB--;
  }
  const raw: DiffPart[] = [];
  push(raw, 'equal', a.slice(0, head).join(''));
  diffMiddle(a.slice(head, tailA), b.slice(head, tailB), raw);
  push(raw, 'equal', a.slice(tailA).join(''));
  return foldSpaces(raw);
}

// Below this many tokens jsdiff's Myers search is cheap enough on its own.
const ANCHOR_MIN_TOKENS = 24;

function jsdiff(a: string[], b: string[], out: DiffPart[]): void {
  if (a.length === 0 || b.length === 0) {
    push(out, 'delete', a.join(''));
    push(out, 'insert', b.join(''));
    return;
  }
  for (const change of diffArrays(a, b)) push(out, change.added ? 'insert' : change.removed ? 'delete' : 'equal', change.value.join(''));
}

/**
 * Diffs a changed middle. A rewritten paragraph makes Myers' search cost O(N·D), so long
 * middles are first cut at anchors, tokens that occur once on each side, in order (the
 * patience-diff idea), and jsdiff runs on the short gaps between them.
 */
function diffMiddle(a: string[], b: string[], out: DiffPart[]): void {
  if (a.length + b.length < ANCHOR_MIN_TOKENS * 2) return jsdiff(a, b, out);
  const anchors = uniqueAnchors(a, b);
  if (anchors.length === 0) return jsdiff(a, b, out);
  let i = 0;
  let j = 0;
  for (const [ai, bj] of anchors) {
    jsdiff(a.slice(i, ai), b.slice(j, bj), out);
    push(out, 'equal', a[ai] ?? '');
    i = ai + 1;
    j = bj + 1;
  }
  jsdiff(a.slice(i), b.slice(j), out);
}

/** Positions of tokens unique on both sides, longest run in the same order on both. */
function uniqueAnchors(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const count = new Map<string, { a: number; b: number; ai: number; bj: number }>();
  a.forEach((t, i) => {
    const c = count.get(t);
    if (c) c.a++;
    else count.set(t, { a: 1, b: 0, ai: i, bj: -1 });
  });
  b.forEach((t, j) => {
    const c = count.get(t);
    if (c) {
      c.b++;
      c.bj = j;
    }
  });
  const pairs: Array<[number, number]> = [];
  for (const c of count.values()) if (c.a === 1 && c.b === 1) pairs.push([c.ai, c.bj]);
  pairs.sort((x, y) => x[0] - y[0]);
  // Longest increasing subsequence of b positions (patience sorting), O(k log k).
  const tails: number[] = [];
  const prev: number[] = new Array<number>(pairs.length).fill(-1);
  pairs.forEach(([, bj], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pairs[tails[mid] ?? 0]?.[1] ?? 0) < bj) lo = mid + 1;
      else hi = mid;
    }
    prev[k] = lo > 0 ? (tails[lo - 1] ?? -1) : -1;
    tails[lo] = k;
  });
  const out: Array<[number, number]> = [];
  for (let k = tails[tails.length - 1] ?? -1; k >= 0; k = prev[k] ?? -1) {
    const p = pairs[k];
    if (p) out.push(p);
  }
  return out.reverse();
}

/**
 * Glues each run of spaces to the token before it ("cooperation ", "between "): half the tokens
 * for Myers' O(N·D) search, and a changed word takes its space along instead of leaving it as an
 * equal fragment between two changes.
 */
function withTrailingSpace(tokens: string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const last = out.length - 1;
    if (last >= 0 && /^\s+$/.test(t) && !/\s$/.test(out[last] ?? '')) out[last] += t;
    else out.push(t);
  }
  return out;
}

/** Folds whitespace-only equal parts that sit between changes into the changes around them. */
function foldSpaces(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    push(out, 'delete', del);
    push(out, 'insert', ins);
    del = '';
    ins = '';
  };
  parts.forEach((p, i) => {
    if (p.kind === 'delete') del += p.text;
    else if (p.kind === 'insert') ins += p.text;
    else {
      const prev = parts[i - 1];
      const next = parts[i + 1];
      const between = prev !== undefined && next !== undefined && prev.kind !== 'equal' && next.kind !== 'equal';
      if (between && SPACE_ONLY.test(p.text)) {
        del += p.text;
        ins += p.text;
      } else {
        flush();
        push(out, 'equal', p.text);
      }
    }
  });
  flush();
  return out;
}

/** The text on one side of a diff: 'before' (equal + delete) or 'after' (equal + insert). */
export function diffSide(parts: readonly DiffPart[], side: 'before' | 'after'): string {
  const skip: DiffKind = side === 'before' ? 'insert' : 'delete';
  let s = '';
  for (const p of parts) if (p.kind !== skip) s += p.text;
  return s;
}
