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
  readonly stems: readonly string[];
  readonly lower: readonly string[];
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
function isDemonym(stem: string, key: string): boolean {
  return stem.length > key.length && stem.startsWith(key) && ['n', 'an', 'ian'].includes(stem.slice(key.length));
}

interface CompiledTerm {
  readonly ws: readonly string[];
  readonly keys: readonly string[];
  /** Per word: compared by exact spelling (an abbreviation under 'stem', every word under 'exact'). */
  readonly exact: readonly boolean[];
  /** Per word: capitalised, so a demonym of it counts ("Korea" → "Korean"). */
  readonly capital: readonly boolean[];
  /** The first word's key numbers, filled on first use (see startsOf). */
  first?: FirstWord;
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
 * integers per kind and a term's first word is looked for by comparing integers: a segment
 * with forty hits checks some eighty English terms against the same target.
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

interface TargetPositions {
  readonly epoch: number;
  stem?: Int32Array;
  lower?: Int32Array;
  text?: Int32Array;
  /** A token as written cut before each inner hyphen or apostrophe: "Korut’s" under "Korut". */
  prefix?: Map<string, number[]>;
}

/** A term's first word as key numbers: the key itself, then its demonyms when they count. */
interface FirstWord {
  readonly epoch: number;
  readonly ids: readonly number[];
}

/** A target with its key rows; `positions` is filled by prepareTarget or on first use. */
interface PositionedTarget extends TargetText {
  positions?: TargetPositions;
}


function idsOf(keys: readonly string[]): Int32Array {
  const ids = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) ids[i] = keyId(keys[i] as string);
  return ids;
}

