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


// The ASCII letter/digit runs of the last few texts: QA reads numbers, dates and function words
// of the same source and target one after another, so each text is split into runs once.
interface Runs {
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly count: number;
}
const RUN_CACHE_SIZE = 4;
const runCache: Runs[] = [];
let runCacheNext = 0;

function runsOf(text: string): Runs {
  for (const r of runCache) if (r.text === text) return r;
  const n = text.length;
  let count = 0;
  let starts = new Int32Array(16);
  let ends = new Int32Array(16);
  let i = 0;
  while (i < n) {
    if (slot(text.charCodeAt(i)) < 0) {
      i++;
      continue;
    }
    const start = i;
    while (++i < n && slot(text.charCodeAt(i)) >= 0);
    if (count === starts.length) {
      const s2 = new Int32Array(count * 2);
      s2.set(starts);
      starts = s2;
      const e2 = new Int32Array(count * 2);
      e2.set(ends);
      ends = e2;
    }
    starts[count] = start;
    ends[count++] = i;
  }
  const runs: Runs = { text, starts, ends, count };
  runCache[runCacheNext] = runs;
  runCacheNext = (runCacheNext + 1) % RUN_CACHE_SIZE;
  return runs;
}

/** The matches `text.matchAll(w.global)` gives, in text order; the first `limit` of them when given. */
export function matchWordList(text: string, w: WordListRegex, limit = Infinity): RegExpExecArray[] {
  if (FOLDS_TO_ASCII.test(text)) return ([...text.matchAll(w.global)] as RegExpExecArray[]).slice(0, limit);
  const out: RegExpExecArray[] = [];
  const { sticky, next, final } = w;
  const { starts, ends, count } = runsOf(text);
  let from = 0;
  for (let r = 0; r < count; r++) {
    const start = starts[r]!;
    if (start < from) continue;
    // Walk the run through the trie; a run that leaves it is no listed word.
    const end = ends[r]!;
    let node = 0;
    for (let i = start; i < end; i++) {
      node = next[node * 36 + slot(text.charCodeAt(i))]!;
      if (node === 0) break;
    }
    if (node === 0 || final[node] !== 1) continue;
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    if (m) {
      if (out.push(m) >= limit) break;
      from = start + m[0].length;
    }
  }
  return out;
}
