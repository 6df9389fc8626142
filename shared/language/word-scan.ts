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
  /** The first words as a trie over a–z0–9: `next[node * 36 + letter]`, 0 for none; `final[node]` ends a word. */
  readonly next: Int32Array;
  readonly final: Uint8Array;
}

// a–z → 0–25, 0–9 → 26–35 (upper case read as lower), -1 for anything else.
function slot(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 48 && c <= 57) return c - 22;
  return -1;
}

/** `firstWords`: every word a match can begin with, as the run of letters it starts with. */
export function wordListRegex(global: RegExp, firstWords: Iterable<string>): WordListRegex {
  if (!global.global) throw new Error('wordListRegex needs a global regex');
  const firsts = new Set([...firstWords].map((w) => w.toLowerCase()));
  for (const w of firsts) if (!/^[a-z0-9]+$/.test(w)) throw new Error(`wordListRegex: first word "${w}" is not a run of ASCII letters`);
  const nodes: number[][] = [new Array<number>(36).fill(0)];
  const finals = [0];
  for (const w of firsts) {
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const k = slot(w.charCodeAt(i));
      let to = nodes[node]![k]!;
      if (to === 0) {
        to = nodes.push(new Array<number>(36).fill(0)) - 1;
        finals.push(0);
        nodes[node]![k] = to;
      }
      node = to;
    }
    finals[node] = 1;
  }
  return {
    global,
    sticky: new RegExp(global.source, global.flags.replace('g', '') + 'y'),
    next: Int32Array.from(nodes.flat()),
    final: Uint8Array.from(finals),
  };
}

const FOLDS_TO_ASCII = /[\u017f\u212a]/;


/** The matches `text.matchAll(w.global)` gives, in text order; the first `limit` of them when given. */
export function matchWordList(text: string, w: WordListRegex, limit = Infinity): RegExpExecArray[] {
  if (FOLDS_TO_ASCII.test(text)) return ([...text.matchAll(w.global)] as RegExpExecArray[]).slice(0, limit);
  const out: RegExpExecArray[] = [];
  const n = text.length;
  const { sticky, next, final } = w;
  let from = 0;
  let i = 0;
  while (i < n) {
    let k = slot(text.charCodeAt(i));
    if (k < 0) {
      i++;
      continue;
    }
    // Walk the run through the trie; a run that leaves it is no listed word.
    const start = i;
    let node = 0;
    while (k >= 0) {
      node = node < 0 ? -1 : next[node * 36 + k]! || -1;
      k = ++i < n ? slot(text.charCodeAt(i)) : -1;
    }
    if (start < from || node < 0 || final[node] !== 1) continue;
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
