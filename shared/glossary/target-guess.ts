/**
 * For a term the target misses, the English word that most likely renders it: beside a term
 * that was found, or beside a name or number that survived translation as written.
 */
import type { Token } from '../language/id/tokenizer';
import { isJoiningGap } from '../language/id/tokenizer';
import type { TargetSpan, TermCheck, TermHit } from './model';
import { firstSpelled, type TargetText } from './target-find';

/**
 * For a missing term next to a term that was found ("pabrik jet tempur" → "fighter jet
 * factory"): Indonesian puts the head first and English last, so the word after the
 * neighbour's rendering (or before it, when the neighbour came first) likely renders the hit.
 */
export function besideNeighbour(hit: TermHit, checks: readonly TermCheck[], t: TargetText, source: string): TargetSpan | undefined {
  for (const c of checks) {
    const found = c.span;
    if (c.kind !== 'ok' || !found || c.hit.nested) continue;
    const follows = onlySpaceBetween(source, hit.end, c.hit.start);
    if (!follows && !onlySpaceBetween(source, c.hit.end, hit.start)) continue;
    const w = t.toks[follows ? firstFrom(t.toks, found.end) : lastEndingBy(t.toks, found.start)];
    if (!w || w.kind !== 'word' || STOP.has(w.text.toLowerCase())) continue;
    const joined = follows ? isJoiningGap(t.text, found.end, w.start) : isJoiningGap(t.text, w.end, found.start);
    if (joined) return { start: w.start, end: w.end, text: w.text };
  }
  return undefined;
}

/** True when `text` between `a` and `b` is white space, at least one character of it. */
function onlySpaceBetween(text: string, a: number, b: number): boolean {
  if (b <= a) return false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 128 || !/\s/.test(text[i] as string)) return false;
  }
  return true;
}

/** The last token ending at or before `offset` (-1: none). */
function lastEndingBy(toks: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((toks[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'to', 'in', 'on', 'for', 'by', 'with', 'at', 'from', 'as', 'is', 'was', 'its', 'his', 'her']);

/** The first token starting at or after `offset` (-1: none); tokens are in reading order. */
function firstFrom(toks: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((toks[mid] as Token).start >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo < toks.length ? lo : -1;
}

/**
 * For a missing term, the English word that most likely renders it.
 *
 * A name or number next to the hit in the source ("Pabrik Gagarin") usually survives into
 * the target ("Gagarin Factory"); the content word beside it there is the likely rendering.
 */
export function guessRendering(src: readonly Token[], hit: TermHit, t: TargetText): TargetSpan | undefined {
  const inHit = firstFrom(src, hit.start);
  const lastInHit = firstFrom(src, hit.end);
  const after = lastInHit < 0 ? src.length : lastInHit;
  // The anchors in the order they are tried: the two words after the hit, then the two before.
  let count = 0;
  for (let i = after; i <= after + 1; i++) {
    const w = src[i];
    if (w && isAnchor(w)) {
      anchorWords[count] = w.text;
      anchorAfter[count++] = true;
    }
  }
  for (let i = inHit - 1; i >= inHit - 2 && i > 0; i--) {
    const w = src[i];
    if (w && isAnchor(w)) {
      anchorWords[count] = w.text;
      anchorAfter[count++] = false;
    }
  }
  for (let n = 0; n < count; n++) {
    const at = firstSpelled(t, anchorWords[n] as string);
    if (at < 0) continue;
    // English puts a name's head noun after it ("Gagarin Factory"), so look there first.
    const side = anchorAfter[n] ? 1 : -1;
    for (let j = at + side, tries = 0; tries < 2; j = at - side, tries++) {
      const c = t.toks[j];
      if (c && c.kind === 'word' && !STOP.has(c.text.toLowerCase()) && !isAnchorWord(c.text, count)) {
        return { start: c.start, end: c.end, text: c.text };
      }
    }
  }
  return undefined;
}

/** The anchors of the guess being made (at most four; guessRendering does not nest). */
const anchorWords: string[] = ['', '', '', ''];
const anchorAfter: boolean[] = [false, false, false, false];

function isAnchorWord(text: string, count: number): boolean {
  for (let n = 0; n < count; n++) if (anchorWords[n] === text) return true;
  return false;
}

/** A name or number: what usually survives translation as written. */
function isAnchor(w: Token): boolean {
  if (w.kind === 'number') return true;
  const c = w.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(w.text);
}
