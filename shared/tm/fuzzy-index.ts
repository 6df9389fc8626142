/**
 * The fuzzy-match index: finds the TM sources closest to a text without scoring every unit.
 *
 * Each unit's tokens are stored as key ids in one shared Int32Array (a million small arrays
 * would cost more in headers than in data), and every word or number key has a posting list.
 * A unit scoring at least T% can miss at most `(1 - T) · W / T` of the query's distinct word
 * keys (each missing one costs a whole word, W the query's weight), so it must contain one of
 * the rarest `that + 1` of them: only those short posting lists are read (prefix filtering).
 * Candidates then pass a length filter and an upper bound from the keys they share, get the
 * key-level distance (a lower bound of the real one: case and number changes cost nothing
 * there), and only the best of those are scored exactly (score.ts). Up to `maxCandidates`
 * units get the key-level distance and `maxExact` the exact score per lookup, which bounds the
 * time when thousands of near-duplicates tie (the result is then exact up to ties).
 */
import type { TmToken } from './tokens';
import { isFilterKind, tmTokens, tokenWeight } from './tokens';
import { scoreTokens } from './score';

export interface FuzzyHit {
  /** The unit's number in the index (the order it was added, from 0). */
  readonly doc: number;
  readonly score: number;
}

export interface FuzzySearchOptions {
  /** Lowest match percentage returned; default 70. */
  readonly minScore?: number;
  /** Most hits returned; default 5. */
  readonly limit?: number;
  /** Most candidates verified with the key-level distance; default 5,000. */
  readonly maxCandidates?: number;
  /** Most candidates scored exactly; default 200. */
  readonly maxExact?: number;
}

const KIND_PUNCT = 1;
const KIND_OTHER = 0;

class IntBuffer {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

export class FuzzyIndex {
  private readonly vocab = new Map<string, number>();
  /** Per key id: twice the token weight, and whether it is punctuation. */
  private readonly keyWeight2: number[] = [];
  private readonly keyPunct: number[] = [];
  private readonly postings: number[][] = [];
  private readonly lastDoc: number[] = [];
  private readonly pool = new IntBuffer(1 << 16);
  private readonly starts = new IntBuffer(1 << 12);
  private readonly weight2 = new IntBuffer(1 << 12);
  private counter = new Uint16Array(0);
  /** What the last lookup did, for the benchmark: postings read, candidates, exact scores. */
  lastStats = { postings: 0, candidates: 0, verified: 0, exact: 0 };

  /** `sourceOf(doc)` gives back the text added as `doc`, for the exact scoring of the best few. */
  constructor(private readonly sourceOf: (doc: number) => string) {
    this.starts.push(0);
  }

  get size(): number {
    return this.weight2.length;
  }

  /** Adds a unit's source; returns its doc number. */
  add(source: string): number {
    const doc = this.weight2.length;
    let w2 = 0;
    for (const t of tmTokens(source)) {
      let id = this.vocab.get(t.key);
      if (id === undefined) {
        id = this.vocab.size;
        this.vocab.set(t.key, id);
        this.keyWeight2.push(tokenWeight(t.kind) * 2);
        this.keyPunct.push(t.kind === 'punct' ? KIND_PUNCT : KIND_OTHER);
        this.postings.push([]);
        this.lastDoc.push(-1);
      }
      this.pool.push(id);
      w2 += tokenWeight(t.kind) * 2;
      if (isFilterKind(t.kind) && this.lastDoc[id] !== doc) {
        this.lastDoc[id] = doc;
        (this.postings[id] as number[]).push(doc);
      }
    }
    this.starts.push(this.pool.length);
    this.weight2.push(w2);
    return doc;
  }

  /** The best matches for `text`, highest score first (ties: earlier unit first). */
  search(text: string, options: FuzzySearchOptions = {}): FuzzyHit[] {
    const minScore = options.minScore ?? 70;
    const limit = options.limit ?? 5;
    const maxCandidates = options.maxCandidates ?? 5_000;
    const maxExact = options.maxExact ?? 200;
    const tokens = tmTokens(text);
    if (tokens.length === 0 || this.size === 0) return [];
    const t = Math.max(minScore, 1) / 100;
    const q = this.queryKeys(tokens);
    const wq = q.weight2 / 2;
    const budget = Math.floor(((1 - t) * wq) / t + 1e-9) - q.unknownFilter;
    if (budget < 0) return [];
    const rare = [...q.filterIds].sort((a, b) => (this.postings[a] as number[]).length - (this.postings[b] as number[]).length);
    const prefix = rare.slice(0, Math.min(rare.length, budget + 1));
    if (this.counter.length < this.size) this.counter = new Uint16Array(Math.max(this.size, this.counter.length * 2));
    const counter = this.counter;
    const touched: number[] = [];
    let postings = 0;
    for (const id of prefix) {
      postings += (this.postings[id] as number[]).length;
      for (const doc of this.postings[id] as number[]) if ((counter[doc] = (counter[doc] as number) + 1) === 1) touched.push(doc);
    }
    // Candidates that pass the length filter and whose bound reaches the threshold, by shared keys.
    const minW = t * wq;
    const maxW = wq / t;
    const buckets: number[][] = [];
    for (const doc of touched) {
      const c = counter[doc] as number;
      counter[doc] = 0;
      const wc = (this.weight2.data[doc] as number) / 2;
      if (wc < minW - 1e-9 || wc > maxW + 1e-9) continue;
      const missing = prefix.length - c + q.unknownFilter;
      if (100 * (1 - missing / Math.max(wq, wc)) < minScore - 1e-9) continue;
      (buckets[c] ??= []).push(doc);
    }
    // Most shared keys first: good matches come early and raise the bar (the k-th best exact
    // score) that the bound and the key-level distance must reach, so most candidates are
    // dropped without any distance computed.
    const best: FuzzyHit[] = [];
    let verified = 0;
    let exact = 0;
    const kth = () => (best.length >= limit ? (best[limit - 1] as FuzzyHit).score : minScore);
    scan: for (let c = buckets.length - 1; c >= 1; c--) {
      const missing = prefix.length - c + q.unknownFilter;
      // The best this bucket can do, whatever a unit's length.
      if (100 * (1 - (missing * t) / wq) < kth() - 1e-9) break;
      for (const doc of buckets[c] ?? []) {
        const bar = kth();
        const wc = (this.weight2.data[doc] as number) / 2;
        const maxW = Math.max(wq, wc);
        if (100 * (1 - missing / maxW) < bar - 1e-9) continue;
        if (verified++ >= maxCandidates) break scan;
        const coarse = Math.floor(100 * (1 - this.keyDistance(q, doc, (1 - bar / 100) * maxW + 1e-6) / maxW) + 1e-9);
        if (coarse < bar) continue;
        // Near-duplicates can tie by the hundred; past this many the order among equals is what it is.
        if (exact++ >= maxExact) break scan;
        const source = this.sourceOf(doc);
        const score = scoreTokens(tmTokens(source), tokens, source, text);
        if (score < bar) continue;
        best.push({ doc, score });
        best.sort((a, b) => b.score - a.score || a.doc - b.doc);
        if (best.length > limit) best.pop();
      }
    }
    this.lastStats = { postings, candidates: touched.length, verified, exact };
    return best;
  }

