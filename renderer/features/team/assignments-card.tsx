import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectSummary } from '../../../shared/api/types';
import type { Assignment } from '../../../shared/model/project';

/** The roles work is assigned to (a project manager assigns, is not assigned). */
type AssignmentRole = Exclude<Assignment['role'], 'project-manager'>;
import type { Client } from '../../api/client';
import { localMessage } from '../../i18n/local-message';

const ROLES: readonly AssignmentRole[] = ['translator', 'reviewer', 'second-reviewer'];

/** "segments 3–9" or "whole document", in the interface's language. */
export function assignmentRange(t: (key: string, args?: Record<string, unknown>) => string, a: Assignment): string {
  return a.from !== undefined || a.to !== undefined ? t('team.assignRange', { from: a.from ?? 1, to: a.to ?? '…' }) : t('team.assignWhole');
}

/** The project home's assignments: a document or a range of its segments to a translator or reviewer; synced with the team. */
export function AssignmentsCard({ client, project, defaultAssignee, onChanged, onError }: { client: Client; project: ProjectSummary; defaultAssignee: string; onChanged: () => void; onError: (message: string | null) => void }) {
  const { t } = useTranslation();
  const [documentId, setDocumentId] = useState(project.documents[0]?.id ?? '');
  const [assignee, setAssignee] = useState(defaultAssignee);
  const [role, setRole] = useState<AssignmentRole>('reviewer');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [busy, setBusy] = useState(false);
  if (project.documents.length === 0) return null;
  const assignments = project.meta.assignments ?? [];
  const nameOf = (id: string) => project.documents.find((d) => d.id === id)?.name ?? id;
  const call = async (run: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await run();
      onError(null);
      onChanged();
    } catch (err) {
      onError(localMessage(err as Error));
    } finally {
      setBusy(false);
    }
  };
  const submit = () =>
    call(async () => {
      await client.api['team:assign']({
        project: project.path,
        documentId: documentId || (project.documents[0]?.id ?? ''),
        assignee: assignee.trim(),
        role,
        ...(from ? { from: Number(from) } : {}),
        ...(to ? { to: Number(to) } : {}),
      });
      setFrom('');
      setTo('');
    });
  return (
    <section aria-labelledby="assignments-heading" className="card assignments-card">
      <h2 id="assignments-heading">{t('team.assignHeading')}</h2>
      {assignments.length > 0 && (
        <ul>
          {assignments.map((a) => (
            <li key={a.id}>
              <span>{t('team.assignLine', { doc: nameOf(a.documentId), range: assignmentRange(t, a), who: a.assignee, role: t(`team.role_${a.role}`) })}</span>{' '}
              <button type="button" className="small" disabled={busy} onClick={() => void call(() => client.api['team:unassign']({ project: project.path, assignmentId: a.id }))}>
                {t('team.assignRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={(e) => (e.preventDefault(), void submit())}>
        <label className="field">
          <span>{t('team.assignDocument')}</span>
          <select value={documentId} onChange={(e) => setDocumentId(e.target.value)}>
            {project.documents.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('team.assignWho')}</span>
          <input value={assignee} onChange={(e) => setAssignee(e.target.value)} required maxLength={200} />
        </label>
        <label className="field">
          <span>{t('team.assignRole')}</span>
          <select value={role} onChange={(e) => setRole(e.target.value as AssignmentRole)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`team.role_${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('team.assignFrom')}</span>
          <input type="number" min={1} value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('team.assignTo')}</span>
          <input type="number" min={1} value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <button type="submit" disabled={busy || !assignee.trim()}>
          {t('team.assignButton')}
        </button>
      </form>
    </section>
  );
}

/** The assignments covering segment `n` (1-based) of a document. */
export function assignmentsAt(assignments: readonly Assignment[] | undefined, documentId: string, n: number): Assignment[] {
  return (assignments ?? []).filter((a) => a.documentId === documentId && n >= (a.from ?? 1) && n <= (a.to ?? Number.MAX_SAFE_INTEGER));
}

/** The workbench's line naming who the active segment is assigned to, and the "assigned to me" filter. */
export function AssigneeLine({ assignments, documentId, number, me, onlyMine, onOnlyMine }: { assignments: readonly Assignment[] | undefined; documentId: string; number: number; me: string; onlyMine: boolean; onOnlyMine: (on: boolean) => void }) {
  const { t } = useTranslation();
  const forDoc = (assignments ?? []).filter((a) => a.documentId === documentId);
  if (forDoc.length === 0) return null;
  const here = assignmentsAt(forDoc, documentId, number);
  return (
    <div className="assignee-line" role="note" aria-label={t('team.assignHeading')}>
      {here.map((a) => (
        <span key={a.id}>{t('team.assignedTo', { who: a.assignee, role: t(`team.role_${a.role}`) })} </span>
      ))}
      {me && forDoc.some((a) => a.assignee === me) && (
        <label>
          <input type="checkbox" checked={onlyMine} onChange={(e) => onOnlyMine(e.target.checked)} /> {t('team.assignedToMe')}
        </label>
      )}
    </div>
  );
}
