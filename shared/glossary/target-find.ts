/**
 * Where an English term occurs in a target: each token numbered by its stem, its lower case
 * and its spelling once per run, so a term is looked for by comparing integers, and a term's
 * first word is found through a per-target chain of equal numbers instead of a scan.
 */
import { stemEnglish } from '../language/en/stemmer';
import type { Token } from '../language/id/tokenizer';
import { contentTokensOnce, isJoiningGap, tokenize } from '../language/id/tokenizer';
import type { TargetSpan } from './model';

export interface TargetText {
  readonly text: string;
  readonly toks: readonly Token[];
}

export interface Occurrence extends TargetSpan {
  readonly first: number;
  readonly last: number;
}

/** A term word is compared by exact spelling when it is an abbreviation ("US", "UN"). */
function isAbbreviation(word: string): boolean {
  return word.length >= 2 && /^[\p{Lu}\d]+$/u.test(word);
}

/** "South Korean officials" renders "Korea Selatan" too: Korea → Korean, Russia → Russian. */
const DEMONYM_ENDINGS = ['n', 'an', 'ian'];

/** Which row of a target a term word is compared with. */
const ROW_STEM = 0;
const ROW_LOWER = 1;
const ROW_TEXT = 2;

interface CompiledTerm {
  readonly ws: readonly string[];
  readonly keys: readonly string[];
  /** Per word: compared by exact spelling (an abbreviation under 'stem', every word under 'exact'). */
  readonly exact: readonly boolean[];
  /** Per word: capitalised, so a demonym of it counts ("Korea" → "Korean"). */
  readonly capital: readonly boolean[];
  /** The words' key numbers, filled on first use (see idsOfTerm). */
  ids?: TermIds;
}

/**
 * A term's words as key numbers: per word the row it is read from and the numbers that count
 * there (the key, then its demonyms when they count), flat: word k's numbers are
 * `ids[from[k]] .. ids[from[k + 1] - 1]`.
 */
interface TermIds {
  readonly epoch: number;
  readonly row: Int8Array;
  readonly from: Int32Array;
  readonly ids: Int32Array;
}

/** Terms cut and stemmed once per run: the same glossary targets are looked for in every segment. */
const compiledTerms = { stem: new Map<string, CompiledTerm>(), spelling: new Map<string, CompiledTerm>(), exact: new Map<string, CompiledTerm>() };

function compileTerm(term: string, literal: 'stem' | 'spelling' | 'exact'): CompiledTerm {
  const cache = compiledTerms[literal];
  const cached = cache.get(term);
  if (cached) return cached;
  const ws = tokenize(term).filter((x) => x.kind !== 'punct').map((x) => x.text);
  const compiled: CompiledTerm = {
    ws,
    keys: ws.map((w) => (literal === 'stem' ? (isAbbreviation(w) ? w : stemEnglish(w)) : literal === 'exact' ? w : w.toLowerCase())),
    exact: ws.map((w) => literal === 'exact' || (literal === 'stem' && isAbbreviation(w))),
    capital: ws.map((w) => /^\p{Lu}/u.test(w)),
  };
  if (cache.size > 200_000) cache.clear();
  cache.set(term, compiled);
  return compiled;
}

/**
 * Every key (stem, lower-cased or written word) numbered once per run, so a target is a row of
 * integers per kind and a term is looked for by comparing integers: a segment with forty hits
 * checks some eighty English terms against the same target.
 */
let keyIds = new Map<string, number>();
/** Bumped when the numbering starts over (bounded for a long session); older rows are recut. */
let keyEpoch = 0;

function keyId(key: string): number {
  let id = keyIds.get(key);
  if (id === undefined) {
    id = keyIds.size;
    keyIds.set(key, id);
  }
  return id;
}

function idsOfTerm(term: CompiledTerm, literal: 'stem' | 'spelling' | 'exact'): TermIds {
  let ids = term.ids;
  if (ids && ids.epoch === keyEpoch) return ids;
  const n = term.keys.length;
  const row = new Int8Array(n);
  const from = new Int32Array(n + 1);
  const list: number[] = [];
  for (let k = 0; k < n; k++) {
    const key = term.keys[k] as string;
    from[k] = list.length;
    row[k] = term.exact[k] ? ROW_TEXT : literal === 'stem' ? ROW_STEM : ROW_LOWER;
    list.push(keyId(key));
    if (!term.exact[k] && literal === 'stem' && term.capital[k] === true) for (const e of DEMONYM_ENDINGS) list.push(keyId(key + e));
  }
  from[n] = list.length;
  ids = { epoch: keyEpoch, row, from, ids: Int32Array.from(list) };
  term.ids = ids;
  return ids;
}

/** A target with its key rows (stems, lower case, as written), one number per token. */
interface PositionedTarget extends TargetText {
  epoch: number;
  stem: Int32Array;
  lower: Int32Array;
  written: Int32Array;
  /** The three rows by ROW_STEM, ROW_LOWER, ROW_TEXT. */
  rows: readonly Int32Array[];
  /** Per row, filled on first use: the next token with the same number (see chainOf). */
  next: Array<Int32Array | undefined>;
}

/** True when `word` is `key` followed by a hyphen or apostrophe and more: "Korut’s" for "Korut". */
function startsWithCut(word: string, key: string): boolean {
  if (word.length <= key.length || !word.startsWith(key)) return false;
  const ch = word.charCodeAt(key.length);
  return ch === 45 || ch === 39 || ch === 0x2019;
}

/** Where `term` occurs in the target: by stem, or by spelling when `literal`. */
export function findTermInTarget(t: TargetText, term: string, literal: 'stem' | 'spelling' | 'exact'): Occurrence[] {
  const found = occurrences(t, term, literal);
  return found === NONE ? [] : found;
}

