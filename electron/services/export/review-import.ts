import { randomUUID } from 'node:crypto';
import type { ChannelArgs } from '../../../shared/api/contract';
import { TinjauError } from '../../../shared/api/errors';
import { say } from '../../../shared/messages/text';
import type { ReviewImportResult } from '../../../shared/api/tm-types';
import { planReviewImport } from '../../../shared/export/review-import-plan';
import type { Revision } from '../../../shared/model/revision';
import type { Segment } from '../../../shared/model/segment';
import { applyEdit } from '../../../shared/project/edit';
import { startThread } from '../../../shared/review/model';
import type { Workspace } from '../workspace';
import { readReviewDocx } from './review-docx';

/** How many unknown ids the refusal names before it says "and N more". */
const NAMED_IDS = 10;

/**
 * Reads an outside reviewer's DOCX and compares its English column with the current targets.
 *
 * With `apply`, every changed target becomes revisions (origin `external-review`): text typed
 * with Track Changes off in the name of the reviewer the import names, each outside author's
 * tracked changes in that author's name; all in a single journal entry and one batch, so the
 * import is all or nothing and undoes as one. A file with ids from elsewhere is refused before anything changes.
 */
export async function importReview(workspace: Workspace, args: ChannelArgs<'reviews:import'>): Promise<ReviewImportResult> {
  const store = await workspace.projectStore(args.project);
  const rows = await readReviewDocx(Buffer.from(args.file.base64, 'base64'), args.file.name);
  if (rows.length === 0) throw new TinjauError('format', say('reviewDocx.noRows', { file: args.file.name }));
  const segmentById = (id: string): Segment | undefined => {
    try {
      return store.segment(id);
    } catch {
      return undefined;
    }
  };
  const plan = planReviewImport(rows, segmentById);
  if (plan.foreign.length > 0) {
    const file = args.file.name;
    const ids = plan.foreign.slice(0, NAMED_IDS).join(', ');
    const count = plan.foreign.length;
    const refusal =
      count === 1
        ? say('reviewDocx.foreignId', { file, ids })
        : count > NAMED_IDS
          ? say('reviewDocx.foreignIdsAndMore', { file, count, ids, more: count - NAMED_IDS })
          : say('reviewDocx.foreignIds', { file, count, ids });
    throw new TinjauError('invalid-input', refusal, plan.foreign);
  }
  const now = new Date().toISOString();
  const batch = randomUUID();
  const updated = new Map<string, Segment>();
  const revisions: Revision[] = [];
  let statusChanges = 0;
  for (const change of plan.changes) {
    // One revision per step: typed text in the importing reviewer's name, tracked changes in their author's.
    let current = change.segment;
    for (const step of change.steps) {
      const edit = applyEdit(current, { target: step.text, origin: 'external-review' }, { author: step.by ?? args.reviewer, now, revisionId: randomUUID() });
      if (!edit) continue;
      current = edit.segment;
      revisions.push({ ...edit.revision, batch });
    }
    if (current === change.segment) continue;
    if (current.status !== change.segment.status) statusChanges++;
    updated.set(current.id, current);
  }
  // What the reviewer wrote in the Comments column becomes a comment thread in their name.
  for (const { segment, text } of plan.comments) {
    const current = updated.get(segment.id) ?? segment;
    const thread = startThread(randomUUID(), segment.id, { id: randomUUID(), author: args.reviewer, at: now, text });
    updated.set(segment.id, { ...current, comments: [...(current.comments ?? []), thread] });
  }
  const changed = updated.size > 0;
  if (args.apply && changed) store.commit({ op: 'put-segments', segments: [...updated.values()], revisions });
  return {
    applied: args.apply && changed,
    comments: plan.comments.map((c) => ({ segmentId: c.segment.id, text: c.text })),
    changes: plan.changes.map((c) => ({ segmentId: c.segment.id, before: c.segment.target, after: c.after, by: [...new Set(c.steps.map((s) => s.by ?? args.reviewer))] })),
    unchanged: plan.unchanged,
    statusChanges,
    warnings: plan.warnings,
  };
}
