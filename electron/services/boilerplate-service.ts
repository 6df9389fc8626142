import { randomUUID } from 'node:crypto';
import type { RulesApplyResult, RulesPlan, RulesPlanDocument, RuleTestResult, RulesUndoResult } from '../../shared/api/boilerplate-types';
import { TinjauError } from '../../shared/api/errors';
import { planRuleExclusions, segmentsCaught, type ExclusionChange, type RuleCatch } from '../../shared/boilerplate/apply';
import type { BoilerplateRule } from '../../shared/boilerplate/rules';
import { say } from '../../shared/messages/text';
import type { Revision } from '../../shared/model/revision';
import type { Exclusion, Segment } from '../../shared/model/segment';
import type { ProjectStore } from './project-store';

/** What to do with segments the reviewer already worked on that a rule now catches. */
export type ReviewedChoice = 'exclude' | 'keep';

const sameExclusion = (a: Exclusion | null | undefined, b: Exclusion | null | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The boilerplate rules applied to documents already imported: segments a rule now catches are
 * excluded, segments a rule excluded that no rule catches any more are included again. Every change
 * is a tracked revision of one batch (attributed to the reviewer, kept in the history), so the
 * whole application undoes as one, also after a restart.
 */
export class BoilerplateService {
  constructor(
    private readonly store: ProjectStore,
    private readonly author: string,
    private readonly rules: readonly BoilerplateRule[],
  ) {}

  /** Document ids to work on: the given ones (each must exist), or every document of the project. */
  private documents(documentIds: readonly string[]): string[] {
    if (documentIds.length === 0) return this.store.listDocuments().map((d) => d.id);
    for (const id of documentIds) this.store.document(id);
    return [...new Set(documentIds)];
  }

  private changesOf(documentId: string): { segments: Segment[]; changes: ExclusionChange[] } {
    const segments = this.store.segmentsOf(documentId);
    return { segments, changes: planRuleExclusions(segments, this.rules) };
  }

  /** The paragraphs `ruleId` catches in every document when `rules` apply: the count and the first 50. */
  test(rules: readonly BoilerplateRule[], ruleId: string): RuleTestResult {
    const catches: RuleCatch[] = [];
    let total = 0;
    for (const d of this.store.listDocuments()) {
      const segments = this.store.segmentsOf(d.id);
      for (const i of segmentsCaught(segments, rules, ruleId)) {
        total++;
        if (catches.length < 50) catches.push({ documentId: d.id, documentName: d.name, number: i + 1, source: (segments[i] as Segment).source });
      }
    }
    return { total, catches };
  }

  /** How many segments applying the rules would change, per document; nothing is written. */
  plan(documentIds: readonly string[]): RulesPlan {
    return summarise(this.documents(documentIds).map((id) => this.summaryOf(id, this.changesOf(id).changes)));
  }

  private summaryOf(documentId: string, changes: readonly ExclusionChange[]): RulesPlanDocument {
    return {
      documentId,
      name: this.store.document(documentId).name,
      exclude: changes.filter((c) => c.after && !c.before).length,
      reviewed: changes.filter((c) => c.reviewed).length,
      include: changes.filter((c) => !c.after).length,
      relabel: changes.filter((c) => c.after && c.before).length,
    };
  }

  /** Applies the rules as one batch; `reviewed: 'keep'` leaves segments already worked on included. */
  apply(documentIds: readonly string[], reviewed: ReviewedChoice): RulesApplyResult {
    const batch = `rules-${randomUUID()}`;
    const now = new Date().toISOString();
    const changedSegments: Segment[] = [];
    const revisions: Revision[] = [];
    const documents: RulesPlanDocument[] = [];
    let keptReviewed = 0;
    for (const documentId of this.documents(documentIds)) {
      const { segments, changes: all } = this.changesOf(documentId);
      const changes = reviewed === 'keep' ? all.filter((c) => !c.reviewed) : all;
      keptReviewed += all.length - changes.length;
      documents.push(this.summaryOf(documentId, changes));
      const byId = new Map(segments.map((s) => [s.id, s]));
      for (const change of changes) {
        const changed = this.reExcluded(byId.get(change.segmentId) as Segment, change.before, change.after, { at: now, origin: 'boilerplate', batch });
        changedSegments.push(changed.segment);
        revisions.push(changed.revision);
      }
    }
    if (changedSegments.length) this.store.commit({ op: 'put-segments', segments: changedSegments, revisions });
    return { ...summarise(documents), keptReviewed, segments: changedSegments, ...(changedSegments.length ? { batchId: batch } : {}) };
  }

  /** The segment with its exclusion changed from `before` to `after`, and the revision that records it. */
  private reExcluded(segment: Segment, before: Exclusion | null, after: Exclusion | null, how: { at: string; origin: Revision['origin']; batch: string }): { segment: Segment; revision: Revision } {
    const { excluded: _old, ...rest } = segment;
    return {
      segment: { ...rest, ...(after ? { excluded: after } : {}), updatedAt: how.at, updatedBy: this.author },
      revision: { id: randomUUID(), segmentId: segment.id, text: segment.target, status: segment.status, author: this.author, at: how.at, origin: how.origin, batch: how.batch, exclusion: { before, after } },
    };
  }

  /**
   * Puts every segment of an application back as it was. A segment whose exclusion or text changed
   * since (the reviewer included it again, edited it) is left as it is and counted as skipped.
   */
  undo(batchId: string): RulesUndoResult {
    const now = new Date().toISOString();
    const segments: Segment[] = [];
    const revisions: Revision[] = [];
    let skipped = 0;
    let found = false;
    // Only the segments the batch changed are read (and their chunks), not the whole project.
    for (const segmentId of this.store.segmentsOfBatch(batchId)) {
      const segment = this.store.segmentIfAny(segmentId);
      if (!segment) continue; // its document was removed since
      const history = this.store.revisionsOf(segmentId);
      const applied = history.find((r) => r.batch === batchId && r.exclusion);
      if (!applied?.exclusion) continue;
      found = true;
      if (history.some((r) => r.batch === `${batchId}-undo`)) continue;
      const last = history[history.length - 1];
      if (last !== applied || !sameExclusion(segment.excluded, applied.exclusion.after)) {
        skipped++;
        continue;
      }
      const changed = this.reExcluded(segment, applied.exclusion.after, applied.exclusion.before, { at: now, origin: 'restore', batch: `${batchId}-undo` });
      segments.push(changed.segment);
      revisions.push(changed.revision);
    }
    if (!found) throw new TinjauError('not-found', say('rulesApply.noBatch', { batch: batchId }));
    if (segments.length) this.store.commit({ op: 'put-segments', segments, revisions });
    return { restored: segments.length, skipped, segments };
  }
}

function summarise(documents: readonly RulesPlanDocument[]): RulesPlan {
  const sum = (k: 'exclude' | 'reviewed' | 'include' | 'relabel') => documents.reduce((n, d) => n + d[k], 0);
  return { documents, exclude: sum('exclude'), reviewed: sum('reviewed'), include: sum('include'), relabel: sum('relabel') };
}