/** `findTermInTarget`, answering NONE (shared, never written to) when the term is not there. */
export function occurrences(t: TargetText, term: string, literal: 'stem' | 'spelling' | 'exact'): Occurrence[] {
  const compiled = compileTerm(term, literal);
  const n = compiled.ws.length;
  if (n === 0) return NONE;
  const pt = positioned(t);
  const { row, from, ids } = idsOfTerm(compiled, literal);
  const rows = pt.rows;
  const toks = t.toks;
  const prefix = literal === 'exact';
  const last = toks.length - n;
  let out: Occurrence[] = NONE;
  // A first word with one number and no cut spelling: only the tokens that carry that number.
  const chained = !prefix && (from[1] as number) === 1;
  const r0 = row[0] as number;
  const next = chained ? chainOf(pt, r0) : undefined;
  let i = chained ? firstWith(r0, ids[0] as number) : 0;
  outer: for (; i >= 0 && i <= last; i = next ? (next[i] as number) : i + 1) {
    for (let k = chained ? 1 : 0; k < n; k++) {
      const v = (rows[row[k] as number] as Int32Array)[i + k] as number;
      let x = from[k] as number;
      const y = from[k + 1] as number;
      let ok = v === ids[x];
      while (!ok && ++x < y) ok = v === ids[x];
      if (!ok && prefix) ok = startsWithCut((toks[i + k] as Token).text, compiled.keys[k] as string);
      if (!ok) continue outer;
      if (k > 0 && !isJoiningGap(t.text, (toks[i + k - 1] as Token).end, (toks[i + k] as Token).start)) continue outer;
    }
    const start = (toks[i] as Token).start;
    const end = (toks[i + n - 1] as Token).end;
    if (out === NONE) out = [];
    out.push({ start, end, text: t.text.slice(start, end), first: i, last: i + n - 1 });
  }
  return out;
}

/**
 * Where each key number first stands in the target last chained, per row: `headOf[row][id]`,
 * valid where `stampOf[row][id]` is that chaining's stamp. Kept across targets (no table per
 * target), so a target asks for a term's first word without looking at every token.
 */
const headOf = [new Int32Array(1024), new Int32Array(1024), new Int32Array(1024)];
const stampOf = [new Int32Array(1024), new Int32Array(1024), new Int32Array(1024)];
const chainedStamp = [0, 0, 0];
const chainedTarget: Array<PositionedTarget | undefined> = [undefined, undefined, undefined];
let stamps = 0;

/** The next token with the same number, per token of `pt`'s row `r` (-1: none); heads set for `pt`. */
function chainOf(pt: PositionedTarget, r: number): Int32Array {
  let next = pt.next[r];
  if (next && chainedTarget[r] === pt) return next;
  if ((stampOf[r] as Int32Array).length < keyIds.size) {
    const size = Math.max(keyIds.size, 2 * (stampOf[r] as Int32Array).length);
    headOf[r] = new Int32Array(size);
    stampOf[r] = new Int32Array(size);
  }
  const row = pt.rows[r] as Int32Array;
  const head = headOf[r] as Int32Array;
  const stamp = stampOf[r] as Int32Array;
  const mark = ++stamps;
  next ??= new Int32Array(row.length);
  for (let i = row.length - 1; i >= 0; i--) {
    const id = row[i] as number;
    next[i] = stamp[id] === mark ? (head[id] as number) : -1;
    stamp[id] = mark;
    head[id] = i;
  }
  pt.next[r] = next;
  chainedStamp[r] = mark;
  chainedTarget[r] = pt;
  return next;
}

/** The first token of the target last chained on row `r` that carries `id` (-1: none). */
function firstWith(r: number, id: number): number {
  const stamp = stampOf[r] as Int32Array;
  return id < stamp.length && stamp[id] === chainedStamp[r] ? ((headOf[r] as Int32Array)[id] as number) : -1;
}

/** The shared empty result of `occurrences`. */
const NONE: Occurrence[] = [];

/** An English word as written, worked out once per run: its key numbers. */
interface TargetWord {
  readonly stemId: number;
  readonly lowerId: number;
  readonly textId: number;
}

let targetWords = new Map<string, TargetWord>();

function positioned(t: TargetText): PositionedTarget {
  const pt = t as PositionedTarget;
  if (pt.epoch === keyEpoch && pt.stem) return pt;
  const n = t.toks.length;
  pt.stem = new Int32Array(n);
  pt.lower = new Int32Array(n);
  pt.written = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const tok = t.toks[i] as Token;
    let w = targetWords.get(tok.text);
    if (!w) {
      // A number's text is its own stem; letters and digits never spell the same token.
      const stem = tok.kind === 'word' ? stemEnglish(tok.text) : tok.text;
      w = { stemId: keyId(stem), lowerId: keyId(tok.text.toLowerCase()), textId: keyId(tok.text) };
      targetWords.set(tok.text, w);
    }
    pt.stem[i] = w.stemId;
    pt.lower[i] = w.lowerId;
    pt.written[i] = w.textId;
  }
  pt.rows = [pt.stem, pt.lower, pt.written];
  pt.next = [undefined, undefined, undefined];
  pt.epoch = keyEpoch;
  return pt;
}

export function prepareTarget(text: string): TargetText {
  if (keyIds.size > 1_000_000) {
    keyIds = new Map();
    targetWords = new Map();
    keyEpoch++;
  }
  return positioned({ text, toks: contentTokensOnce(text) });
}

/** The first token spelled `word` (-1: none). */
export function firstSpelled(t: TargetText, word: string): number {
  const id = keyIds.get(word);
  if (id === undefined) return -1;
  const row = positioned(t).written;
  for (let i = 0; i < row.length; i++) if (row[i] === id) return i;
  return -1;
}
