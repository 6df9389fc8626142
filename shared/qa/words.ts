/**
 * Word-level checks: doubled words, first-letter case, and names or codes (ALL-CAPS, CamelCase)
 * that should appear in the target as in the source.
 */
import { quote, say, span, type SegmentCheck } from './context';
import type { RawFinding } from './types';

/**
 * Indonesian abbreviations that English translates rather than copies. The glossary and the
 * profile's ignoreTokens extend this; a token here is the terminology check's business.
 */
export const DEFAULT_TOKEN_MAP: Readonly<Record<string, readonly string[]>> = {
  AS: ['US', 'U.S.', 'United States', 'America'],
  PBB: ['UN', 'U.N.', 'United Nations'],
  UE: ['EU', 'European Union'],
  RI: ['Indonesia', 'Indonesian', 'RI'],
  DK: ['Security Council', 'Council'],
  KTT: ['summit', 'Summit'],
  WNI: ['Indonesian citizens', 'Indonesians'],
  WNA: ['foreigners', 'foreign nationals'],
  TNI: ['TNI', 'Indonesian Military', 'armed forces'],
  DPR: ['DPR', 'House of Representatives', 'parliament'],
  KBRI: ['Indonesian Embassy', 'embassy'],
  Kemlu: ['Foreign Ministry', 'Ministry of Foreign Affairs'],
  Korut: ['North Korea', 'North Korean'],
  Korsel: ['South Korea', 'South Korean'],
};

const REPEATED = /(?<![\p{L}\p{N}'’-])(\p{L}+)\s+(\1)(?![\p{L}\p{N}'’-])/giu;
const CAPS_OR_CAMEL = /(?<![\p{L}\p{N}@#])(?:\p{Lu}[\p{Lu}\p{N}]+|\p{Ll}+\p{Lu}[\p{L}]*|\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*)(?![\p{L}\p{N}])/gu;
const LETTER_WORD = /(?<![\p{L}])\p{L}{2,}(?![\p{L}])/gu;

function mostlyCapsRegex(text: string): boolean {
  let caps = 0;
  let all = 0;
  for (const m of text.matchAll(LETTER_WORD)) {
    all++;
    if (m[0] === m[0].toUpperCase()) caps++;
  }
  return all > 0 && caps / all >= 0.5;
}

// Letter/number classes of non-ASCII UTF-16 units, read once each: 1 letter or number, 2 neither.
const NON_ASCII_CLASS = new Uint8Array(65536);
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/**
 * Whether the text's letters and digits are all ASCII, so a charCode scan sees the same words as
 * the Unicode regexes: curly quotes, dashes and other non-ASCII marks are allowed, any non-ASCII
 * letter or number (or a surrogate pair) is not.
 */
function asciiWords(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) continue;
    if (c >= 0xd800 && c <= 0xdfff) return false;
    let k = NON_ASCII_CLASS[c]!;
    if (k === 0) {
      k = LETTER_OR_NUMBER.test(String.fromCharCode(c)) ? 1 : 2;
      NON_ASCII_CLASS[c] = k;
    }
    if (k === 1) return false;
  }
  return true;
}

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiWordChar = (c: number) => isUpper(c) || isLower(c) || isDigit(c);

/** At least half the words of two letters or more are ALL-CAPS (a headline). */
function mostlyCaps(text: string, ascii: boolean): boolean {
  if (!ascii) return mostlyCapsRegex(text);
  let caps = 0;
  let all = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isUpper(c) && !isLower(c)) {
      i++;
      continue;
    }
    const start = i;
    let lower = false;
    for (; i < n; i++) {
      const d = text.charCodeAt(i);
      if (isLower(d)) lower = true;
      else if (!isUpper(d)) break;
    }
    if (i - start < 2) continue;
    all++;
    if (!lower) caps++;
  }
  return all > 0 && caps / all >= 0.5;
}

/**
 * The ALL-CAPS and CamelCase tokens of an ASCII-worded text, as `text.matchAll(CAPS_OR_CAMEL)`
 * finds them: a whole run of letters and digits not after "@" or "#" that is capitals and digits
 * from a capital ("NATO", "G20"), or letters with a capital after the first ("iPhone", "YouTube").
 */
function capsOrCamelAscii(text: string): { index: number; token: string }[] {
  const out: { index: number; token: string }[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isAsciiWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let upper = 0;
    while (i < n && isAsciiWordChar(text.charCodeAt(i))) if (isUpper(text.charCodeAt(i++))) upper++;
    if (upper === 0) continue;
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    if (before === 64 || before === 35) continue;
    if (camelOrCaps(text, start, i)) out.push({ index: start, token: text.slice(start, i) });
  }
  return out;
}