function prefixesOf(toks: readonly Token[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (let i = 0; i < toks.length; i++) {
    const text = (toks[i] as Token).text;
    for (let c = 1; c < text.length; c++) {
      const ch = text.charCodeAt(c);
      if (ch !== 45 && ch !== 39 && ch !== 0x2019) continue;
      const key = text.slice(0, c);
      const list = map.get(key);
      if (list) list.push(i);
      else map.set(key, [i]);
    }
  }
  return map;
}

/** Token positions where the term's first word may stand, ascending. */
function startsOf(t: TargetText, term: CompiledTerm, literal: 'stem' | 'spelling' | 'exact'): number[] {
  const pt = t as PositionedTarget;
  let p = pt.positions;
  if (!p || p.epoch !== keyEpoch) pt.positions = p = { epoch: keyEpoch };
  let first = term.first;
  if (!first || first.epoch !== keyEpoch) {
    const key = term.keys[0] as string;
    const demonyms = !term.exact[0] && literal === 'stem' && term.capital[0] === true;
    first = { epoch: keyEpoch, ids: [key, ...(demonyms ? DEMONYM_ENDINGS.map((e) => key + e) : [])].map(keyId) };
    term.first = first;
  }
  const row = term.exact[0] ? (p.text ??= idsOf(t.toks.map((x) => x.text))) : literal === 'stem' ? (p.stem ??= idsOf(t.stems)) : (p.lower ??= idsOf(t.lower));
  const out: number[] = [];
  const ids = first.ids;
  const a = ids[0] as number;
  if (ids.length === 1) {
    for (let i = 0; i < row.length; i++) if (row[i] === a) out.push(i);
  } else {
    for (let i = 0; i < row.length; i++) if (ids.includes(row[i] as number)) out.push(i);
  }
  if (!term.exact[0] || literal !== 'exact') return out;
  const more = (p.prefix ??= prefixesOf(t.toks)).get(term.keys[0] as string);
  return more ? [...new Set([...out, ...more])].sort((x, y) => x - y) : out;
}

const DEMONYM_ENDINGS = ['n', 'an', 'ian'];

/** Where `term` occurs in the target: by stem, or by spelling when `literal`. */
export function findTermInTarget(t: TargetText, term: string, literal: 'stem' | 'spelling' | 'exact'): Occurrence[] {
  const compiled = compileTerm(term, literal);
  const { ws, keys, exact, capital } = compiled;
  if (ws.length === 0) return [];
  const starts = startsOf(t, compiled, literal);
  if (starts.length === 0) return [];
  const out: Occurrence[] = [];
  outer: for (const i of starts) {
    if (i + ws.length > t.toks.length) continue;
    for (let k = 0; k < ws.length; k++) {
      const tok = t.toks[i + k] as Token;
      const key = keys[k] as string;
      const ok = exact[k]
        ? tok.text === key || (literal === 'exact' && tok.text.startsWith(key) && /^[-’']/.test(tok.text.slice(key.length)))
        : literal === 'stem'
          ? t.stems[i + k] === key || (capital[k] === true && isDemonym(t.stems[i + k] as string, key))
          : (t.lower[i + k] as string) === key;
      if (!ok) continue outer;
      if (k > 0 && !isJoiningGap(t.text, (t.toks[i + k - 1] as Token).end, tok.start)) continue outer;
    }
    const start = (t.toks[i] as Token).start;
    const end = (t.toks[i + ws.length - 1] as Token).end;
    out.push({ start, end, text: t.text.slice(start, end), first: i, last: i + ws.length - 1 });
  }
  return out;
}

/** An English word as written, worked out once per run: its stem, lower case and key numbers. */
interface TargetWord {
  readonly stem: string;
  readonly lower: string;
  readonly stemId: number;
  readonly lowerId: number;
  readonly textId: number;
}

let targetWords = new Map<string, TargetWord>();

export function prepareTarget(text: string): TargetText {
  if (keyIds.size > 1_000_000) {
    keyIds = new Map();
    targetWords = new Map();
    keyEpoch++;
  }
  const toks = contentTokensOnce(text);
  const n = toks.length;
  const stems: string[] = new Array(n);
  const lower: string[] = new Array(n);
  const positions: TargetPositions = { epoch: keyEpoch, stem: new Int32Array(n), lower: new Int32Array(n), text: new Int32Array(n) };
  for (let i = 0; i < n; i++) {
    const tok = toks[i] as Token;
    let w = targetWords.get(tok.text);
    if (!w) {
      // A number's text is its own stem; letters and digits never spell the same token.
      const stem = tok.kind === 'word' ? stemEnglish(tok.text) : tok.text;
      const low = tok.text.toLowerCase();
      w = { stem, lower: low, stemId: keyId(stem), lowerId: keyId(low), textId: keyId(tok.text) };
      targetWords.set(tok.text, w);
    }
    stems[i] = w.stem;
    lower[i] = w.lower;
    (positions.stem as Int32Array)[i] = w.stemId;
    (positions.lower as Int32Array)[i] = w.lowerId;
    (positions.text as Int32Array)[i] = w.textId;
  }
  const t: PositionedTarget = { text, toks, stems, lower, positions };
  return t;
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
  for (const x of info.forbidden) for (const o of findTermInTarget(t, x, 'stem')) forbidden.push(o);
  const approved: Occurrence[] = [];
  for (const x of info.approved) {
    for (const o of findTermInTarget(t, x, 'stem')) if (!forbidden.some((f) => overlaps(f, o))) approved.push(o);
  }
  // The Indonesian forms: the entry's own and the one written in this source.
  const untranslated: Occurrence[] = [];
  const literal = entry.caseSensitive ? 'exact' : 'spelling';
  const written = hit.text.slice(hit.text.length - hit.matchedForm.length);
  const lookFor = (f: string) => {
    for (const o of findTermInTarget(t, f, literal)) if (!approved.some((a) => overlaps(a, o))) untranslated.push(o);
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

/** True when `found` is an approved term written with other joins (hyphen for space or back). */
function isJoinVariant(found: string, approved: readonly string[]): boolean {
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
  const spaceBetween = (a: number, b: number) => b > a && /^\s+$/.test(source.slice(a, b));
  for (const c of checks) {
    const found = c.span;
    if (c.kind !== 'ok' || !found || c.hit.nested) continue;
    const follows = spaceBetween(hit.end, c.hit.start);
    if (!follows && !spaceBetween(c.hit.end, hit.start)) continue;
    const j = follows ? t.toks.findIndex((x) => x.start >= found.end) : t.toks.findLastIndex((x) => x.end <= found.start);
    const w = t.toks[j];
    if (!w || w.kind !== 'word' || STOP.has(w.text.toLowerCase())) continue;
    const joined = follows ? isJoiningGap(t.text, found.end, w.start) : isJoiningGap(t.text, w.end, found.start);
    if (joined) return { start: w.start, end: w.end, text: w.text };
  }
  return undefined;
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
  const anchors: Array<{ word: string; side: 'before' | 'after' }> = [];
  for (const i of [after, after + 1]) {
    const w = src[i];
    if (w && (/^\p{Lu}/u.test(w.text) || w.kind === 'number')) anchors.push({ word: w.text, side: 'after' });
  }
  for (const i of [inHit - 1, inHit - 2]) {
    const w = src[i];
    if (w && i > 0 && (/^\p{Lu}/u.test(w.text) || w.kind === 'number')) anchors.push({ word: w.text, side: 'before' });
  }
  const anchorWords = new Set(anchors.map((a) => a.word));
  for (const a of anchors) {
    const at = t.toks.findIndex((x) => x.text === a.word);
    if (at < 0) continue;
    // English puts a name's head noun after it ("Gagarin Factory"), so look there first.
    const order = a.side === 'after' ? [at + 1, at - 1] : [at - 1, at + 1];
    for (const j of order) {
      const c = t.toks[j];
      if (c && c.kind === 'word' && !STOP.has(c.text.toLowerCase()) && !anchorWords.has(c.text)) {
        return { start: c.start, end: c.end, text: c.text };
      }
    }
  }
  return undefined;
}
