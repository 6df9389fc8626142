import i18next from 'i18next';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary, ProjectSummary, Settings } from '../shared/api/types';
import type { Client } from './api/client';
import { ErrorBanner } from './components/error-banner';
import { RecoveryBanner, type Recovery } from './components/recovery-banner';
import { watchFocusLoss } from './components/use-focus-rescue';
import { Workbench } from './features/editor/workbench';
import { GlossaryManager } from './features/glossary/glossary-manager';
import { ProjectHome } from './features/projects/project-home';
import { Dashboard } from './features/review/dashboard';
import { ReviewerDialog } from './features/first-start/reviewer-dialog';
import { SettingsDialog } from './features/settings/settings-dialog';
import { MtSettingsDialog } from './features/tm/mt-settings-dialog';
import { useTextSettings, useTheme } from './state/use-theme';

type View =
  | { readonly kind: 'home' }
  | { readonly kind: 'glossary' }
  | { readonly kind: 'dashboard'; readonly document: DocumentSummary }
  | { readonly kind: 'document'; readonly document: DocumentSummary; readonly notice?: string };

/**
 * The app shell. A first start opens the sample project's document so a newcomer sees Tinjau
 * working; later starts reopen the last project.
 */
export function App({ client }: { client: Client }) {
  const { t, i18n } = useTranslation();
  const [project, setProject] = useState<ProjectSummary | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [view, setView] = useState<View>({ kind: 'home' });
  const [editingSettings, setEditingSettings] = useState(false);
  const [editingMt, setEditingMt] = useState(false);
  const [dropped, setDropped] = useState<readonly File[] | null>(null);
  const [ready, setReady] = useState(false);
  // Whether the reviewer has given their name; null until the settings are read.
  const [named, setNamed] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [recovery, setRecovery] = useState<Recovery | null>(null);
  // Set once the reviewer switches the language: settings that arrive later do not switch it back.
  const languageChosen = useRef(false);
  useTheme(settings?.theme ?? null);
  // A button that removes or disables itself (the bulk bar's "Yes", a glossary entry's Delete)
  // leaves focus nowhere: it goes back near where it was, or to the segment being edited.
  useEffect(() => watchFocusLoss(document.body), []);
  useTextSettings(settings);
  // A first start asks who is reviewing before anything can be edited.
  const needsName = named === false;

  /** Every project summary comes through here: what opening it repaired is shown once. */
  const showProject = useCallback((summary: ProjectSummary) => {
    setProject(summary);
    if (summary.notices?.length) setRecovery({ project: summary.meta.name, notices: summary.notices });
  }, []);

  // Once per window. The i18next instance itself, not the hook's: the hook hands out a new object
  // on every language change, which would run the whole start-up again.
  useEffect(() => {
    let cancelled = false;
    client.api['settings:get']({}).then(
      async (loaded) => {
        if (cancelled) return;
        setSettings(loaded);
        if (!languageChosen.current) await i18next.changeLanguage(loaded.uiLanguage);
        if (!cancelled) setNamed(loaded.reviewerNamed !== false);
      },
      (err: Error) => {
        if (cancelled) return;
        setError(err.message);
        setReady(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [client]);

  // Then the project: once the reviewer is named, so even the sample's import carries their name.
  useEffect(() => {
    if (!named) return;
    let cancelled = false;
    (async () => {
      const recent = await client.api['projects:recent']({});
      if (cancelled) return;
      if (recent.length === 0) {
        const sample = await client.api['projects:openSample']({});
        // Shown even by a start-up that was superseded: what opening repaired is said only once.
        showProject(sample);
        if (sample.documents[0]) setView({ kind: 'document', document: sample.documents[0] });
      } else if (recent[0]) {
        const last = recent[0];
        // The last project may be open in another Tinjau, or damaged: say so, and start at home.
        const reopened = await client.api['projects:open']({ project: last.path }).catch((err: Error) => {
          if (!cancelled) setError(i18next.t('app.reopenFailed', { name: last.name, reason: err.message }));
          return null;
        });
        if (reopened) showProject(reopened);
      }
    })()
      .catch((err: Error) => !cancelled && setError(err.message))
      .finally(() => !cancelled && setReady(true));
    return () => {
      cancelled = true;
    };
  }, [client, showProject, named]);

  const openProject = (summary: ProjectSummary) => {
    showProject(summary);
    setView((v) => (v.kind === 'document' && summary.documents.some((d) => d.id === v.document.id) ? v : { kind: 'home' }));
  };

  const switchLanguage = () => {
    const next = i18n.language === 'id' ? 'en' : 'id';
    languageChosen.current = true;
    void i18n.changeLanguage(next);
    void client.api['settings:update']({ uiLanguage: next }).then(setSettings);
  };

  const backHome = () => {
    setView({ kind: 'home' });
    if (project) client.api['projects:open']({ project: project.path }).then(showProject, (err: Error) => setError(err.message));
  };

  return (
    <div
      className="app"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        // Files dropped anywhere go to the import dialog of the open project.
        e.preventDefault();
        const files = [...e.dataTransfer.files];
        if (files.length && project) {
          setDropped(files);
          setView({ kind: 'home' });
        }
      }}
    >
      <nav className="app-bar" aria-label={t('app.navigation')}>
        <span className="brand">Tinjau</span>
        {settings && !needsName && (
          <span className="muted" title={settings.reviewer.initials}>
            {settings.reviewer.name} · {t(`settings.roles.${settings.reviewer.role}`)}
          </span>
        )}
        <button type="button" className="link-button" onClick={() => setEditingSettings(true)}>
          {t('settings.open')}
        </button>
        <button type="button" className="link-button" onClick={() => setEditingMt(true)}>
          {t('mt.open')}
        </button>
        <button type="button" className="link-button" onClick={switchLanguage} lang={i18n.language === 'id' ? 'en' : 'id'}>
          {i18n.language === 'id' ? 'English' : 'Bahasa Indonesia'}
        </button>
      </nav>
      <ErrorBanner message={error} onDismiss={() => setError(null)} />
      <RecoveryBanner recovery={recovery} onDismiss={() => setRecovery(null)} />
      {settings && needsName ? (
        <ReviewerDialog
          client={client}
          settings={settings}
          onSaved={(saved) => {
            setSettings(saved);
            setNamed(true);
          }}
          onSwitchLanguage={switchLanguage}
        />
      ) : !ready || !settings ? (
        <p className="loading" role="status">
          {t('common.loading')}
        </p>
      ) : view.kind === 'document' && project ? (
        <Workbench
          key={view.document.id}
          client={client}
          project={project}
          document={view.document}
          settings={settings}
          onSettings={setSettings}
          {...(view.notice ? { notice: view.notice } : {})}
          onBack={backHome}
          onDashboard={() => setView({ kind: 'dashboard', document: view.document })}
        />
      ) : view.kind === 'dashboard' && project ? (
        <Dashboard client={client} project={project} document={view.document} onProject={setProject} onBack={() => setView({ kind: 'document', document: view.document })} />
      ) : view.kind === 'glossary' && project ? (
        <GlossaryManager client={client} project={project} onBack={() => setView({ kind: 'home' })} />
      ) : (
        <ProjectHome
          client={client}
          project={project}
          onProject={openProject}
          onOpenDocument={(document, notice) => setView({ kind: 'document', document, ...(notice ? { notice } : {}) })}
          onOpenGlossary={() => setView({ kind: 'glossary' })}
          droppedFiles={dropped}
          onDroppedHandled={() => setDropped(null)}
        />
      )}
      {editingMt && <MtSettingsDialog client={client} onClose={() => setEditingMt(false)} />}
      {editingSettings && settings && (
        <SettingsDialog
          client={client}
          settings={settings}
          onClose={() => setEditingSettings(false)}
          onSaved={(saved) => {
            setSettings(saved);
            void i18n.changeLanguage(saved.uiLanguage);
            setEditingSettings(false);
          }}
        />
      )}
    </div>
  );
}
