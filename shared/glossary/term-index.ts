/**
 * The glossary index: builds the automaton once per glossary and finds term hits in text.
 *
 * Text is tokenised, each word reduced to its root (cached per index), and the root
 * sequence run through one Aho–Corasick automaton. Candidate hits pass the per-word guard
 * (term-pattern.ts), then overlaps resolve to the longest hit with shorter ones kept as
 * `nested` for the term panel.
 */
import type { Stemmer } from '../language/id/stemmer';
import { createStemmer, sharedStemmer } from '../language/id/stemmer';
import type { Token } from '../language/id/tokenizer';
import { contentTokens, isJoiningGap } from '../language/id/tokenizer';
import { TokenAutomaton } from './automaton';
import type { GlossaryEntry, TermHit, TermMatchKind } from './model';
import { isLive } from './model';
import type { TermPattern, WordForm, WordGuard } from './term-pattern';
import { compileEntry, describeForm, extraRootsFor, guardKind, widerKind } from './term-pattern';

export interface GlossaryIndex {
  /** Live entries, in the order given. */
  readonly entries: readonly GlossaryEntry[];
  readonly byId: ReadonlyMap<string, GlossaryEntry>;
  readonly stemmer: Stemmer;
  /** Roots the index added to the dictionary (unknown entry words, closed compounds). */
  readonly extraRoots: readonly string[];
  /** @internal */ readonly patterns: readonly TermPattern[];
  /** @internal */ readonly automaton: TokenAutomaton;
  /** @internal */ readonly symbols: ReadonlyMap<string, number>;
  /** @internal Per-index cache: token as written → symbol (-1 unknown), analysis, explanation. */
  readonly tokenCache: Map<string, WordForm & { readonly sym: number; readonly explained: string }>;
}

/**
 * Verbs that carry a noun term the way "dikenai sanksi" carries "sanksi" ("was sanctioned").
 * The hit grows to cover them so the reviewer sees what the English verb stands for. A short
 * closed list: general verbs (beri, dapat) would swallow too much.
 */
const SUPPORT_VERB_ROOTS = new Set(['kena', 'jatuh', 'laku', 'berlaku', 'terap']);

/** Builds the index for a glossary; tombstones are skipped. */
export function buildGlossaryIndex(all: readonly GlossaryEntry[]): GlossaryIndex {
  const entries = all.filter(isLive);
  const memo = new Map<string, string[]>();
  const extraRoots = extraRootsFor(entries, sharedStemmer(), memo);
  const stemmer = createStemmer(extraRoots);
  const patterns: TermPattern[] = [];
  entries.forEach((e, i) => {
    for (const p of compileEntry(e, i, stemmer, memo)) patterns.push(p);
  });
  return assembleIndex(entries, stemmer, [...extraRoots], patterns);
}

/** The index from already compiled patterns (see compiled-index.ts). */
export function assembleIndex(
  entries: readonly GlossaryEntry[],
  stemmer: Stemmer,
  extraRoots: readonly string[],
  patterns: readonly TermPattern[],
): GlossaryIndex {
  const symbols = new Map<string, number>();
  const automaton = new TokenAutomaton();
  const syms: number[] = [];
  patterns.forEach((p, id) => {
    syms.length = 0;
    for (const r of p.roots) {
      let s = symbols.get(r);
      if (s === undefined) {
        s = symbols.size;
        symbols.set(r, s);
      }
      syms.push(s);
    }
    automaton.add(syms, id);
  });
  automaton.build();
  return {
    entries,
    byId: new Map(entries.map((e) => [e.id, e])),
    stemmer,
    extraRoots,
    patterns,
    automaton,
    symbols,
    tokenCache: new Map(),
  };
}

interface CachedWord extends WordForm {
  readonly sym: number;
  /** "melanggar → langgar", or the word as written when it is its own root. */
  readonly explained: string;
}

function lookup(index: GlossaryIndex, written: string): CachedWord {
  let c = index.tokenCache.get(written);
  if (!c) {
    const analysis = index.stemmer.stem(written);
    const form = describeForm(written, analysis);
    c = {
      written,
      analysis,
      derivation: form.derivation,
      nominal: form.nominal,
      fold: form.fold,
      sym: index.symbols.get(analysis.root) ?? -1,
      explained: analysis.root === form.fold ? written : `${written} → ${analysis.root}`,
    };
    // Bound the cache: a long session of typing must not grow it forever.
    if (index.tokenCache.size > 500_000) index.tokenCache.clear();
    index.tokenCache.set(written, c);
  }
  return c;
}

interface Candidate {
  readonly patternId: number;
  readonly first: number;
  readonly last: number;
  start: number;
  readonly end: number;
  readonly kind: TermMatchKind;
}

const KIND_ORDER: Readonly<Record<TermMatchKind, number>> = { exact: 0, inflected: 1, derived: 2 };

