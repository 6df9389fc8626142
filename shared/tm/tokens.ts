/**
 * Tokens for fuzzy matching: words, numbers, punctuation and inline codes, each with a
 * normalised key.
 *
 * The key is what the index and the first scoring pass compare: words in lower case, every
 * number as `#` and every inline code as one code key, so "Banjir 2023" and "banjir 2024" have
 * the same key sequence and only the fine pass (score.ts) charges the small case and number
 * penalties. Written for speed with an ASCII fast path: the bench indexes a million units.
 */
import { INLINE_CODE_BASE } from '../model/segment';

export type TmTokenKind = 'word' | 'number' | 'punct' | 'code';

export interface TmToken {
  readonly text: string;
  readonly key: string;
  readonly kind: TmTokenKind;
  readonly start: number;
  readonly end: number;
}

/** The key every number shares: a changed number is a small penalty, not a different word. */
export const NUMBER_KEY = '#';
/** The key every inline code shares. */
export const CODE_KEY = String.fromCharCode(INLINE_CODE_BASE);

const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{N}/u;
const SPACE = /\s/u;

function isCode(c: number): boolean {
  return c >= INLINE_CODE_BASE && c < INLINE_CODE_BASE + 0x1000;
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (isCode(c)) return false;
  return LETTER.test(text[i] as string);
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 48 && c <= 57;
  return DIGIT.test(text[i] as string);
}

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[i] as string);
}

/** Splits text into matching tokens (whitespace is dropped). */
export function tmTokens(text: string): TmToken[] {
  const out: TmToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceAt(text, i)) {
      i++;
      continue;
    }
    if (isCode(c)) {
      out.push({ text: text[i] as string, key: CODE_KEY, kind: 'code', start: i, end: i + 1 });
      i++;
      continue;
    }
    if (isLetterAt(text, i)) {
      let j = i + 1;
      // Hyphens and apostrophes inside a word keep it whole: "negara-negara", "Jum'at".
      while (j < n && (isLetterAt(text, j) || ((text[j] === '-' || text[j] === "'" || text[j] === '’') && j + 1 < n && isLetterAt(text, j + 1)))) j++;
      const word = text.slice(i, j);
      out.push({ text: word, key: word.toLowerCase(), kind: 'word', start: i, end: j });
      i = j;
      continue;
    }
    if (isDigitAt(text, i)) {
      let j = i + 1;
      while (j < n && (isDigitAt(text, j) || ('.,:/'.includes(text[j] as string) && j + 1 < n && isDigitAt(text, j + 1)))) j++;
      out.push({ text: text.slice(i, j), key: NUMBER_KEY, kind: 'number', start: i, end: j });
      i = j;
      continue;
    }
    const cp = text.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    const p = text.slice(i, i + len);
    out.push({ text: p, key: p, kind: 'punct', start: i, end: i + len });
    i += len;
  }
  return out;
}

/** What inserting or deleting a token costs: punctuation and codes half a word. */
export function tokenWeight(kind: TmTokenKind): number {
  return kind === 'punct' || kind === 'code' ? 0.5 : 1;
}

/** True for tokens whose absence costs a whole word; only these go into the index's postings. */
export function isFilterKind(kind: TmTokenKind): boolean {
  return kind === 'word' || kind === 'number';
}
