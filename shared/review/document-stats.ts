/**
 * Review statistics for a document or project: edit classes, averages, the distribution of
 * post-edit distance, words by status and time spent.
 */
import { isConfirmed, SEGMENT_STATUSES, type DraftOrigin, type Segment, type SegmentStatus } from '../model';
import { measureEdit, type EditClass, type EditMeasure, type EditOptions } from './edit-stats';
// One word count everywhere (project home, dashboard, CLI): hyphenated words count once.
import { countWords } from '../project/words';

export interface SegmentReviewInput {
  readonly segmentId: string;
  readonly source: string;
  /** The draft the reviewer started from; null when the segment had none. */
  readonly draft: string | null;
  readonly draftOrigin?: DraftOrigin;
  readonly target: string;
  readonly status: SegmentStatus;
  /** Active editing time in the segment, from the editor's focus/typing tracker. */
  readonly activeMs?: number;
  readonly excluded?: boolean;
}

export function reviewInputFromSegment(segment: Segment, activeMs?: number): SegmentReviewInput {
  return {
    segmentId: segment.id,
    source: segment.source,
    draft: segment.draft?.text ?? null,
    ...(segment.draft ? { draftOrigin: segment.draft.origin } : {}),
    target: segment.target,
    status: segment.status,
    ...(activeMs !== undefined ? { activeMs } : {}),
    ...(segment.excluded ? { excluded: true } : {}),
  };
}

export interface SegmentStats extends EditMeasure {
  readonly segmentId: string;
  readonly sourceWords: number;
}

export interface HistogramBucket {
  /** Inclusive lower bound of post-edit distance. */
  readonly from: number;
  /** Exclusive upper bound, except the last bucket, which includes 1. */
  readonly to: number;
  readonly count: number;
}

export interface DocumentStats {
  readonly segments: number;
  readonly excluded: number;
  /** Segments that had a draft and so have edit figures. */
  readonly measured: number;
  readonly classes: Readonly<Record<EditClass, number>>;
  readonly meanPostEditDistance: number;
  /** Total character edits / total length: long segments weigh more. */
  readonly pooledPostEditDistance: number;
  readonly meanWordEditRate: number;
  /** Total token edits / total reference tokens (corpus-level HTER without shifts). */
  readonly pooledWordEditRate: number;
  readonly histogram: readonly HistogramBucket[];
  readonly sourceWords: number;
  readonly sourceWordsByStatus: Readonly<Record<SegmentStatus, number>>;
  /** Source words in reviewed or approved segments. */
  readonly wordsReviewed: number;
  readonly byOrigin: Readonly<Partial<Record<DraftOrigin, { readonly segments: number; readonly meanPostEditDistance: number }>>>;
  readonly time: { readonly totalMs: number; readonly segmentsTimed: number; readonly meanMsPerSegment: number; readonly wordsPerHour: number };
  readonly perSegment: readonly SegmentStats[];
}

const BUCKETS = 10;

export function documentStats(inputs: readonly SegmentReviewInput[], options: EditOptions = {}): DocumentStats {
  const classes: Record<EditClass, number> = { unchanged: 0, light: 0, heavy: 0 };
  const byStatus = Object.fromEntries(SEGMENT_STATUSES.map((s) => [s, 0])) as Record<SegmentStatus, number>;
  const counts = new Array<number>(BUCKETS).fill(0);
  const origin = new Map<DraftOrigin, { segments: number; ped: number }>();
  const perSegment: SegmentStats[] = [];
  let excluded = 0;
  let pedSum = 0;
  let werSum = 0;
  let charEdits = 0;
  let charLength = 0;
  let tokenEdits = 0;
  let refTokens = 0;
  let sourceWords = 0;
  let wordsReviewed = 0;
  let totalMs = 0;
  let timed = 0;
  let timedWords = 0;
  for (const input of inputs) {
    if (input.excluded) {
      excluded++;
      continue;
    }
    const words = countWords(input.source);
    sourceWords += words;
    byStatus[input.status] += words;
    if (isConfirmed(input.status)) wordsReviewed += words;
    if (input.activeMs !== undefined && input.activeMs > 0) {
      totalMs += input.activeMs;
      timed++;
      timedWords += words;
    }
    if (input.draft === null) continue;
    const m = measureEdit(input.draft, input.target, options);
    perSegment.push({ segmentId: input.segmentId, sourceWords: words, ...m });
    classes[m.editClass]++;
    pedSum += m.postEditDistance;
    werSum += m.wordEditRate;
    charEdits += m.charDistance;
    charLength += Math.max(input.draft.length, input.target.length);
    tokenEdits += m.tokenEdits;
    refTokens += m.referenceTokens;
    counts[Math.min(BUCKETS - 1, Math.floor(m.postEditDistance * BUCKETS))]! += 1;
    if (input.draftOrigin) {
      const o = origin.get(input.draftOrigin) ?? { segments: 0, ped: 0 };
      origin.set(input.draftOrigin, { segments: o.segments + 1, ped: o.ped + m.postEditDistance });
    }
  }
  const measured = perSegment.length;
  return {
    segments: inputs.length,
    excluded,
    measured,
    classes,
    meanPostEditDistance: measured ? pedSum / measured : 0,
    pooledPostEditDistance: charLength ? charEdits / charLength : 0,
    meanWordEditRate: measured ? werSum / measured : 0,
    pooledWordEditRate: refTokens ? tokenEdits / refTokens : 0,
    histogram: counts.map((count, i) => ({ from: i / BUCKETS, to: (i + 1) / BUCKETS, count })),
    sourceWords,
    sourceWordsByStatus: byStatus,
    wordsReviewed,
    byOrigin: Object.fromEntries([...origin].map(([k, v]) => [k, { segments: v.segments, meanPostEditDistance: v.ped / v.segments }])),
    time: { totalMs, segmentsTimed: timed, meanMsPerSegment: timed ? totalMs / timed : 0, wordsPerHour: totalMs ? timedWords / (totalMs / 3_600_000) : 0 },
    perSegment,
  };
}
