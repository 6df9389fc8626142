/**
 * Paragraph alignment of a separate draft file against its source.
 *
 * Gale–Church bead costs (length model + bead-shape priors) sharpened by anchors that survive
 * translation, optionally by a per-paragraph prior that the source has no draft (boilerplate).
 * Two passes: the first with the default length model, the second with the ratio and variance
 * re-estimated from the first pass's confident 1-1 beads, and the bead-shape priors from its bead
 * counts (a draft that skips a third of the source needs cheap deletions, a faithful one not).
 */
import type { AnchorSet } from './anchors';
import { AnchorTable, anchorSet } from './anchors';
import type { BeadCost, DpResult } from './dp';
import { BEAD_SHAPES, SHAPE_DRAFT, SHAPE_SOURCE, runBandedDp } from './dp';
import type { LengthModel } from './length-model';
import { DEFAULT_LENGTH_MODEL, estimateLengthModel, lengthCost } from './length-model';
import { resultFromBeads } from './edit';
import type { AlignmentResult, AlignOptions, Bead } from './types';
import { DEFAULT_LOW_CONFIDENCE } from './types';

// Bead-shape probabilities (Gale & Church 1993), in BEAD_SHAPES order.
const SHAPE_PRIOR: readonly number[] = [0.89, 0.0099, 0.0099, 0.089, 0.089, 0.011];
// Weight, in beads, of SHAPE_PRIOR against a document's own bead counts.
const SHAPE_PSEUDO_BEADS = 30;
const MAX_UNPAIRED = 0.25;
// Anchors: a perfect overlap takes up to ANCHOR_GAIN off the cost, no overlap adds a little.
const ANCHOR_GAIN = 3;
const ANCHOR_BASE = 0.2;
const ANCHOR_RELIABLE_WEIGHT = 8;
// Beyond this cost a bead loses to leaving both sides unpaired (at most 2 × 4.6 with the
// Gale–Church priors) whatever its anchors (at most ANCHOR_GAIN × 0.8 off): skip the overlap.
const HOPELESS = 12;
const FULL_DP_UP_TO = 300;

interface Side {
  readonly len: Float64Array;
  readonly anchors: readonly AnchorSet[];
}

/** Aligns source paragraphs with draft paragraphs. */
export function alignParagraphs(
  source: readonly string[],
  draft: readonly string[],
  options: AlignOptions = {},
): AlignmentResult {
  const table = new AnchorTable();
  const src = prepare(source, options.sourceLang ?? 'id', table);
  const dr = prepare(draft, options.draftLang ?? 'en', table);
  const n = source.length;
  const m = draft.length;
  const threshold = options.lowConfidenceBelow ?? DEFAULT_LOW_CONFIDENCE;
  const fixed = options.lengthRatio !== undefined || options.lengthVariance !== undefined;
  let model: LengthModel = {
    ratio: options.lengthRatio ?? DEFAULT_LENGTH_MODEL.ratio,
    variance: options.lengthVariance ?? DEFAULT_LENGTH_MODEL.variance,
  };

  const weights = Float64Array.from(table.weights);
  const prior = options.untranslatedPrior;
  let shapes = initialShapePriors(n, m, prior);
  let run = runWithBand(n, m, options.band, makeCost(src, dr, model, shapes, weights, prior), false);
  const path = run.dp.path;
  if (!fixed) {
    // Trust 1-1 beads whose neighbours are 1-1 too: a run of plain pairs is rarely misaligned.
    const trusted: Array<[number, number]> = [];
    path.forEach((bead, k) => {
      if (bead.shape === 0 && (path[k - 1]?.shape ?? 0) === 0 && (path[k + 1]?.shape ?? 0) === 0) {
        trusted.push([src.len[bead.i - 1]!, dr.len[bead.j - 1]!]);
      }
    });
    if (trusted.length >= 3) model = estimateLengthModel(trusted, model);
  }
  shapes = estimateShapePriors(path, prior);
  run = runWithBand(n, m, run.width, makeCost(src, dr, model, shapes, weights, prior), true);

  const beads: Bead[] = run.dp.path.map((p) => {
    const [a, b] = BEAD_SHAPES[p.shape]!;
    return {
      source: range(p.i - a, p.i),
      draft: range(p.j - b, p.j),
      confidence: round3(p.posterior),
      lowConfidence: p.posterior < threshold,
    };
  });
  return resultFromBeads(beads, n, m, {
    ratio: round3(model.ratio),
    variance: round3(model.variance),
    band: run.width,
    cells: run.dp.cells,
  });
}

