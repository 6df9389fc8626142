/**
 * Aho–Corasick automaton over integer symbols (one symbol per stemmed word).
 *
 * Running it over a paragraph's word sequence reports every pattern ending at each word in
 * one pass, whatever the number of patterns: this is what makes 50,000 entries cheap.
 */
export class TokenAutomaton {
  private readonly next: Array<Map<number, number>> = [new Map()];
  private readonly outputs: number[][] = [[]];
  private fail = new Int32Array(1);
  /** Nearest node on the failure chain that has outputs (-1: none). */
  private outLink = new Int32Array(1);
  private built = false;

  get size(): number {
    return this.next.length;
  }

  add(symbols: readonly number[], patternId: number): void {
    this.built = false;
    let node = 0;
    for (const s of symbols) {
      const edges = this.next[node] as Map<number, number>;
      let child = edges.get(s);
      if (child === undefined) {
        child = this.next.length;
        edges.set(s, child);
        this.next.push(new Map());
        this.outputs.push([]);
      }
      node = child;
    }
    (this.outputs[node] as number[]).push(patternId);
  }

  /** Computes failure and output links (breadth first). Call after the last `add`. */
  build(): void {
    const n = this.next.length;
    this.fail = new Int32Array(n);
    this.outLink = new Int32Array(n).fill(-1);
    const queue: number[] = [];
    for (const child of (this.next[0] as Map<number, number>).values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head] as number;
      for (const [sym, child] of this.next[node] as Map<number, number>) {
        let f = this.fail[node] as number;
        while (f > 0 && !(this.next[f] as Map<number, number>).has(sym)) f = this.fail[f] as number;
        const target = (this.next[f] as Map<number, number>).get(sym);
        const fc = target !== undefined && target !== child ? target : 0;
        this.fail[child] = fc;
        this.outLink[child] = (this.outputs[fc] as number[]).length > 0 ? fc : (this.outLink[fc] as number);
        queue.push(child);
      }
    }
    this.built = true;
  }

  /** The state after reading `sym` in `state`. */
  step(state: number, sym: number): number {
    if (!this.built) this.build();
    let s = state;
    for (;;) {
      const t = (this.next[s] as Map<number, number>).get(sym);
      if (t !== undefined) return t;
      if (s === 0) return 0;
      s = this.fail[s] as number;
    }
  }

  /** Calls `found` for every pattern that ends in `state` (longest first). */
  emit(state: number, found: (patternId: number) => void): void {
    let s = state;
    if ((this.outputs[s] as number[]).length === 0) s = this.outLink[s] as number;
    while (s > 0) {
      for (const id of this.outputs[s] as number[]) found(id);
      s = this.outLink[s] as number;
    }
  }
}