  /** Doc numbers of units whose source holds a word for which `matches(key)` is true. */
  docsWithKey(matches: (key: string) => boolean): Set<number> {
    const docs = new Set<number>();
    for (const [key, id] of this.vocab) if (matches(key)) for (const d of this.postings[id] as number[]) docs.add(d);
    return docs;
  }

  private queryKeys(tokens: readonly TmToken[]) {
    const ids = new Int32Array(tokens.length);
    const w2 = new Int32Array(tokens.length);
    const punct = new Uint8Array(tokens.length);
    const filterIds = new Set<number>();
    const unknown = new Set<string>();
    let weight2 = 0;
    tokens.forEach((tok, i) => {
      const id = this.vocab.get(tok.key);
      // An unknown key gets an id no unit has (negative), so it never counts as equal.
      ids[i] = id ?? -1 - i;
      w2[i] = tokenWeight(tok.kind) * 2;
      punct[i] = tok.kind === 'punct' ? KIND_PUNCT : KIND_OTHER;
      weight2 += w2[i] as number;
      if (isFilterKind(tok.kind)) {
        if (id === undefined) unknown.add(tok.key);
        else filterIds.add(id);
      }
    });
    return { ids, w2, punct, filterIds, unknownFilter: unknown.size, weight2 };
  }

  private row0 = new Float64Array(64);
  private row1 = new Float64Array(64);

  /** The edit distance on keys between the query and a unit (a lower bound of score.ts's). */
  private keyDistance(q: { ids: Int32Array; w2: Int32Array; punct: Uint8Array }, doc: number, cutoff: number): number {
    // Every path crosses each row, so once a whole row costs more than the cutoff the unit is out.
    const cutoff2 = cutoff * 2;
    const start = this.starts.data[doc] as number;
    const end = this.starts.data[doc + 1] as number;
    const n = end - start;
    if (this.row0.length <= n) {
      this.row0 = new Float64Array(n * 2 + 1);
      this.row1 = new Float64Array(n * 2 + 1);
    }
    let prev = this.row0;
    let cur = this.row1;
    const pool = this.pool.data;
    prev[0] = 0;
    for (let j = 1; j <= n; j++) prev[j] = (prev[j - 1] as number) + (this.keyWeight2[pool[start + j - 1] as number] as number);
    for (let i = 0; i < q.ids.length; i++) {
      const qa = q.ids[i] as number;
      const qw = q.w2[i] as number;
      const qp = q.punct[i] as number;
      cur[0] = (prev[0] as number) + qw;
      let rowMin = cur[0] as number;
      for (let j = 1; j <= n; j++) {
        const id = pool[start + j - 1] as number;
        const cw = this.keyWeight2[id] as number;
        const subCost = id === qa ? 0 : qp === KIND_PUNCT && this.keyPunct[id] === KIND_PUNCT ? 1 : qw > cw ? qw : cw;
        const sub = (prev[j - 1] as number) + subCost;
        const del = (prev[j] as number) + qw;
        const ins = (cur[j - 1] as number) + cw;
        const v = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
        cur[j] = v;
        if (v < rowMin) rowMin = v;
      }
      if (rowMin > cutoff2) return Infinity;
      const swap = prev;
      prev = cur;
      cur = swap;
    }
    // Weights were doubled to stay in integers.
    return (prev[n] as number) / 2;
  }
}

/** Scores every unit: the reference the index is tested and benchmarked against. */
export function bruteForceSearch(text: string, count: number, sourceOf: (doc: number) => string, options: FuzzySearchOptions = {}): FuzzyHit[] {
  const minScore = options.minScore ?? 70;
  const limit = options.limit ?? 5;
  const tokens = tmTokens(text);
  const best: FuzzyHit[] = [];
  for (let doc = 0; doc < count; doc++) {
    const source = sourceOf(doc);
    const score = scoreTokens(tmTokens(source), tokens, source, text);
    if (score < minScore) continue;
    if (best.length >= limit && score <= (best[limit - 1] as FuzzyHit).score) continue;
    best.push({ doc, score });
    best.sort((a, b) => b.score - a.score || a.doc - b.doc);
    if (best.length > limit) best.pop();
  }
  return best;
}
