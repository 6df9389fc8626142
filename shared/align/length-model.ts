/**
 * Gale–Church length model for Indonesian → English paragraphs.
 *
 * A translation's length is roughly proportional to its source: draft ≈ ratio × source, with a
 * variance growing with the length. English runs a little shorter than Indonesian (no
 * reduplication, shorter affixed forms), so the default ratio is below 1; the aligner re-estimates
 * both figures from the confident pairs of each document.
 */

export interface LengthModel {
  /** Expected draft characters per source character. */
  readonly ratio: number;
  /** Variance of (draft − ratio × source) per character. */
  readonly variance: number;
}

// Measured on human id→en news translations such as the corpus pair 004.
export const DEFAULT_LENGTH_MODEL: LengthModel = { ratio: 0.92, variance: 6.5 };

/**
 * −log P(lengths | a true pairing): −log(2·(1 − Φ(|δ|))), with δ the standardised difference.
 *
 * Computed in log space (erfc approximation from Numerical Recipes) so that very unequal lengths
 * give a large finite cost rather than Infinity.
 */
export function lengthCost(sourceLen: number, draftLen: number, model: LengthModel): number {
  const z = Math.abs(standardisedDelta(sourceLen, draftLen, model)) / Math.SQRT2;
  return -logErfc(z);
}

/** δ of Gale–Church, using the mean of both sides so neither language dominates. */
export function standardisedDelta(sourceLen: number, draftLen: number, model: LengthModel): number {
  const mean = Math.max(1, (sourceLen + draftLen / model.ratio) / 2);
  return (draftLen - sourceLen * model.ratio) / Math.sqrt(mean * model.variance);
}

function logErfc(z: number): number {
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return Math.log(t) - z * z + poly;
}

/**
 * Re-estimates the model from trusted pairs, shrunk towards `prior`.
 *
 * The shrinkage keeps a short document (a dozen pairs) from swinging the model on one odd
 * paragraph; a long one speaks for itself.
 */
export function estimateLengthModel(
  pairs: ReadonlyArray<readonly [number, number]>,
  prior: LengthModel = DEFAULT_LENGTH_MODEL,
): LengthModel {
  const PRIOR_CHARS = 3000;
  const PRIOR_PAIRS = 8;
  let sumS = 0;
  let sumD = 0;
  for (const [s, d] of pairs) {
    sumS += s;
    sumD += d;
  }
  const ratio = clamp((sumD + prior.ratio * PRIOR_CHARS) / (sumS + PRIOR_CHARS), 0.5, 1.6);
  let sumV = 0;
  for (const [s, d] of pairs) {
    const mean = Math.max(1, (s + d / ratio) / 2);
    sumV += (d - s * ratio) ** 2 / mean;
  }
  const variance = clamp((sumV + prior.variance * PRIOR_PAIRS) / (pairs.length + PRIOR_PAIRS), 5, 40);
  return { ratio, variance };
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