function runWithBand(
  n: number,
  m: number,
  band: number | undefined,
  cost: BeadCost,
  posteriors: boolean,
): { dp: DpResult; width: number } {
  const longest = Math.max(n, m, 1);
  let width = band ?? (longest <= FULL_DP_UP_TO ? longest : Math.max(30, Math.ceil(longest * 0.02)));
  for (;;) {
    const dp = runBandedDp(n, m, width, cost, posteriors);
    if (!dp.touchedEdge || width >= longest) return { dp, width };
    width = Math.min(longest, width * 2);
  }
}

function prepare(paragraphs: readonly string[], lang: 'id' | 'en', table: AnchorTable): Side {
  const len = new Float64Array(paragraphs.length);
  paragraphs.forEach((p, i) => {
    len[i] = Math.max(1, p.replace(/\s+/gu, ' ').trim().length);
  });
  return { len, anchors: paragraphs.map((p) => anchorSet(p, lang, table)) };
}

/**
 * Shape priors before any alignment: when the source has more paragraphs than the draft (beyond
 * those expected to be untranslated), some must be left without draft, and vice versa.
 */
function initialShapePriors(n: number, m: number, untranslated: readonly number[] | undefined): number[] {
  const shapes = [...SHAPE_PRIOR];
  const expectedUntranslated = untranslated?.reduce((sum, p) => sum + p, 0) ?? 0;
  const missing = Math.max(0, n - m - expectedUntranslated);
  shapes[1] = clamp((0.5 * missing) / Math.max(1, n), SHAPE_PRIOR[1]!, MAX_UNPAIRED);
  shapes[2] = clamp((0.5 * Math.max(0, m - n)) / Math.max(1, m), SHAPE_PRIOR[2]!, MAX_UNPAIRED);
  return shapes;
}

/** Shape priors from the first pass's bead counts, smoothed towards Gale–Church's. */
function estimateShapePriors(path: DpResult['path'], untranslated: readonly number[] | undefined): number[] {
  const counts = SHAPE_PRIOR.map((p) => p * SHAPE_PSEUDO_BEADS);
  let total = SHAPE_PSEUDO_BEADS;
  for (const bead of path) {
    // Boilerplate left untranslated is explained by its own prior, not by the deletion rate.
    if (bead.shape === 1 && (untranslated?.[bead.i - 1] ?? 0) >= 0.5) continue;
    counts[bead.shape]! += 1;
    total += 1;
  }
  return counts.map((c, k) => (k === 1 || k === 2 ? Math.min(MAX_UNPAIRED, c / total) : c / total));
}

