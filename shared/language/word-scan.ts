/**
 * Matches of a word-list regex (month names, spelled numbers, function words) found without
 * letting the regex try every position of the text.
 *
 * A regex of the form `(?<![\p{L}\p{N}])(?:word|word …)…` can only match where a run of letters
 * and digits starts and that run is one of its first words (case-insensitive). A plain loop over
 * ASCII runs finds those places, and the same regex, sticky, is tried only there: the matches are
 * exactly those of `text.matchAll(global)`, at a fraction of the cost over a 20,000-segment QA run.
 *
 * The regex's first words must be ASCII, each followed in the pattern by a character that is not a
 * letter or digit (or an apostrophe, as in "jum'at": give the part before it). Only "ſ" and the
 * Kelvin sign fold to ASCII letters under the `iu` flags; a text holding either is scanned whole.
 */

export interface WordListRegex {
  readonly global: RegExp;
  readonly sticky: RegExp;
  readonly firsts: ReadonlySet<string>;
  readonly minLength: number;
  readonly maxLength: number;
}

/** `firstWords`: every word a match can begin with, as the run of letters it starts with. */
export function wordListRegex(global: RegExp, firstWords: Iterable<string>): WordListRegex {
  if (!global.global) throw new Error('wordListRegex needs a global regex');
  const firsts = new Set([...firstWords].map((w) => w.toLowerCase()));
  for (const w of firsts) if (!/^[a-z0-9]+$/.test(w)) throw new Error(`wordListRegex: first word "${w}" is not a run of ASCII letters`);
  const lengths = [...firsts].map((w) => w.length);
  return {
    global,
    sticky: new RegExp(global.source, global.flags.replace('g', '') + 'y'),
    firsts,
    minLength: Math.min(...lengths),
    maxLength: Math.max(...lengths),
  };
}

const FOLDS_TO_ASCII = /[\u017f\u212a]/;

const isAsciiAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** The matches `text.matchAll(w.global)` gives, in text order; the first `limit` of them when given. */
export function matchWordList(text: string, w: WordListRegex, limit = Infinity): RegExpExecArray[] {
  if (FOLDS_TO_ASCII.test(text)) return ([...text.matchAll(w.global)] as RegExpExecArray[]).slice(0, limit);
  const out: RegExpExecArray[] = [];
  const n = text.length;
  const { sticky, firsts, minLength, maxLength } = w;
  let from = 0;
  let i = 0;
  while (i < n) {
    if (!isAsciiAlnum(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isAsciiAlnum(text.charCodeAt(i))) i++;
    const length = i - start;
    if (start < from || length < minLength || length > maxLength || !firsts.has(text.slice(start, i).toLowerCase())) continue;
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    if (m) {
      if (out.push(m) >= limit) break;
      from = start + m[0].length;
      // A match reaching past this run (a multi-word number) skips the runs it covers.
      if (from > i) i = from;
    }
  }
  return out;
}
