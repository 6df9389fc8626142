/**
 * The project's consistency index for QA of one segment as the reviewer types or confirms.
 *
 * Rebuilding it for every call would rescan the project; instead it follows the store: segments
 * are immutable records replaced on every change, so comparing references finds what changed.
 */
import type { Segment } from '../../../shared/model/segment';
import type { ConsistencyIndex } from '../../../shared/qa/consistency';
import { createConsistencyIndex, updateConsistencyIndex } from '../../../shared/qa/consistency';
import type { ProjectStore } from '../project-store';

export class LiveConsistencyIndex {
  private readonly index: ConsistencyIndex = createConsistencyIndex();
  private readonly known = new Map<string, Segment>();
  private seq = -1;

  /** The index as of the store's last change, with `live` (a typed, unsaved target) in place of its saved pair. */
  withLive<T>(store: ProjectStore, live: Segment, use: (index: ConsistencyIndex) => T): T {
    this.follow(store);
    const saved = this.known.get(live.id);
    updateConsistencyIndex(this.index, checkedForConsistency(live));
    try {
      return use(this.index);
    } finally {
      // Put the saved pair back: the typed text is not the project's until it is saved.
      updateConsistencyIndex(this.index, saved ? checkedForConsistency(saved) : excludedCopy(live));
    }
  }

  private follow(store: ProjectStore): void {
    if (store.lastSeq === this.seq) return;
    this.seq = store.lastSeq;
    const present = new Set<string>();
    for (const doc of store.listDocuments()) {
      for (const s of store.segmentsOf(doc.id)) {
        present.add(s.id);
        if (this.known.get(s.id) === s) continue;
        this.known.set(s.id, s);
        updateConsistencyIndex(this.index, checkedForConsistency(s));
      }
    }
    for (const [id, s] of this.known) {
      if (present.has(id)) continue;
      this.known.delete(id);
      updateConsistencyIndex(this.index, excludedCopy(s));
    }
  }
}

/** Segments QA looks at: not boilerplate, and not a paragraph whose draft sits on the previous segment. */
export function isChecked(segment: Segment): boolean {
  return !segment.excluded && !(segment.alignment?.mergedIntoPrevious === true && segment.target.trim() === '');
}

function checkedForConsistency(segment: Segment): Segment {
  return isChecked(segment) ? segment : excludedCopy(segment);
}

/** A copy the consistency index drops (it keeps no pairs of excluded segments). */
function excludedCopy(segment: Segment): Segment {
  return { ...segment, excluded: { rule: 'qa', reason: 'not checked' } };
}
