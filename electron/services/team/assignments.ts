/** Assignments of documents or segment ranges to team members: kept in the project's settings, synced with them. */
import { randomUUID } from 'node:crypto';
import { TinjauError } from '../../../shared/api/errors';
import { say } from '../../../shared/messages/text';
import type { Assignment, ReviewerRole } from '../../../shared/model/project';
import type { ProjectStore } from '../project-store';

export interface AssignArgs {
  readonly documentId: string;
  readonly assignee: string;
  readonly role: ReviewerRole;
  readonly from?: number;
  readonly to?: number;
}

/** Assigns a document, or segments `from`..`to` (1-based) of it, to a team member. */
export function assign(store: ProjectStore, author: string, args: AssignArgs): readonly Assignment[] {
  const doc = store.document(args.documentId);
  const count = store.segmentsOf(doc.id).length;
  if (args.from !== undefined || args.to !== undefined) {
    const from = args.from ?? 1;
    const to = args.to ?? count;
    if (from < 1 || to > count || from > to) throw new TinjauError('invalid-input', say('team.badRange', { from, to, name: doc.name, count }));
  }
  const assignment: Assignment = {
    id: randomUUID(),
    documentId: doc.id,
    ...(args.from !== undefined ? { from: args.from } : {}),
    ...(args.to !== undefined ? { to: args.to } : {}),
    assignee: args.assignee,
    role: args.role,
    assignedBy: author,
    at: new Date().toISOString(),
  };
  const assignments = [...(store.projectMeta.assignments ?? []), assignment];
  store.commit({ op: 'put-meta', meta: { ...store.projectMeta, assignments } });
  return assignments;
}

export function unassign(store: ProjectStore, assignmentId: string): readonly Assignment[] {
  const assignments = (store.projectMeta.assignments ?? []).filter((a) => a.id !== assignmentId);
  store.commit({ op: 'put-meta', meta: { ...store.projectMeta, assignments } });
  return assignments;
}
