/**
 * Aho–Corasick automaton over integer symbols (one symbol per stemmed word).
 *
 * Running it over a paragraph's word sequence reports every pattern ending at each word in
 * one pass, whatever the number of patterns: this is what makes 50,000 entries cheap.
 * Storage is flat arrays rather than an object per node, so a 50,000-entry glossary builds
 * without a garbage-collection storm: the root's edges are a dense table (every paragraph
 * word looks there first), other nodes keep short child lists, and the few nodes with many
 * children get a Map.
 */
const WIDE = 12;

export class TokenAutomaton {
  private nodes = 1;
  private rootEdges = new Map<number, number>();
  private rootTable = new Int32Array(0);
  private firstChild: number[] = [-1];
  private nextSibling: number[] = [-1];
  private symbolOf: number[] = [-1];
  private childCount: number[] = [0];
  private wide = new Map<number, Map<number, number>>();
  /** First pattern ending at each node (-1: none); patterns chain through `patternNext`. */
  private outHead: number[] = [-1];
  private readonly patternNext: number[] = [];
  private readonly patternIds: number[] = [];
  private fail = new Int32Array(1);
  /** Nearest node on the failure chain that has outputs (0: none). */
  private outLink = new Int32Array(1);
  private built = false;

  get size(): number {
    return this.nodes;
  }

  private child(node: number, sym: number): number {
    if (node === 0) return this.rootEdges.get(sym) ?? -1;
    const w = this.wide.get(node);
    if (w) return w.get(sym) ?? -1;
    for (let c = this.firstChild[node] as number; c >= 0; c = this.nextSibling[c] as number) {
      if (this.symbolOf[c] === sym) return c;
    }
    return -1;
  }

  add(symbols: readonly number[], patternId: number): void {
    this.built = false;
    let node = 0;
    for (const s of symbols) {
      let c = this.child(node, s);
      if (c < 0) {
        c = this.nodes++;
        this.firstChild.push(-1);
        this.symbolOf.push(s);
        this.outHead.push(-1);
        this.childCount.push(0);
        this.nextSibling.push(this.firstChild[node] as number);
        this.firstChild[node] = c;
        const n = (this.childCount[node] as number) + 1;
        this.childCount[node] = n;
        if (node === 0) this.rootEdges.set(s, c);
        else if (n > WIDE) {
          let w = this.wide.get(node);
          if (!w) {
            w = new Map();
            for (let k = this.firstChild[node] as number; k >= 0; k = this.nextSibling[k] as number) w.set(this.symbolOf[k] as number, k);
            this.wide.set(node, w);
          }
          w.set(s, c);
        }
      }
      node = c;
    }
    this.patternIds.push(patternId);
    this.patternNext.push(this.outHead[node] as number);
    this.outHead[node] = this.patternIds.length - 1;
  }

  /** Computes failure and output links (breadth first). Called by `step` when needed. */
  build(): void {
    const n = this.nodes;
    let maxSym = -1;
    for (const s of this.rootEdges.keys()) if (s > maxSym) maxSym = s;
    this.rootTable = new Int32Array(maxSym + 1);
    for (const [s, c] of this.rootEdges) this.rootTable[s] = c;
    this.fail = new Int32Array(n);
    this.outLink = new Int32Array(n);
    const queue = new Int32Array(n);
    let tail = 0;
    for (let c = this.firstChild[0] as number; c >= 0; c = this.nextSibling[c] as number) queue[tail++] = c;
    for (let head = 0; head < tail; head++) {
      const node = queue[head] as number;
      for (let c = this.firstChild[node] as number; c >= 0; c = this.nextSibling[c] as number) {
        const sym = this.symbolOf[c] as number;
        let fc = 0;
        if (node !== 0) {
          let f = this.fail[node] as number;
          let t = this.child(f, sym);
          while (t < 0 && f > 0) {
            f = this.fail[f] as number;
            t = this.child(f, sym);
          }
          fc = t > 0 && t !== c ? t : 0;
        }
        this.fail[c] = fc;
        this.outLink[c] = (this.outHead[fc] as number) >= 0 ? fc : (this.outLink[fc] as number);
        queue[tail++] = c;
      }
    }
    this.built = true;
  }

  /** The state after reading `sym` in `state`. */
  step(state: number, sym: number): number {
    if (!this.built) this.build();
    let s = state;
    while (s > 0) {
      const t = this.child(s, sym);
      if (t >= 0) return t;
      s = this.fail[s] as number;
    }
    return sym < this.rootTable.length ? (this.rootTable[sym] as number) : 0;
  }

  /** Calls `found` for every pattern that ends in `state`, longest first. */
  emit(state: number, found: (patternId: number) => void): void {
    let s = (this.outHead[state] as number) >= 0 ? state : (this.outLink[state] as number);
    while (s > 0) {
      for (let p = this.outHead[s] as number; p >= 0; p = this.patternNext[p] as number) found(this.patternIds[p] as number);
      s = this.outLink[s] as number;
    }
  }

  /** True when some pattern ends in `state` (saves a callback in the common no-hit case). */
  hasOutput(state: number): boolean {
    return (this.outHead[state] as number) >= 0 || (this.outLink[state] as number) > 0;
  }
}
