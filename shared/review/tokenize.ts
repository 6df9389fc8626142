/**
 * Word tokens for track changes and edit statistics.
 *
 * `Intl.Segmenter` (word granularity) splits punctuation from words and keeps "Putin's",
 * "1,234.5" and "Rp1.234,5" whole, in any script. ICU segmentation costs about 40 µs per
 * paragraph, too slow for document-wide statistics, so Latin-script text (all Indonesian and
 * English) takes a regex that reproduces the segmenter's UAX #29 boundaries for that script;
 * other text goes to the segmenter itself. A test checks that both agree on the corpus.
 */

// Latin letters, general punctuation, currency signs and inline-code placeholders (U+E000..).
// eslint-disable-next-line no-control-regex -- the range starts at U+0000 on purpose: all ASCII is Latin-script text.
const LATIN_ONLY = /^[\u0000-\u02ff\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf\ue000-\uefff]*$/;

// A word continues across ' ’ . : · between letters and , . ; ' ’ between digits (UAX #29 WB6-7, WB11-12).
const LATIN_TOKEN =
  /[\p{L}\p{M}\p{N}_]+(?:(?:(?<=[\p{L}\p{M}])[.'’:·](?=\p{L})|(?<=\p{N})[.,;'’](?=\p{N}))[\p{L}\p{M}\p{N}_]+)*| +|[\s\S]/gu;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) segmenters.set(locale, (s = new Intl.Segmenter(locale, { granularity: 'word' })));
  return s;
}

/** Splits text into word, punctuation and whitespace tokens; joined they give the text back. */
export function tokenizeWords(text: string, locale = 'en'): string[] {
  if (text === '') return [];
  if (LATIN_ONLY.test(text)) return text.match(LATIN_TOKEN) ?? [];
  return segmentWithIntl(text, locale);
}

/** The reference tokenizer: ICU word segmentation. */
export function segmentWithIntl(text: string, locale = 'en'): string[] {
  const out: string[] = [];
  for (const s of segmenterFor(locale).segment(text)) out.push(s.segment);
  return out;
}

const WORD_LIKE = /[\p{L}\p{N}]/u;

/** True for tokens that are words or numbers (not spaces or punctuation). */
export function isWordToken(token: string): boolean {
  return WORD_LIKE.test(token);
}
