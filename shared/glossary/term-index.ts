/**
 * The glossary index: builds the automaton once per glossary and finds term hits in text.
 *
 * Text is tokenised, each word reduced to its root (cached per index), and the root
 * sequence run through one Aho–Corasick automaton. Candidate hits pass the per-word guard
 * (term-pattern.ts), then overlaps resolve to the longest hit with shorter ones kept as
 * `nested` for the term panel.
 */
import type { StemResult, Stemmer } from '../language/id/stemmer';
import { createStemmer, sharedStemmer } from '../language/id/stemmer';
import type { Token } from '../language/id/tokenizer';
import { isJoiningGap, tokenize } from '../language/id/tokenizer';
import { TokenAutomaton } from './automaton';
import type { GlossaryEntry, TermHit } from './model';
import { isLive } from './model';
import type { TermPattern, WordGuard } from './term-pattern';
import { compileEntry, extraRootsFor, guardAccepts } from './term-pattern';

export interface GlossaryIndex {
  /** Live entries, in the order given. */
  readonly entries: readonly GlossaryEntry[];
  readonly byId: ReadonlyMap<string, GlossaryEntry>;
  readonly stemmer: Stemmer;
  /** @internal */ readonly patterns: readonly TermPattern[];
  /** @internal */ readonly automaton: TokenAutomaton;
  /** @internal */ readonly symbols: ReadonlyMap<string, number>;
  /** @internal Per-index cache: token as written → symbol (-1 unknown) and analysis. */
  readonly tokenCache: Map<string, { readonly sym: number; readonly analysis: StemResult }>;
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
  const stemmer = createStemmer(extraRootsFor(entries, sharedStemmer()));
  const patterns: TermPattern[] = [];
  entries.forEach((e, i) => patterns.push(...compileEntry(e, i, stemmer)));
  const symbols = new Map<string, number>();
  const automaton = new TokenAutomaton();
  patterns.forEach((p, id) => {
    const syms = p.roots.map((r) => {
      let s = symbols.get(r);
      if (s === undefined) {
        s = symbols.size;
        symbols.set(r, s);
      }
      return s;
    });
    automaton.add(syms, id);
  });
  automaton.build();
  return {
    entries,
    byId: new Map(entries.map((e) => [e.id, e])),
    stemmer,
    patterns,
    automaton,
    symbols,
    tokenCache: new Map(),
  };
}

function lookup(index: GlossaryIndex, written: string): { readonly sym: number; readonly analysis: StemResult } {
  let c = index.tokenCache.get(written);
  if (!c) {
    const analysis = index.stemmer.stem(written);
    c = { sym: index.symbols.get(analysis.root) ?? -1, analysis };
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
}

/** All glossary terms in `text`, in reading order; longest hits first where they overlap. */
export function findTermHits(index: GlossaryIndex, text: string): TermHit[] {
  const toks: Token[] = tokenize(text).filter((t) => t.kind !== 'punct');
  if (toks.length === 0) return [];
  const analyses: StemResult[] = new Array(toks.length);
  const candidates: Candidate[] = [];
  let state = 0;
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i] as Token;
    if (i > 0) {
      const prev = toks[i - 1] as Token;
      // Fast path for the common single space; otherwise only whitespace/hyphen joins words.
      if (!(tok.start === prev.end + 1 && text.charCodeAt(prev.end) === 32) && !isJoiningGap(text, prev.end, tok.start)) {
        state = 0;
      }
    }
    const { sym, analysis } = lookup(index, tok.text);
    analyses[i] = analysis;
    if (sym < 0) {
      state = 0;
      continue;
    }
    state = index.automaton.step(state, sym);
    index.automaton.emit(state, (patternId) => {
      const p = index.patterns[patternId] as TermPattern;
      const first = i - p.roots.length + 1;
      for (let k = 0; k < p.guards.length; k++) {
        const t = toks[first + k] as Token;
        if (!guardAccepts(p.guards[k] as WordGuard, t.text, analyses[first + k] as StemResult)) return;
      }
      candidates.push({ patternId, first, last: i, start: (toks[first] as Token).start });
    });
  }
  if (candidates.length === 0) return [];
  for (const c of candidates) extendOverSupportVerb(index, c, toks, analyses, text);
  return resolve(index, candidates, toks, text);
}

function extendOverSupportVerb(index: GlossaryIndex, c: Candidate, toks: Token[], analyses: StemResult[], text: string): void {
  if (c.first === 0) return;
  const entry = index.entries[(index.patterns[c.patternId] as TermPattern).entryIndex] as GlossaryEntry;
  if (entry.pos !== undefined && entry.pos !== 'noun') return;
  const prev = analyses[c.first - 1] as StemResult;
  const prevTok = toks[c.first - 1] as Token;
  const verbal = prev.prefixes.some((p) => p === 'di' || p === 'meN' || p === 'ter' || p === 'memper') || prev.suffix === 'kan' || prev.suffix === 'i';
  if (verbal && SUPPORT_VERB_ROOTS.has(prev.root) && isJoiningGap(text, prevTok.end, (toks[c.first] as Token).start)) {
    c.start = prevTok.start;
  }
}

function resolve(index: GlossaryIndex, candidates: Candidate[], toks: Token[], text: string): TermHit[] {
  // Longest first, then earliest; one hit per entry and span.
  const seen = new Set<string>();
  const sorted = candidates
    .map((c) => ({ c, end: (toks[c.last] as Token).end }))
    .sort((a, b) => b.end - b.c.start - (a.end - a.c.start) || a.c.start - b.c.start);
  const chosen: Array<{ start: number; end: number }> = [];
  const hits: TermHit[] = [];
  for (const { c, end } of sorted) {
    const p = index.patterns[c.patternId] as TermPattern;
    const entry = index.entries[p.entryIndex] as GlossaryEntry;
    const key = `${entry.id}:${c.start}:${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const nested = chosen.some((h) => h.start < end && c.start < h.end);
    if (!nested) chosen.push({ start: c.start, end });
    const stems: string[] = [];
    for (let k = c.first - (c.start < (toks[c.first] as Token).start ? 1 : 0); k <= c.last; k++) {
      stems.push(explainWord(index, (toks[k] as Token).text));
    }
    hits.push({ entryId: entry.id, start: c.start, end, text: text.slice(c.start, end), matchedForm: p.form, stems, nested });
  }
  return hits.sort((a, b) => a.start - b.start || Number(a.nested) - Number(b.nested) || b.end - a.end);
}

/** "melanggar → langgar"; a word that is its own root stays as written. */
export function explainWord(index: GlossaryIndex, written: string): string {
  const r = lookup(index, written).analysis;
  return r.root === written.toLowerCase() ? written : `${written} → ${r.root}`;
}