function makeCost(
  src: Side,
  dr: Side,
  model: LengthModel,
  shapes: readonly number[],
  weights: Float64Array,
  untranslated: readonly number[] | undefined,
): BeadCost {
  const n = src.len.length;
  const shapeCost = Float64Array.from(shapes, (p) => -Math.log(p));
  const noDraftCost = new Float64Array(n);
  const pairPenalty = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = Math.min(0.98, Math.max(0, untranslated?.[i] ?? 0));
    noDraftCost[i] = -Math.log(Math.max(shapes[1]!, p));
    pairPenalty[i] = -Math.log(1 - p);
  }
  const overlap = new AnchorOverlap(weights);
  return (k, i, j) => {
    const a = SHAPE_SOURCE[k]!;
    const b = SHAPE_DRAFT[k]!;
    if (b === 0) return noDraftCost[i - 1]!;
    if (a === 0) return shapeCost[k]!;
    const l1 = src.len[i - 1]! + (a === 2 ? src.len[i - 2]! : 0);
    const l2 = dr.len[j - 1]! + (b === 2 ? dr.len[j - 2]! : 0);
    let c = shapeCost[k]! + lengthCost(l1, l2, model) + pairPenalty[i - 1]! + (a === 2 ? pairPenalty[i - 2]! : 0);
    if (c > HOPELESS) return c;
    const sim = overlap.measure(
      src.anchors[i - 1]!,
      a === 2 ? src.anchors[i - 2]! : null,
      dr.anchors[j - 1]!,
      b === 2 ? dr.anchors[j - 2]! : null,
    );
    c -= ANCHOR_GAIN * (sim - ANCHOR_BASE) * Math.min(1, overlap.weight / ANCHOR_RELIABLE_WEIGHT);
    return c;
  };
}

/** Weighted Dice overlap of two bead sides' anchors; the hot path of the aligner, so no allocation. */
class AnchorOverlap {
  private left = new Int32Array(64);
  private right = new Int32Array(64);
  /** Total anchor weight of both sides in the last measure(). */
  weight = 0;

  constructor(private readonly weights: Float64Array) {}

  measure(s1: AnchorSet, s2: AnchorSet | null, d1: AnchorSet, d2: AnchorSet | null): number {
    let ls = s1.ids;
    let ln = ls.length;
    let wl = s1.weight;
    if (s2) {
      ln = this.union(s1.ids, s2.ids, true);
      ls = this.left;
      wl = this.sum(ls, ln);
    }
    let rs = d1.ids;
    let rn = rs.length;
    let wr = d1.weight;
    if (d2) {
      rn = this.union(d1.ids, d2.ids, false);
      rs = this.right;
      wr = this.sum(rs, rn);
    }
    const w = this.weights;
    let common = 0;
    let x = 0;
    let y = 0;
    while (x < ln && y < rn) {
      const u = ls[x]!;
      const v = rs[y]!;
      if (u === v) {
        common += w[u]!;
        x++;
        y++;
      } else if (u < v) x++;
      else y++;
    }
    this.weight = wl + wr;
    return this.weight > 0 ? (2 * common) / this.weight : 0;
  }

  private sum(ids: Int32Array, n: number): number {
    let total = 0;
    for (let x = 0; x < n; x++) total += this.weights[ids[x]!]!;
    return total;
  }

  /** Sorted union of p and q into the left or right scratch buffer; returns its length. */
  private union(p: Int32Array, q: Int32Array, left: boolean): number {
    const need = p.length + q.length;
    let out = left ? this.left : this.right;
    if (out.length < need) {
      out = new Int32Array(need * 2);
      if (left) this.left = out;
      else this.right = out;
    }
    let x = 0;
    let y = 0;
    let k = 0;
    while (x < p.length && y < q.length) {
      const u = p[x]!;
      const v = q[y]!;
      if (u <= v) {
        out[k++] = u;
        x++;
        if (u === v) y++;
      } else {
        out[k++] = v;
        y++;
      }
    }
    while (x < p.length) out[k++] = p[x++]!;
    while (y < q.length) out[k++] = q[y++]!;
    return k;
  }
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let x = from; x < to; x++) out.push(x);
  return out;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * The untranslated prior from boilerplate detection: `probability` where a paragraph was
 * excluded (any non-null entry), 0 elsewhere. Pass it as `untranslatedPrior`.
 */
export function priorFromExclusions(excluded: ReadonlyArray<unknown>, probability = 0.9): number[] {
  return excluded.map((e) => (e === null || e === undefined || e === false ? 0 : probability));
}
