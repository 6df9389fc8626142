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

const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{N}/u;
const SPACE = /\s/u;

// ASCII fast paths: almost every character of Indonesian and English text is ASCII.
function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(text[i] as string);
}

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 48 && c <= 57;
  return DIGIT.test(text[i] as string);
}

function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[i] as string);
}

/** End of the letters run from `i`, with inner apostrophes ("Putin's", "Jum'at"). */
function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    if (isLetter(text, j)) j++;
    else if ((text[j] === "'" || text[j] === '’') && j > i && j + 1 < text.length && isLetter(text, j + 1)) j++;
    else break;
  }
  return j;
}

/** End of a number from `i`, with inner separators (15/9/2023, 1.000, 3,5, 10:30). */
function numberEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    if (isDigit(text, j)) j++;
    else if ('.,:/'.includes(text[j] as string) && j + 1 < text.length && isDigit(text, j + 1) && j > i) j++;
    else break;
  }
  return j;
}

/** True when "a-b" reads as a reduplication of one word rather than a compound of two. */
export function isReduplication(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x.length < 2 || y.length < 2) return false;
  if (x === y || y.startsWith(x) || x.endsWith(y)) return true;
  // tembak-menembak, pukul-memukul: the second half carries a nasal prefix.
  if (x.length >= 4 && y.endsWith(x.slice(1)) && y.length - x.length <= 3) return true;
  // meniru-nirukan, berbalas-balasan: affixes on both halves around a shared stem.
  return sharedCore(x, y) >= Math.max(4, Math.ceil(0.6 * Math.min(x.length, y.length)));
}

/** Length of the longest run of letters the two halves share. */
function sharedCore(x: string, y: string): number {
  let best = 0;
  for (let i = 0; i < x.length; i++) {
    for (let j = 0; j < y.length; j++) {
      let k = 0;
      while (i + k < x.length && j + k < y.length && x[i + k] === y[j + k]) k++;
      if (k > best) best = k;
    }
  }
  return best;
}

/** Splits text into word, number and punctuation tokens (whitespace is dropped). */
export function tokenize(text: string): Token[] {
  return cut(text, true);
}

let lastText: string | undefined;
let lastTokens: readonly Token[] = [];

/**
 * The word and number tokens of `text` (`tokenize` without punctuation). The last text's are
 * kept: the glossary reads a segment's source words to find terms and again to check them.
 */
export function contentTokens(text: string): readonly Token[] {
  if (text !== lastText) {
    lastTokens = cut(text, false);
    lastText = text;
  }
  return lastTokens;
}

/** The word and number tokens of `text`, cut afresh (not kept as `contentTokens` keeps them). */
export function contentTokensOnce(text: string): Token[] {
  return cut(text, false);
}

function cut(text: string, punct: boolean): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    if (isSpace(text, i)) {
      i++;
      continue;
    }
    if (isLetter(text, i)) {
      let end = wordEnd(text, i);
      // Join "X-Y" (and "X-Ynya") when it is a reduplication.
      if (text[end] === '-' && end + 1 < text.length && isLetter(text, end + 1)) {
        const next = wordEnd(text, end + 1);
        if (isReduplication(text.slice(i, end), text.slice(end + 1, next))) end = next;
      }
      tokens.push({ text: text.slice(i, end), start: i, end, kind: 'word' });
      i = end;
      continue;
    }
    if (isDigit(text, i)) {
      const end = numberEnd(text, i);
      tokens.push({ text: text.slice(i, end), start: i, end, kind: 'number' });
      i = end;
      continue;
    }
    const cp = text.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    if (punct) tokens.push({ text: text.slice(i, i + len), start: i, end: i + len, kind: 'punct' });
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
 * Whitespace of any kind (line breaks included), inline-code placeholders and a single hyphen
 * do; other punctuation (brackets, commas, full stops) ends the term.
 */
export function isJoiningGap(text: string, end: number, start: number): boolean {
  const gap = text.slice(end, start);
  // Inline-code placeholders (U+E000…, see model/segment.ts) are markup, not punctuation.
  return /^[\s\uE000-\uEFFF]*(?:[-‐‑][\s\uE000-\uEFFF]*)?$/u.test(gap);
}
