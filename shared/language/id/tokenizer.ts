/**
 * Word tokenizer for Indonesian (and English) running text.
 *
 * Words keep their offsets into the original string so hits can be highlighted in place.
 * A hyphenated reduplication ("negara-negara", "sekutu-sekutunya", "berlari-lari") stays one
 * token because it is one word; other hyphens ("Korut-Rusia", "Jong-un") split, so each part
 * can match on its own and "Kim Jong-un" still matches a term written "Kim Jong Un".
 */

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
}

// Letters with combining marks; an apostrophe inside a word stays ("Putin's", "Jum'at").
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/uy;
const NUMBER = /\p{N}+(?:[.,:/]\p{N}+)*/uy;
const SPACE = /\s+/uy;

/** True when "a-b" reads as a reduplication of one word rather than a compound of two. */
export function isReduplication(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x.length < 2 || y.length < 2) return false;
  if (x === y || y.startsWith(x) || x.endsWith(y)) return true;
  // tembak-menembak, pukul-memukul: the second half carries a nasal prefix.
  return x.length >= 4 && y.endsWith(x.slice(1)) && y.length - x.length <= 3;
}

/** Splits text into word, number and punctuation tokens (whitespace is dropped). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    SPACE.lastIndex = i;
    if (SPACE.test(text)) {
      i = SPACE.lastIndex;
      continue;
    }
    WORD.lastIndex = i;
    let m = WORD.exec(text);
    if (m) {
      let end = i + m[0].length;
      // Join "X-Y" (and "X-Ynya") when it is a reduplication.
      if (text[end] === '-') {
        WORD.lastIndex = end + 1;
        const next = WORD.exec(text);
        if (next && isReduplication(m[0], next[0])) end = end + 1 + next[0].length;
      }
      tokens.push({ text: text.slice(i, end), start: i, end, kind: 'word' });
      i = end;
      continue;
    }
    NUMBER.lastIndex = i;
    m = NUMBER.exec(text);
    if (m) {
      tokens.push({ text: m[0], start: i, end: i + m[0].length, kind: 'number' });
      i += m[0].length;
      continue;
    }
    const cp = text.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    tokens.push({ text: text.slice(i, i + len), start: i, end: i + len, kind: 'punct' });
    i += len;
  }
  return tokens;
}

/** Only the word tokens. */
export function words(text: string): Token[] {
  return tokenize(text).filter((t) => t.kind === 'word');
}

/**
 * True when the gap between two tokens lets a multiword term continue across it.
 *
 * Whitespace of any kind (line breaks included) and a single hyphen do; other punctuation
 * (brackets, commas, full stops) ends the term.
 */
export function isJoiningGap(text: string, end: number, start: number): boolean {
  const gap = text.slice(end, start);
  return /^\s*(?:[-‐‑]\s*)?$/u.test(gap);
}
