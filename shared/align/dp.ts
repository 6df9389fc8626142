/**
 * Banded dynamic programming over bead shapes, with Viterbi and forward–backward in one band.
 *
 * Viterbi gives the best bead sequence; the forward–backward pass gives each chosen bead's
 * posterior probability, which is the confidence shown to the reviewer. Only cells within `width`
 * of the diagonal (scaled to the two lengths) are visited, so 2,000 × 2,000 paragraphs cost a few
 * hundred thousand cells rather than four million.
 */

/** Bead shapes as [source paragraphs, draft paragraphs]. */
export const BEAD_SHAPES: ReadonlyArray<readonly [number, number]> = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
];
const K = BEAD_SHAPES.length;
/** Source and draft paragraph counts per shape, as typed arrays for the hot loops. */
export const SHAPE_SOURCE = Int32Array.from(BEAD_SHAPES, ([a]) => a);
export const SHAPE_DRAFT = Int32Array.from(BEAD_SHAPES, ([, b]) => b);
const SA = SHAPE_SOURCE;
const SB = SHAPE_DRAFT;

/** Cost (−log probability) of the bead of shape `k` ending just before source `i` and draft `j`. */
export type BeadCost = (k: number, i: number, j: number) => number;

export interface PathBead {
  readonly shape: number;
  /** Exclusive end of the bead on each side. */
  readonly i: number;
  readonly j: number;
  readonly posterior: number;
}

export interface DpResult {
  readonly path: readonly PathBead[];
  /** True when the best path ran along the band's edge: the band was probably too narrow. */
  readonly touchedEdge: boolean;
  readonly cells: number;
}

/**
 * Runs the DP in a band of half-width `width`. Without `posteriors` only Viterbi runs and every
 * bead's posterior is reported as NaN (the first of the aligner's two passes needs no more).
 */
export function runBandedDp(n: number, m: number, width: number, cost: BeadCost, posteriors = true): DpResult {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  const offset = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) {
    const centre = n === 0 ? 0 : (i * m) / n;
    lo[i] = Math.max(0, Math.floor(centre) - width);
    hi[i] = Math.min(m, Math.ceil(centre) + width);
    if (i === 0) lo[i] = 0;
    if (i === n) hi[i] = m;
    offset[i + 1] = (offset[i] ?? 0) + (hi[i]! - lo[i]! + 1);
  }
  const cells = offset[n + 1]!;
  const at = (i: number, j: number): number =>
    i < 0 || j < lo[i]! || j > hi[i]! ? -1 : offset[i]! + j - lo[i]!;

  const best = new Float64Array(cells).fill(Infinity);
  const back = new Int8Array(cells).fill(-1);
  const fwd = new Float64Array(cells).fill(-Infinity);
  const costs = new Float32Array(cells * K).fill(Infinity);
  const terms = new Float64Array(K);
  best[0] = 0;
  fwd[0] = 0;

  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      const here = at(i, j);
      if (here === 0) continue;
      let bestV = Infinity;
      let bestK = -1;
      let count = 0;
      let max = -Infinity;
      for (let k = 0; k < K; k++) {
        const pi = i - SA[k]!;
        const pj = j - SB[k]!;
        if (pi < 0 || pj < lo[pi]! || pj > hi[pi]!) continue;
        const prev = offset[pi]! + pj - lo[pi]!;
        if (best[prev] === Infinity) continue;
        const c = cost(k, i, j);
        costs[here * K + k] = c;
        const v = best[prev]! + c;
        if (v < bestV) {
          bestV = v;
          bestK = k;
        }
        if (posteriors) {
          const f = fwd[prev]! - c;
          terms[count++] = f;
          if (f > max) max = f;
        }
      }
      best[here] = bestV;
      back[here] = bestK;
      if (posteriors) fwd[here] = logSumExp(terms, count, max);
    }
  }

  const bwd = new Float64Array(posteriors ? cells : 0).fill(-Infinity);
  if (posteriors) bwd[cells - 1] = 0;
  for (let i = posteriors ? n : -1; i >= 0; i--) {
    for (let j = hi[i]!; j >= lo[i]!; j--) {
      const here = at(i, j);
      if (here === cells - 1) continue;
      let count = 0;
      let max = -Infinity;
      for (let k = 0; k < K; k++) {
        const a = SA[k]!;
        const b = SB[k]!;
        if (i + a > n || j + b > m) continue;
        const next = at(i + a, j + b);
        if (next < 0) continue;
        const c = costs[next * K + k]!;
        if (c === Infinity || bwd[next] === -Infinity) continue;
        const v = bwd[next]! - c;
        terms[count++] = v;
        if (v > max) max = v;
      }
      bwd[here] = logSumExp(terms, count, max);
    }
  }

  const total = fwd[cells - 1]!;
  const path: PathBead[] = [];
  let touchedEdge = false;
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = at(i, j);
    const k = back[here]!;
    if (k < 0) throw new Error('alignment band has no path');
    const [a, b] = BEAD_SHAPES[k]!;
    const prev = at(i - a, j - b);
    const posterior = posteriors ? Math.exp(fwd[prev]! - costs[here * K + k]! + bwd[here]! - total) : NaN;
    path.push({ shape: k, i, j, posterior: posteriors ? Math.min(1, Math.max(0, posterior)) : NaN });
    if ((j - lo[i]! < 2 && lo[i]! > 0) || (hi[i]! - j < 2 && hi[i]! < m)) touchedEdge = true;
    i -= a;
    j -= b;
  }
  path.reverse();
  return { path, touchedEdge, cells };
}

function logSumExp(terms: Float64Array, count: number, max: number): number {
  if (count === 0 || max === -Infinity) return -Infinity;
  let sum = 0;
  for (let t = 0; t < count; t++) sum += Math.exp(terms[t]! - max);
  return max + Math.log(sum);
}
