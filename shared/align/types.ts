/**
 * Alignment results: beads pairing source paragraphs with draft paragraphs.
 */

/**
 * One bead: consecutive source paragraphs paired with consecutive draft paragraphs (0-based).
 *
 * {source: [5, 6], draft: [1]} is a draft paragraph that merges two source paragraphs;
 * {source: [3], draft: []} a source paragraph without draft; {source: [], draft: [4]} a draft
 * paragraph that matched nothing.
 */
export interface Bead {
  readonly source: readonly number[];
  readonly draft: readonly number[];
  /** 0..1: the aligner's posterior probability of this bead; 1 for a reviewer's correction. */
  readonly confidence: number;
  readonly lowConfidence: boolean;
  /** Set when the reviewer made or changed this bead. */
  readonly manual?: boolean;
}

/** What one source paragraph is paired with. */
export interface SourceAlignment {
  /** Draft paragraphs of this paragraph's bead (shared by every source paragraph of the bead). */
  readonly draft: readonly number[];
  readonly confidence: number;
  readonly lowConfidence: boolean;
  /** Index of the bead in `beads`. */
  readonly bead: number;
}

export interface AlignmentResult {
  readonly beads: readonly Bead[];
  /** One entry per source paragraph. */
  readonly sources: readonly SourceAlignment[];
  /** Draft paragraphs paired with no source paragraph. */
  readonly unmatchedDraft: readonly number[];
  readonly stats: AlignmentStats;
}

export interface AlignmentStats {
  /** Draft characters per source character used by the length model. */
  readonly ratio: number;
  readonly variance: number;
  /** Half-width of the DP band finally used. */
  readonly band: number;
  readonly cells: number;
}

export interface AlignOptions {
  readonly sourceLang?: 'id' | 'en';
  readonly draftLang?: 'id' | 'en';
  /**
   * Per source paragraph, the probability (0..1) that it has no draft: e.g. 0.9 for paragraphs
   * the boilerplate detector excluded, 0 (the default) for content.
   */
  readonly untranslatedPrior?: readonly number[];
  /** Fix the length model instead of estimating it from the document. */
  readonly lengthRatio?: number;
  readonly lengthVariance?: number;
  /** Initial half-width of the DP band; widened automatically when the path runs along its edge. */
  readonly band?: number;
  /** Beads below this confidence are flagged lowConfidence (default 0.6). */
  readonly lowConfidenceBelow?: number;
}

export const DEFAULT_LOW_CONFIDENCE = 0.6;