function camelOrCaps(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (isLower(first)) {
    // Lower case, then a capital and letters: "iPhone".
    let k = start + 1;
    while (k < end && isLower(text.charCodeAt(k))) k++;
    return lettersFromCapital(text, k, end);
  }
  if (!isUpper(first) || end - start < 2) return false;
  // Capitals and digits: "NATO", "G20".
  let k = start + 1;
  while (k < end && (isUpper(text.charCodeAt(k)) || isDigit(text.charCodeAt(k)))) k++;
  if (k === end) return true;
  // A capital, lower case, then a capital and letters: "YouTube".
  if (!isLower(text.charCodeAt(start + 1))) return false;
  k = start + 2;
  while (k < end && isLower(text.charCodeAt(k))) k++;
  return lettersFromCapital(text, k, end);
}

function lettersFromCapital(text: string, k: number, end: number): boolean {
  if (k >= end || !isUpper(text.charCodeAt(k))) return false;
  for (k++; k < end; k++) {
    const c = text.charCodeAt(k);
    if (!isUpper(c) && !isLower(c)) return false;
  }
  return true;
}

function capsOrCamel(text: string, ascii: boolean): { index: number; token: string }[] {
  if (ascii) return capsOrCamelAscii(text);
  return [...text.matchAll(CAPS_OR_CAMEL)].map((m) => ({ index: m.index, token: m[0] }));
}

/** Two ALL-CAPS words in a row are a heading or a shout ("LIPUTAN KHUSUS"), translated like any text. */
function inCapsRun(text: string, start: number, end: number): boolean {
  const isCaps = (w: string | undefined) => w !== undefined && w.length > 1 && /\p{L}/u.test(w) && w === w.toUpperCase();
  const before = /([\p{L}\p{N}]+)[^\p{L}\p{N}\n]+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  const after = /^[^\p{L}\p{N}\n]+([\p{L}\p{N}]+)/u.exec(text.slice(end, end + 40))?.[1];
  return isCaps(before) || isCaps(after);
}

const tokenRes = new Map<string, RegExp>();

function hasToken(text: string, token: string): boolean {
  // The same names and codes recur across a project: each pattern is compiled once.
  let re = tokenRes.get(token);
  if (!re) {
    const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
    if (tokenRes.size >= 10_000) tokenRes.clear();
    tokenRes.set(token, re);
  }
  return re.test(text);
}

export const checkWords: SegmentCheck = (ctx) => {
  const { source, target } = ctx;
  const out: RawFinding[] = [];
  if (target.trim() === '') return out;

  for (const m of target.matchAll(REPEATED)) {
    const word = m[1] ?? '';
    // "Had had" and "that that" are sometimes right, but so rarely that a reviewer wants to look.
    out.push({
      checkId: 'words.repeated',
      ...say('repeated', { text: quote(`${word} ${m[2] ?? ''}`) }, `${quote(`${word} ${m[2] ?? ''}`)}: the word is repeated; delete one.`),
      targetSpans: [span(m.index, m.index + m[0].length)],
      details: { word },
    });
  }

  const sFirst = /\p{L}/u.exec(source);
  const tFirst = /\p{L}/u.exec(target);
  if (sFirst && tFirst) {
    const sUpper = sFirst[0] !== sFirst[0].toLowerCase();
    const tUpper = tFirst[0] !== tFirst[0].toLowerCase();
    if (sUpper !== tUpper) {
      out.push({
        checkId: 'words.capitalisation',
        ...(sUpper
          ? say('capitalise', {}, 'The source starts with a capital letter and the target does not: capitalise it.')
          : say('lowercase', {}, 'The source starts in lower case and the target with a capital: check whether it continues a sentence.')),
        sourceSpans: [span(sFirst.index, sFirst.index + 1)],
        targetSpans: [span(tFirst.index, tFirst.index + 1)],
      });
    }
  }

  const seen = new Set<string>();
  let headline: boolean | undefined;
  const ascii = asciiWords(source);
  for (const m of capsOrCamel(source, ascii)) {
    headline ??= mostlyCaps(source, ascii);
    if (headline) break;
    const token = m.token;
    if (seen.has(token) || ctx.tokenMap.has(token) || inCapsRun(source, m.index, m.index + token.length)) continue;
    seen.add(token);
    if (hasToken(target, token)) continue;
    out.push({
      checkId: 'words.caps-not-carried',
      ...say('capsNotCarried', { token: quote(token) }, `${quote(token)} is not in the target: copy the name or code, or add its translation to the glossary.`),
      sourceSpans: [span(m.index, m.index + token.length)],
      details: { token },
    });
  }
  return out;
};