/** All glossary terms in `text`, in reading order; longest hits first where they overlap. */
export function findTermHits(index: GlossaryIndex, text: string): TermHit[] {
  const toks = contentTokens(text);
  if (toks.length === 0) return [];
  const forms: CachedWord[] = new Array(toks.length);
  const candidates: Candidate[] = [];
  const { automaton, patterns } = index;
  let i = 0;
  const found = (patternId: number) => {
    const p = patterns[patternId] as TermPattern;
    const first = i - p.roots.length + 1;
    let kind: TermMatchKind = 'exact';
    for (let k = 0; k < p.guards.length; k++) {
      const wk = guardKind(p.guards[k] as WordGuard, forms[first + k] as CachedWord);
      if (wk === null) return;
      kind = widerKind(kind, wk);
    }
    candidates.push({ patternId, first, last: i, start: (toks[first] as Token).start, end: (toks[i] as Token).end, kind });
  };
  let state = 0;
  for (; i < toks.length; i++) {
    const tok = toks[i] as Token;
    if (i > 0) {
      const prev = toks[i - 1] as Token;
      // Fast path for the common single space; otherwise only whitespace/hyphen joins words.
      if (!(tok.start === prev.end + 1 && text.charCodeAt(prev.end) === 32) && !isJoiningGap(text, prev.end, tok.start)) {
        state = 0;
      }
    }
    const form = lookup(index, tok.text);
    forms[i] = form;
    if (form.sym < 0) {
      state = 0;
      continue;
    }
    state = automaton.step(state, form.sym);
    if (automaton.hasOutput(state)) automaton.emit(state, found);
  }
  if (candidates.length === 0) return [];
  for (const c of candidates) extendOverSupportVerb(index, c, toks, forms, text);
  return resolve(index, candidates, toks, forms, text);
}

function extendOverSupportVerb(index: GlossaryIndex, c: Candidate, toks: readonly Token[], forms: CachedWord[], text: string): void {
  if (c.first === 0) return;
  const prev = (forms[c.first - 1] as CachedWord).analysis;
  if (!SUPPORT_VERB_ROOTS.has(prev.root)) return;
  const entry = index.entries[(index.patterns[c.patternId] as TermPattern).entryIndex] as GlossaryEntry;
  if (entry.pos !== undefined && entry.pos !== 'noun') return;
  const prevTok = toks[c.first - 1] as Token;
  const verbal = prev.prefixes.some((p) => p === 'di' || p === 'meN' || p === 'ter' || p === 'memper') || prev.suffix === 'kan' || prev.suffix === 'i';
  if (verbal && isJoiningGap(text, prevTok.end, (toks[c.first] as Token).start)) {
    c.start = prevTok.start;
  }
}

function resolve(index: GlossaryIndex, candidates: Candidate[], toks: readonly Token[], forms: CachedWord[], text: string): TermHit[] {
  // Longest first, then earliest; one hit per entry and span.
  // Where one entry matches a span through several of its forms, the closest kind wins.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  const seen = new Set<number>();
  const chosenStart: number[] = [];
  const chosenEnd: number[] = [];
  const hits: TermHit[] = [];
  for (const c of candidates) {
    const p = index.patterns[c.patternId] as TermPattern;
    const key = (p.entryIndex * 65536 + (c.first & 0xffff)) * 65536 + (c.last & 0xffff) + (c.start < (toks[c.first] as Token).start ? 0.5 : 0);
    if (seen.has(key)) continue;
    seen.add(key);
    let nested = false;
    for (let k = 0; k < chosenStart.length && !nested; k++) nested = (chosenStart[k] as number) < c.end && c.start < (chosenEnd[k] as number);
    if (!nested) {
      chosenStart.push(c.start);
      chosenEnd.push(c.end);
    }
    const from = c.start < (toks[c.first] as Token).start ? c.first - 1 : c.first;
    const stems: string[] = [];
    for (let k = from; k <= c.last; k++) stems.push((forms[k] as CachedWord).explained);
    const entry = index.entries[p.entryIndex] as GlossaryEntry;
    hits.push({ entryId: entry.id, start: c.start, end: c.end, text: text.slice(c.start, c.end), matchedForm: p.form, stems, nested, kind: c.kind });
  }
  return hits.sort((a, b) => a.start - b.start || Number(a.nested) - Number(b.nested) || b.end - a.end);
}

/** "melanggar → langgar"; a word that is its own root stays as written. */
export function explainWord(index: GlossaryIndex, written: string): string {
  return lookup(index, written).explained;
}

/** True when two revisions of an entry match source text identically (only targets, notes, dates differ). */
export function sameMatchingInputs(a: GlossaryEntry, b: GlossaryEntry): boolean {
  return (
    a.id === b.id &&
    a.caseSensitive === b.caseSensitive &&
    a.morphology === b.morphology &&
    a.pos === b.pos &&
    a.sourceTerms.length === b.sourceTerms.length &&
    a.sourceTerms.every((t, i) => t === b.sourceTerms[i])
  );
}

/**
 * The index for an edited glossary: when no edit touched what matching reads (source forms,
 * case, morphology, part of speech, order), the automaton and caches are kept and only the
 * entries are swapped, so editing an English term or a note re-checks without a rebuild.
 */
export function updateGlossaryIndex(previous: GlossaryIndex, all: readonly GlossaryEntry[]): GlossaryIndex {
  const entries = all.filter(isLive);
  const same =
    entries.length === previous.entries.length &&
    entries.every((e, i) => e === previous.entries[i] || sameMatchingInputs(e, previous.entries[i] as GlossaryEntry));
  if (!same) return buildGlossaryIndex(all);
  return { ...previous, entries, byId: new Map(entries.map((e) => [e.id, e])) };
}
