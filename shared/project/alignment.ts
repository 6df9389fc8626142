import type { Bead } from '../align';
import { beadsToSourceDrafts, markNoDraft, mergeWithNext, shiftDraft, splitBead, toSegmentAlignment } from '../align';
import type { DocumentAlignment, StoredBead, TinjauDocument } from '../model/project';
import type { Revision } from '../model/revision';
import type { DraftOrigin, Segment } from '../model/segment';

/** A reviewer's correction of how the draft file was paired with the source. */
export type AlignmentChange =
  | { readonly kind: 'merge-next'; readonly segmentId: string }
  | { readonly kind: 'split'; readonly segmentId: string }
  | { readonly kind: 'shift-up'; readonly segmentId: string }
  | { readonly kind: 'shift-down'; readonly segmentId: string }
  | { readonly kind: 'no-draft'; readonly segmentId: string }
  | { readonly kind: 'undo' };

export interface AlignmentContext {
  readonly author: string;
  readonly now: string;
  readonly newId: () => string;
}

export interface AlignmentUpdate {
  readonly document: TinjauDocument;
  /** Segments whose draft or target changed. */
  readonly segments: Segment[];
  readonly revisions: Revision[];
}

/** Keep at most this many corrections to undo. */
const UNDO_DEPTH = 100;

/**
 * Applies a correction to the bead list and re-pairs the drafts.
 *
 * A segment whose target is still its old draft gets the new draft as target; a segment the
 * reviewer already edited keeps its text (only its draft changes). Returns null when the
 * correction changes nothing.
 */
export function applyAlignmentChange(
  document: TinjauDocument,
  segments: readonly Segment[],
  change: AlignmentChange,
  ctx: AlignmentContext,
): AlignmentUpdate | null {
  const stored = document.alignment;
  if (!stored) return null;
  const beads = toIndexBeads(stored.beads, segments);
  let next: readonly Bead[];
  let undo = stored.undo;
  if (change.kind === 'undo') {
    const previous = undo[undo.length - 1];
    if (!previous) return null;
    next = toIndexBeads(previous, segments);
    undo = undo.slice(0, -1);
  } else {
    const position = segments.findIndex((s) => s.id === change.segmentId);
    const beadIndex = beads.findIndex((b) => b.source.includes(position));
    const bead = beads[beadIndex];
    if (position < 0 || !bead) return null;
    switch (change.kind) {
      case 'merge-next':
        next = mergeWithNext(beads, beadIndex);
        break;
      case 'split': {
        const at = bead.source.indexOf(position);
        // Several source paragraphs: this one starts a new bead. One source with several drafts:
        // the last draft paragraph is split off, to be shifted where it belongs.
        next =
          bead.source.length > 1
            ? splitBead(beads, beadIndex, Math.max(1, at), Math.min(bead.draft.length, Math.max(1, at)))
            : splitBead(beads, beadIndex, 1, Math.max(1, bead.draft.length - 1));
        break;
      }
      case 'shift-up':
      case 'shift-down':
        next = shiftDraft(beads, beadIndex, change.kind === 'shift-up' ? 'up' : 'down');
        break;
      case 'no-draft':
        next = markNoDraft(beads, position);
        break;
    }
    if (next === beads) return null;
    undo = [...undo, stored.beads].slice(-UNDO_DEPTH);
  }

  const alignment: DocumentAlignment = { ...stored, beads: toStoredBeads(next, segments), undo };
  const { sources } = beadsToSourceDrafts(next, stored.draftParagraphs);
  const changed: Segment[] = [];
  const revisions: Revision[] = [];
  segments.forEach((segment, i) => {
    const source = sources[i];
    if (!source) return;
    const newDraftText = source.text || null;
    const oldDraftText = segment.draft?.text ?? null;
    const newAlignment = { ...toSegmentAlignment(source), ...(source.mergedIntoPrevious ? { mergedIntoPrevious: true } : {}) };
    const sameAlignment = JSON.stringify(newAlignment) === JSON.stringify(segment.alignment ?? null);
    if (newDraftText === oldDraftText && sameAlignment) return;
    const untouched = segment.target === (oldDraftText ?? '');
    const origin: DraftOrigin = segment.draft?.origin ?? 'human';
    const target = untouched ? (newDraftText ?? '') : segment.target;
    const status = untouched ? (newDraftText ? 'draft' : 'new') : segment.status;
    const updated: Segment = {
      ...segment,
      draft: newDraftText ? { ...(segment.draft ?? { origin }), text: newDraftText } : null,
      target,
      status,
      alignment: newAlignment,
      updatedAt: ctx.now,
      updatedBy: ctx.author,
    };
    changed.push(updated);
    if (target !== segment.target || status !== segment.status) {
      revisions.push({ id: ctx.newId(), segmentId: segment.id, text: target, status, author: ctx.author, at: ctx.now, origin: 'alignment' });
    }
  });
  return { document: { ...document, alignment }, segments: changed, revisions };
}

/**
 * Stored beads name segments by id; the bead operations work on positions. Segments made or
 * removed by a split or join since are reconciled: unknown ids are dropped, and a segment no
 * bead names becomes a bead of its own (no draft) after its predecessor's bead.
 */
export function toIndexBeads(stored: readonly StoredBead[], segments: readonly Segment[]): Bead[] {
  const position = new Map(segments.map((s, i) => [s.id, i]));
  const beads: Bead[] = [];
  const covered = new Set<number>();
  for (const b of stored) {
    const source = b.sourceIds.map((id) => position.get(id)).filter((i): i is number => i !== undefined);
    if (source.length === 0 && b.sourceIds.length > 0 && b.draft.length === 0) continue;
    source.forEach((i) => covered.add(i));
    beads.push({ source, draft: b.draft, confidence: b.confidence, lowConfidence: b.lowConfidence, ...(b.manual ? { manual: true } : {}) });
  }
  for (let i = 0; i < segments.length; i++) {
    if (covered.has(i)) continue;
    const after = beads.findIndex((b) => b.source.includes(i - 1));
    beads.splice(after + 1, 0, { source: [i], draft: [], confidence: 1, lowConfidence: false, manual: true });
  }
  return beads;
}

function toStoredBeads(beads: readonly Bead[], segments: readonly Segment[]): StoredBead[] {
  return beads.map((b) => ({
    sourceIds: b.source.map((i) => segments[i]?.id ?? ''),
    draft: b.draft,
    confidence: b.confidence,
    lowConfidence: b.lowConfidence,
    ...(b.manual ? { manual: true } : {}),
  }));
}
