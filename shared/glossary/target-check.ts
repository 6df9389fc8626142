/**
 * Checks the English target against the glossary hits found in the Indonesian source.
 *
 * For each hit: an approved English term must appear (matched on Porter stems, so
 * "sanctioned" satisfies "sanctions"); a forbidden term is an error; the Indonesian term
 * left as is ("Korut", case-sensitive "AS") is an error. Hits of one entry share the target's
 * occurrences in order, so two "kerja sama" in the source need two "cooperation"s.
 */
import { stemEnglish } from '../language/en/stemmer';
import type { Token } from '../language/id/tokenizer';
import { contentTokens, contentTokensOnce, isJoiningGap, tokenize } from '../language/id/tokenizer';
import type { GlossaryEntry, TargetSpan, TermCheck, TermHit } from './model';
import { approvedTargets } from './model';
import type { GlossaryIndex } from './term-index';

export interface TargetText {
  readonly text: string;
  readonly toks: readonly Token[];
}

interface Occurrence extends TargetSpan {
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
function occurrences(t: TargetText, term: string, literal: 'stem' | 'spelling' | 'exact'): Occurrence[] {
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
function firstSpelled(t: TargetText, word: string): number {
  const id = keyIds.get(word);
  if (id === undefined) return -1;
  const row = positioned(t).written;
  for (let i = 0; i < row.length; i++) if (row[i] === id) return i;
  return -1;
}

const overlaps = (a: TargetSpan, b: TargetSpan) => a.start < b.end && b.start < a.end;

interface Pools {
  approved: Occurrence[];
  forbidden: Occurrence[];
  untranslated: Occurrence[];
}

/** What the checks read of an entry, worked out once per entry rather than once per hit. */
interface EntryTargets {
  /** Approved (preferred, then admitted) English terms. */
  readonly approved: readonly string[];
  readonly forbidden: readonly string[];
  /** The entry's Indonesian forms, apart from those spelled like an approved term. */
  readonly forms: readonly string[];
  /** The approved terms, lower-cased. */
  readonly same: ReadonlySet<string>;
}

const targetsOfEntry = new WeakMap<GlossaryEntry, EntryTargets>();

function targetsOf(entry: GlossaryEntry): EntryTargets {
  let info = targetsOfEntry.get(entry);
  if (!info) {
    const approved = approvedTargets(entry);
    const same = new Set(approved.map((a) => a.toLowerCase()));
    info = {
      approved,
      forbidden: entry.targets.filter((x) => x.status === 'forbidden').map((x) => x.text),
      forms: [...new Set(entry.sourceTerms)].filter((f) => !same.has(f.toLowerCase())),
      same,
    };
    targetsOfEntry.set(entry, info);
  }
  return info;
}

const byStart = (a: Occurrence, b: Occurrence) => a.start - b.start;

function poolsFor(entry: GlossaryEntry, info: EntryTargets, hit: TermHit, t: TargetText): Pools {
  const forbidden: Occurrence[] = [];
  for (const x of info.forbidden) for (const o of occurrences(t, x, 'stem')) forbidden.push(o);
  const approved: Occurrence[] = [];
  for (const x of info.approved) {
    for (const o of occurrences(t, x, 'stem')) if (!forbidden.some((f) => overlaps(f, o))) approved.push(o);
  }
  // The Indonesian forms: the entry's own and the one written in this source.
  const untranslated: Occurrence[] = [];
  const literal = entry.caseSensitive ? 'exact' : 'spelling';
  const written = hit.text.slice(hit.text.length - hit.matchedForm.length);
  const lookFor = (f: string) => {
    for (const o of occurrences(t, f, literal)) if (!approved.some((a) => overlaps(a, o))) untranslated.push(o);
  };
  for (const f of info.forms) lookFor(f);
  if (!entry.sourceTerms.includes(written) && !info.same.has(written.toLowerCase())) lookFor(written);
  if (approved.length > 1) approved.sort(byStart);
  return {
    approved,
    forbidden: forbidden.length > 1 ? dedupe(forbidden.sort(byStart)) : forbidden,
    untranslated: untranslated.length > 1 ? dedupe(untranslated.sort(byStart)) : untranslated,
  };
}

function dedupe(list: Occurrence[]): Occurrence[] {
  return list.filter((o, i) => i === 0 || !overlaps(list[i - 1] as Occurrence, o));
}

const span = (o: Occurrence): TargetSpan => ({ start: o.start, end: o.end, text: o.text });

/** The joins between a term's words: a space, a hyphen (any dash of the hyphen family) or nothing. */
const joins = (text: string) => (text.match(/[\s\-\u2010\u2011]+/gu) ?? []).map((j) => (/\s/u.test(j) ? ' ' : '-')).join('');

/** isJoinVariant's answers per entry's approved terms: the same few spellings come back in every segment. */
const joinVariants = new WeakMap<readonly string[], Map<string, boolean>>();

/** True when `found` is an approved term written with other joins (hyphen for space or back). */
function isJoinVariant(found: string, approved: readonly string[]): boolean {
  // An approved term as written has its own joins.
  if (approved.includes(found)) return false;
  let known = joinVariants.get(approved);
  if (!known) joinVariants.set(approved, (known = new Map()));
  let answer = known.get(found);
  if (answer === undefined) {
    answer = joinVariantOf(found, approved);
    if (known.size < 64) known.set(found, answer);
  }
  return answer;
}

function joinVariantOf(found: string, approved: readonly string[]): boolean {
  // "Kim Jong-un’s visit": the possessive is not part of the term.
  const plain = (s: string) => s.replace(/['’]s$/u, '').replace(/[\s\-\u2010\u2011]+/gu, '').toLowerCase();
  const same = approved.filter((a) => plain(a) === plain(found));
  return same.length > 0 && !same.some((a) => joins(a) === joins(found.replace(/['’]s$/u, '')));
}

/** Each hit with the English to use, for a segment with no English yet (nothing to check). */
export function pendingChecks(index: GlossaryIndex, sourceHits: readonly TermHit[]): TermCheck[] {
  return sourceHits.flatMap((hit) => {
    const entry = index.byId.get(hit.entryId);
    return entry ? [{ kind: 'pending' as const, entryId: entry.id, hit, expected: targetsOf(entry).approved }] : [];
  });
}

/** Checks every source hit against the English target; results follow the hits' order. */
export function checkTarget(index: GlossaryIndex, sourceHits: readonly TermHit[], targetText: string, sourceText?: string): TermCheck[] {
  const t = prepareTarget(targetText);
  const pools = new Map<string, Pools>();
  const counts = new Map<string, number>();
  for (const h of sourceHits) counts.set(h.entryId, (counts.get(h.entryId) ?? 0) + 1);
  const out: TermCheck[] = [];
  for (const hit of sourceHits) {
    const entry = index.byId.get(hit.entryId);
    if (!entry) continue;
    const info = targetsOf(entry);
    let pool = pools.get(entry.id);
    if (!pool) {
      pool = poolsFor(entry, info, hit, t);
      pools.set(entry.id, pool);
    }
    const expected = info.approved;
    const entryId = entry.id;
    const errors: TermCheck[] = [];
    // The last hit of an entry takes every remaining error, so none goes unreported.
    const left = (counts.get(entryId) ?? 1) - 1;
    counts.set(entryId, left);
    const takeErrors = (list: Occurrence[]) => (list.length === 0 ? list : left === 0 ? list.splice(0) : list.splice(0, 1));
    for (const o of takeErrors(pool.forbidden)) errors.push({ entryId, hit, expected, kind: 'forbidden', span: span(o) });
    for (const o of takeErrors(pool.untranslated)) errors.push({ entryId, hit, expected, kind: 'untranslated', span: span(o) });
    const found = pool.approved.shift();
    if (found) {
      if (errors.length === 0) {
        out.push(isJoinVariant(found.text, expected) ? { entryId, hit, expected, kind: 'ok', span: span(found), variant: true } : { entryId, hit, expected, kind: 'ok', span: span(found) });
      }
    } else if (expected.length > 0 && errors.length === 0) {
      // With an error reported, "missing" would only repeat it; `expected` still says what to use.
      out.push({ entryId, hit, expected, kind: 'missing' });
    }
    for (const e of errors) out.push(e);
  }
  if (sourceText === undefined) return out;
  // The source's words, cut once per segment (not once per missing term) and only when needed.
  const words = () => contentTokens(sourceText);
  return out.map((c) => {
    if (c.kind !== 'missing') return c;
    const suspect = besideNeighbour(c.hit, out, t, sourceText) ?? guessRendering(words(), c.hit, t);
    return suspect ? { entryId: c.entryId, hit: c.hit, expected: c.expected, kind: c.kind, span: suspect, suspect: true } : c;
  });
}

/**
 * For a missing term next to a term that was found ("pabrik jet tempur" → "fighter jet
 * factory"): Indonesian puts the head first and English last, so the word after the
 * neighbour's rendering (or before it, when the neighbour came first) likely renders the hit.
 */
function besideNeighbour(hit: TermHit, checks: readonly TermCheck[], t: TargetText, source: string): TargetSpan | undefined {
  for (const c of checks) {
    const found = c.span;
    if (c.kind !== 'ok' || !found || c.hit.nested) continue;
    const follows = onlySpaceBetween(source, hit.end, c.hit.start);
    if (!follows && !onlySpaceBetween(source, c.hit.end, hit.start)) continue;
    const w = t.toks[follows ? firstFrom(t.toks, found.end) : lastEndingBy(t.toks, found.start)];
    if (!w || w.kind !== 'word' || STOP.has(w.text.toLowerCase())) continue;
    const joined = follows ? isJoiningGap(t.text, found.end, w.start) : isJoiningGap(t.text, w.end, found.start);
    if (joined) return { start: w.start, end: w.end, text: w.text };
  }
  return undefined;
}

/** True when `text` between `a` and `b` is white space, at least one character of it. */
function onlySpaceBetween(text: string, a: number, b: number): boolean {
  if (b <= a) return false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 128 || !/\s/.test(text[i] as string)) return false;
  }
  return true;
}

/** The last token ending at or before `offset` (-1: none). */
function lastEndingBy(toks: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((toks[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'to', 'in', 'on', 'for', 'by', 'with', 'at', 'from', 'as', 'is', 'was', 'its', 'his', 'her']);

/** The first token starting at or after `offset` (-1: none); tokens are in reading order. */
function firstFrom(toks: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((toks[mid] as Token).start >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo < toks.length ? lo : -1;
}

/**
 * For a missing term, the English word that most likely renders it.
 *
 * A name or number next to the hit in the source ("Pabrik Gagarin") usually survives into
 * the target ("Gagarin Factory"); the content word beside it there is the likely rendering.
 */
function guessRendering(src: readonly Token[], hit: TermHit, t: TargetText): TargetSpan | undefined {
  const inHit = firstFrom(src, hit.start);
  const lastInHit = firstFrom(src, hit.end);
  const after = lastInHit < 0 ? src.length : lastInHit;
  // The anchors in the order they are tried: the two words after the hit, then the two before.
  let count = 0;
  for (let i = after; i <= after + 1; i++) {
    const w = src[i];
    if (w && isAnchor(w)) {
      anchorWords[count] = w.text;
      anchorAfter[count++] = true;
    }
  }
  for (let i = inHit - 1; i >= inHit - 2 && i > 0; i--) {
    const w = src[i];
    if (w && isAnchor(w)) {
      anchorWords[count] = w.text;
      anchorAfter[count++] = false;
    }
  }
  for (let n = 0; n < count; n++) {
    const at = firstSpelled(t, anchorWords[n] as string);
    if (at < 0) continue;
    // English puts a name's head noun after it ("Gagarin Factory"), so look there first.
    const side = anchorAfter[n] ? 1 : -1;
    for (let j = at + side, tries = 0; tries < 2; j = at - side, tries++) {
      const c = t.toks[j];
      if (c && c.kind === 'word' && !STOP.has(c.text.toLowerCase()) && !isAnchorWord(c.text, count)) {
        return { start: c.start, end: c.end, text: c.text };
      }
    }
  }
  return undefined;
}

/** The anchors of the guess being made (at most four; guessRendering does not nest). */
const anchorWords: string[] = ['', '', '', ''];
const anchorAfter: boolean[] = [false, false, false, false];

function isAnchorWord(text: string, count: number): boolean {
  for (let n = 0; n < count; n++) if (anchorWords[n] === text) return true;
  return false;
}

/** A name or number: what usually survives translation as written. */
function isAnchor(w: Token): boolean {
  if (w.kind === 'number') return true;
  const c = w.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(w.text);
}
