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

function mostlyCaps(text: string): boolean {
  let caps = 0;
  let all = 0;
  for (const m of text.matchAll(LETTER_WORD)) {
    all++;
    if (m[0] === m[0].toUpperCase()) caps++;
  }
  return all > 0 && caps / all >= 0.5;
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
  for (const m of source.matchAll(CAPS_OR_CAMEL)) {
    headline ??= mostlyCaps(source);
    if (headline) break;
    const token = m[0];
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
