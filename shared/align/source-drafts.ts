/**
 * From beads to one draft per source paragraph, as the segment list shows it.
 */
import type { SegmentAlignment } from '../model';
import type { Bead } from './types';

export interface SourceDraft {
  /** The draft text for this source paragraph; '' when it has none or it was merged into the previous one. */
  readonly text: string;
  /** Draft paragraphs (0-based) joined into `text`. */
  readonly draftParagraphs: readonly number[];
  /** True for the 2nd.. source paragraph of a bead: its translation is in the previous paragraph's draft. */
  readonly mergedIntoPrevious: boolean;
  readonly confidence: number;
  readonly lowConfidence: boolean;
}

export interface UnmatchedDraft {
  readonly draft: number;
  readonly text: string;
  /** The source paragraph it follows (−1 before the first), so it can be shown in place. */
  readonly afterSource: number;
}

/**
 * Per source paragraph, the draft text to show.
 *
 * A bead's whole draft goes on its first source paragraph (several draft paragraphs joined with a
 * space); the following source paragraphs of the bead get an empty draft marked merged into the
 * previous one, which is how a reviewer reads "en2 ← id6 + id7".
 */
export function beadsToSourceDrafts(
  beads: readonly Bead[],
  draftTexts: readonly string[],
): { sources: SourceDraft[]; unmatched: UnmatchedDraft[] } {
  const sources: SourceDraft[] = [];
  const unmatched: UnmatchedDraft[] = [];
  let lastSource = -1;
  for (const bead of beads) {
    if (bead.source.length === 0) {
      for (const d of bead.draft) unmatched.push({ draft: d, text: draftTexts[d] ?? '', afterSource: lastSource });
      continue;
    }
    const text = bead.draft
      .map((d) => (draftTexts[d] ?? '').trim())
      .filter((t) => t.length > 0)
      .join(' ');
    bead.source.forEach((s, k) => {
      sources.push({
        text: k === 0 ? text : '',
        draftParagraphs: k === 0 ? bead.draft : [],
        mergedIntoPrevious: k > 0 && bead.draft.length > 0,
        confidence: bead.confidence,
        lowConfidence: bead.lowConfidence,
      });
      lastSource = s;
    });
  }
  return { sources, unmatched };
}

/** The segment model's alignment record for one source paragraph. */
export function toSegmentAlignment(d: SourceDraft): SegmentAlignment {
  return { confidence: d.confidence, lowConfidence: d.lowConfidence, draftParagraphs: d.draftParagraphs };
}
