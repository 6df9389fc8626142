/**
 * Reviewer corrections as pure functions over the bead list.
 *
 * Each returns a new list (undo is the caller's job) and leaves the input untouched; an operation
 * that does not apply (no next bead to merge with, nothing to shift) returns the input as is.
 * Beads a reviewer touched get confidence 1 and `manual: true`.
 */
import type { AlignmentResult, AlignmentStats, Bead, SourceAlignment } from './types';

const manual = (source: readonly number[], draft: readonly number[]): Bead => ({
  source,
  draft,
  confidence: 1,
  lowConfidence: false,
  manual: true,
});
const isEmpty = (b: Bead): boolean => b.source.length === 0 && b.draft.length === 0;

/** Merges bead `index` with the next one. */
export function mergeWithNext(beads: readonly Bead[], index: number): readonly Bead[] {
  const a = beads[index];
  const b = beads[index + 1];
  if (!a || !b) return beads;
  return [...beads.slice(0, index), manual([...a.source, ...b.source], [...a.draft, ...b.draft]), ...beads.slice(index + 2)];
}

/** Splits bead `index` after its first `sourceCount` source and `draftCount` draft paragraphs. */
export function splitBead(beads: readonly Bead[], index: number, sourceCount: number, draftCount: number): readonly Bead[] {
  const b = beads[index];
  if (!b) return beads;
  const first = manual(b.source.slice(0, sourceCount), b.draft.slice(0, draftCount));
  const second = manual(b.source.slice(sourceCount), b.draft.slice(draftCount));
  if (isEmpty(first) || isEmpty(second)) return beads;
  return [...beads.slice(0, index), first, second, ...beads.slice(index + 1)];
}

/**
 * Moves a draft paragraph of bead `index` to the neighbouring source paragraph.
 *
 * 'up' moves its first draft paragraph to the previous bead that has source paragraphs, 'down'
 * its last one to the next such bead. Unmatched draft paragraphs lying in between come along, so
 * the draft stays in file order.
 */
export function shiftDraft(beads: readonly Bead[], index: number, direction: 'up' | 'down'): readonly Bead[] {
  const bead = beads[index];
  if (!bead || bead.draft.length === 0) return beads;
  const step = direction === 'up' ? -1 : 1;
  let target = index + step;
  while (beads[target] && beads[target]!.source.length === 0) target += step;
  const goal = beads[target];
  if (!goal) return beads;
  const [lo, hi] = direction === 'up' ? [target, index] : [index, target];
  const between = beads.slice(lo + 1, hi).flatMap((b) => b.draft);
  let replaced: Bead[];
  if (direction === 'up') {
    const moved = bead.draft[0]!;
    replaced = [manual(goal.source, [...goal.draft, ...between, moved]), manual(bead.source, bead.draft.slice(1))];
  } else {
    const moved = bead.draft.at(-1)!;
    replaced = [manual(bead.source, bead.draft.slice(0, -1)), manual(goal.source, [moved, ...between, ...goal.draft])];
  }
  return [...beads.slice(0, lo), ...replaced.filter((b) => !isEmpty(b)), ...beads.slice(hi + 1)];
}

/**
 * Marks source paragraph `sourceIndex` as having no draft.
 *
 * It leaves its bead as a bead of its own. The bead's draft stays with the source paragraphs
 * before it, or, if there are none, becomes unmatched draft right after it, for the reviewer to
 * shift where it belongs.
 */
export function markNoDraft(beads: readonly Bead[], sourceIndex: number): readonly Bead[] {
  const index = beads.findIndex((b) => b.source.includes(sourceIndex));
  const bead = beads[index];
  if (!bead) return beads;
  if (bead.source.length === 1 && bead.draft.length === 0) return beads;
  const at = bead.source.indexOf(sourceIndex);
  const before = bead.source.slice(0, at);
  const after = bead.source.slice(at + 1);
  const own = manual([sourceIndex], []);
  let replaced: Bead[];
  if (before.length > 0) replaced = [manual(before, bead.draft), own, ...(after.length ? [manual(after, [])] : [])];
  else if (after.length > 0) replaced = [own, manual(after, bead.draft)];
  else replaced = [own, manual([], bead.draft)];
  return [...beads.slice(0, index), ...replaced.filter((b) => !isEmpty(b)), ...beads.slice(index + 1)];
}

/**
 * Builds the per-source view and unmatched list from a bead list, checking that the beads cover
 * every source and draft paragraph once, in order.
 */
export function resultFromBeads(
  beads: readonly Bead[],
  sourceCount: number,
  draftCount: number,
  stats: AlignmentStats = { ratio: 0, variance: 0, band: 0, cells: 0 },
): AlignmentResult {
  const sources: SourceAlignment[] = [];
  const unmatchedDraft: number[] = [];
  let nextDraft = 0;
  beads.forEach((b, k) => {
    for (const s of b.source) {
      if (s !== sources.length) throw new Error(`bead ${k} holds source paragraph ${s}, expected ${sources.length}`);
      sources.push({ draft: b.draft, confidence: b.confidence, lowConfidence: b.lowConfidence, bead: k });
    }
    for (const d of b.draft) {
      if (d !== nextDraft) throw new Error(`bead ${k} holds draft paragraph ${d}, expected ${nextDraft}`);
      nextDraft++;
      if (b.source.length === 0) unmatchedDraft.push(d);
    }
  });
  if (sources.length !== sourceCount || nextDraft !== draftCount) {
    throw new Error(`beads cover ${sources.length}/${sourceCount} source and ${nextDraft}/${draftCount} draft paragraphs`);
  }
  return { beads, sources, unmatchedDraft, stats };
}
