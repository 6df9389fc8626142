import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary, ProjectSummary, RecentProject } from '../../../shared/api/types';
import type { Client } from '../../api/client';
import { ErrorBanner } from '../../components/error-banner';
import { ProgressBar } from '../../components/progress-bar';
import { ImportDialog } from '../import/import-dialog';
import { importNotice } from '../import/import-notice';
import { BoilerplateRulesDialog } from '../settings/boilerplate-rules-dialog';
import { ReviewImportDialog } from '../export/review-import-dialog';
import { TeamPanel } from '../team/team-panel';
import { AssignmentsCard } from '../team/assignments-card';
import { TmSources } from '../tm/tm-sources';
import { FolderField } from '../../components/folder-field';

interface ProjectHomeProps {
  readonly client: Client;
  readonly project: ProjectSummary | null;
  readonly onProject: (project: ProjectSummary) => void;
  readonly onOpenDocument: (doc: DocumentSummary, notice?: string) => void;
  readonly onOpenGlossary: () => void;
  /** Files dropped on the window, to import into the open project. */
  readonly droppedFiles?: readonly File[] | null;
  readonly onDroppedHandled?: () => void;
}

/** Recent projects, creating and opening one, and the open project's documents. */
export function ProjectHome({ client, project, onProject, onOpenDocument, onOpenGlossary, droppedFiles, onDroppedHandled }: ProjectHomeProps) {
  const { t, i18n } = useTranslation();
  const [recent, setRecent] = useState<readonly RecentProject[]>([]);
  const [name, setName] = useState('');
  const [openPath, setOpenPath] = useState('');
  const [importing, setImporting] = useState(false);
  const [editingRules, setEditingRules] = useState(false);
  const [importingReview, setImportingReview] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const dateFmt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  useEffect(() => {
    client.api['projects:recent']({}).then(setRecent, (err: Error) => setError(err.message));
  }, [client, project]);

  /** Resolves true once the project is open, false when it failed (the error is shown). */
  const run = (p: Promise<ProjectSummary>): Promise<boolean> =>
    p.then(
      (summary) => {
        setError(null);
        onProject(summary);
        return true;
      },
      (err: Error) => {
        setError(err.message);
        return false;
      },
    );

  return (
    <div className="home">
      <header className="toolbar">
        <h1 className="toolbar-title">{project ? project.meta.name : t('app.name')}</h1>
        {project && (
          <button type="button" onClick={onOpenGlossary}>
            {t('glossary.open')}
          </button>
        )}
        {project && project.documents.length > 0 && (
          <button type="button" onClick={() => setImportingReview(true)}>
            {t('reviewImport.open')}
          </button>
        )}
        <button type="button" onClick={() => setEditingRules(true)}>
          {t('rules.open')}
        </button>
        {project && (
          <button type="button" className="primary" onClick={() => setImporting(true)}>
            {t('home.import')}
          </button>
        )}
      </header>
      <ErrorBanner message={error} onDismiss={() => setError(null)} />
      {notice && (
        <div className="notice" role="status">
          <span>{notice}</span>
          <button type="button" className="link-button" onClick={() => setNotice(null)}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
      <main className="home-main">
        {project && (
          <section aria-labelledby="documents-heading" className="card">
            <h2 id="documents-heading">{t('home.documents')}</h2>
            {project.documents.length === 0 && <p className="muted">{t('home.noDocuments')}</p>}
            <ul className="document-list">
              {project.documents.map((doc) => (
                <li key={doc.id}>
                  <button type="button" className="document-open" onClick={() => onOpenDocument(doc)}>
                    <strong>{doc.name}</strong>
                    <span className="muted">
                      {t('home.documentInfo', { segments: doc.progress.segments, words: doc.progress.sourceWords, date: dateFmt.format(new Date(doc.importedAt)) })}
                    </span>
                    <span className="muted">
                      {t('home.documentWords', {
                        confirmed: doc.progress.confirmedWords,
                        excluded: doc.progress.excluded,
                        activity: doc.progress.lastActivity ? dateFmt.format(new Date(doc.progress.lastActivity)) : '—',
                      })}
                    </span>
                  </button>
                  <ProgressBar progress={doc.progress} label={t('home.progressOf', { name: doc.name })} />
                  {removing === doc.id ? (
                    <div className="inline-confirm" role="group" aria-label={t('home.removeConfirm', { name: doc.name })}>
                      <span>{t('home.removeConfirm', { name: doc.name })}</span>
                      <button
                        type="button"
                        className="small danger"
                        onClick={() => {
                          setRemoving(null);
                          void run(client.api['documents:remove']({ project: project.path, documentId: doc.id }));
                        }}
                      >
                        {t('home.removeYes')}
                      </button>
                      <button type="button" className="small" onClick={() => setRemoving(null)} autoFocus>
                        {t('common.cancel')}
                      </button>
                    </div>
                  ) : (
                    <button type="button" className="link-button" onClick={() => setRemoving(doc.id)} aria-label={t('home.removeLabel', { name: doc.name })}>
                      {t('home.remove')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
        {project && <TmSources client={client} project={project.path} onError={setError} />}
        {project && <TeamPanel client={client} project={project.path} onError={setError} onChanged={() => void client.api['projects:open']({ project: project.path }).then(onProject)} />}
        {project && <AssignmentsCard client={client} project={project} defaultAssignee="" onError={setError} onChanged={() => void client.api['projects:open']({ project: project.path }).then(onProject)} />}
        <section aria-labelledby="recent-heading" className="card">
          <h2 id="recent-heading">{t('home.recent')}</h2>
          <ul className="recent-list">
            {recent.map((r) => (
              <li key={r.path}>
                <button type="button" className="link-button" onClick={() => void run(client.api['projects:open']({ project: r.path }))}>
                  {r.name}
                </button>
                <span className="muted"> {dateFmt.format(new Date(r.openedAt))}</span>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void run(client.api['projects:openSample']({}))}>
            {t('home.openSample')}
          </button>
        </section>
        <section aria-labelledby="new-heading" className="card">
          <h2 id="new-heading">{t('home.newProject')}</h2>
          <form className="inline-form" onSubmit={(e) => (e.preventDefault(), void run(client.api['projects:create']({ name })).then((ok) => ok && setName('')))}>
            <label className="field">
              <span>{t('home.projectName')}</span>
              <input value={name} onChange={(e) => setName(e.target.value)} required />
            </label>
            <button type="submit" className="primary" disabled={!name.trim()}>
              {t('home.create')}
            </button>
          </form>
          <form className="inline-form" onSubmit={(e) => (e.preventDefault(), void run(client.api['projects:open']({ project: openPath })))}>
            <FolderField client={client} label={t('home.projectFolder')} value={openPath} onChange={setOpenPath} placeholder="/home/…/Berita.tinjau" />
            <button type="submit" disabled={!openPath.trim()}>
              {t('home.open')}
            </button>
          </form>
        </section>
      </main>
      {importingReview && project && (
        <ReviewImportDialog
          client={client}
          project={project.path}
          onClose={() => setImportingReview(false)}
          onApplied={(r) => {
            setImportingReview(false);
            setNotice(t('reviewImport.applied', { count: r.changes.length + r.comments.length }));
            void client.api['projects:open']({ project: project.path }).then(onProject);
          }}
        />
      )}
      {editingRules && (
        <BoilerplateRulesDialog
          client={client}
          project={project?.path}
          onChanged={() => project && void client.api['projects:open']({ project: project.path }).then(onProject)}
          onClose={() => setEditingRules(false)}
        />
      )}
      {(importing || (droppedFiles && droppedFiles.length > 0)) && project && (
        <ImportDialog
          client={client}
          project={project.path}
          existingNames={project.documents.map((d) => d.name)}
          initialFiles={droppedFiles ?? []}
          onCancel={() => {
            setImporting(false);
            onDroppedHandled?.();
          }}
          onImported={(result) => {
            setImporting(false);
            onDroppedHandled?.();
            onOpenDocument(result.document, importNotice(result, t));
            void client.api['projects:open']({ project: project.path }).then(onProject);
          }}
        />
      )}
    </div>
  );
}
