/**
 * Sentence segmentation for Indonesian and English.
 *
 * Intl.Segmenter does the bulk of the work; three passes fix what it gets wrong on news text:
 * sentences glued without a space ("di Ukraina.Presiden Rusia"), abbreviations and initials that
 * it breaks after ("Jl. Sudirman No. 5", "Mark J. Fitzpatrick"), and an opening quote left at the
 * end of the previous sentence ("kata dia.“Laporan").
 */
import { trailingAbbreviation } from './abbreviations';

export type SentenceLang = 'id' | 'en';

// URLs, e-mail addresses and @handles are never split, whatever their dots and capitals.
const PROTECTED = /\b(?:https?:\/\/|www\.)[^\s<>"“”]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w+/giu;
// A full stop (or ! ?) after a word of two or more letters/digits or a closing quote/bracket,
// followed directly by a capital or an opening quote: a sentence glued to the previous one.
// One letter before the stop is an initial or part of "U.S.", and a digit after it is a number.
const GLUED = /(?<=[\p{L}\p{N}]{2}|[)\]”’"])[.!?]+[”’»]?(?=[“"‘«(]?\p{Lu})/gu;
const OPENING_QUOTES = new Set(['“', '‘', '«', '"']);

const segmenters = new Map<SentenceLang, Intl.Segmenter>();
function segmenter(lang: SentenceLang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

/** Splits one text (usually a paragraph) into trimmed sentences. */
export function splitSentences(text: string, lang: SentenceLang): string[] {
  return sentenceBoundaries(text, lang)
    .map(([start, end]) => text.slice(start, end).trim())
    .filter((s) => s.length > 0);
}

/** [start, end) offsets of each sentence in `text`, untrimmed, covering the whole text. */
export function sentenceBoundaries(text: string, lang: SentenceLang): Array<[number, number]> {
  const cuts = new Set<number>();
  for (const part of segmenter(lang).segment(text)) {
    if (part.index > 0) cuts.add(part.index);
  }
  for (const m of text.matchAll(GLUED)) cuts.add(m.index + m[0].length);

  const protectedRanges = [...text.matchAll(PROTECTED)].map((m) => [m.index, m.index + m[0].length] as const);
  const kept: number[] = [];
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut <= start || cut >= text.length) continue;
    if (protectedRanges.some(([a, b]) => cut > a && cut < b)) continue;
    const moved = moveOpeningQuote(text, start, cut);
    if (moved <= start || keepsSentenceGoing(text.slice(start, moved), text.slice(moved), lang)) continue;
    kept.push(moved);
    start = moved;
  }
  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (const cut of [...kept, text.length]) {
    ranges.push([from, cut]);
    from = cut;
  }
  return ranges;
}

// "kata dia.“Laporan" is cut after the quote by ICU; the quote opens the next sentence.
function moveOpeningQuote(text: string, start: number, cut: number): number {
  let c = cut;
  while (c > start && OPENING_QUOTES.has(text[c - 1] ?? '') && /\p{L}/u.test(text[c] ?? '')) {
    // A straight quote right after a letter closes a quotation ("ok" Then), it does not open one.
    if (text[c - 1] === '"' && /\p{L}/u.test(text[c - 2] ?? '')) break;
    c--;
  }
  return c;
}

/** True when the cut between `left` and `right` falls inside a sentence. */
function keepsSentenceGoing(left: string, right: string, lang: SentenceLang): boolean {
  const before = left.trimEnd();
  const next = right.trimStart();
  const nextChar = next[0] ?? '';
  // Neither language starts a sentence in lowercase: '"Siapa?" tanya dia.' is one sentence.
  if (/^["“”'‘’(]*\p{Ll}/u.test(next)) return true;
  // A list marker on its own ("1.", "b)") belongs to the item that follows.
  if (/^\s*(?:\d{1,3}|\p{L})[.)]$/u.test(left.trim())) return true;
  if (!/[.]$/.test(before)) return false;
  const kind = trailingAbbreviation(before, lang);
  if (kind === 'always') return true;
  if (kind === 'before-lowercase' && /\p{Ll}/u.test(nextChar)) return true;
  if (kind === 'before-number' && /\p{N}/u.test(nextChar)) return true;
  // An initial in a name: "Mark J. Fitzpatrick", "H. Agus".
  if (/(?:^|[\s(])\p{Lu}\.$/u.test(before) && /\p{Lu}/u.test(nextChar)) return true;
  // A decimal or thousands separator the segmenter split: "3.\n5" never happens, "3. 5" might.
  if (/\d\.$/.test(before) && /^\d/.test(right)) return true;
  return false;
}
