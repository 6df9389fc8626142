import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../../shared/api/contract';
import type { DocumentSummary, ProjectSummary, Settings } from '../../../shared/api/types';
import type { Segment, SegmentStatus } from '../../../shared/model/segment';
import { isConfirmed } from '../../../shared/model/segment';
import type { GlossaryEntry } from '../../../shared/glossary/model';
import { documentProgress } from '../../../shared/project/progress';
import { repetitionsOf } from '../../../shared/project/review-ops';
import type { Client } from '../../api/client';
import { ErrorBanner } from '../../components/error-banner';
import type { Notice } from '../../components/notice-bar';
import { NoticeBar } from '../../components/notice-bar';
import { PanelResizer, usePanelWidth } from '../../components/panel-resizer';
import { BulkBar } from '../review/bulk-bar';
import { WorkbenchToolbar } from './workbench-toolbar';
import { downloadFile } from '../../state/download';
import { TermPanel } from '../glossary/term-panel';
import { narrowToInflected } from '../glossary/narrow-entry';
import { useGlossaryStamp } from '../glossary/use-glossary-stamp';
import { useGlossaryView } from '../glossary/use-glossary-view';
import { useDocumentTerms } from '../glossary/use-segment-terms';
import { QaPanel } from '../qa/qa-panel';
import { useSegmentQa } from '../qa/use-segment-qa';
import { findingText } from '../qa/finding-text';
import { CommentsPanel } from '../review/comments-panel';
import { FilterBar } from '../review/filter-bar';
import { HistoryPanel } from '../review/history-panel';
import type { SegmentFilter } from '../review/segment-filter';
import { NO_FILTER } from '../review/segment-filter';
import type { ActiveRowHandle } from './segment-row';
import type { SegmentListHandle } from './segment-list';
import { SegmentList } from './segment-list';
import type { WorkbenchDialog } from './workbench-dialogs';
import { WorkbenchDialogs } from './workbench-dialogs';
import type { PanelId } from './side-panels';
import { SidePanelTabs } from './side-panels';
import { useBulkSelection } from './use-bulk-selection';
import { useDocumentSegments } from './use-document-segments';
import { usePositions } from './positions';
import { useVisibleSegments } from './use-visible-segments';
import { useSegmentActions } from './use-segment-actions';
import { KeysContext } from './keys-context';
import { keyedSegmentAction } from './segment-actions';
import { useWorkbenchKeys } from './use-workbench-keys';
import type { KeyAction } from '../../../shared/keymap';
import { displayCombo, effectiveKeys } from '../../../shared/keymap';
import { TmPanel, useTmMatches } from '../tm/tm-panel';
import { ReadOnlyBanner, ReadOnlyContext } from './read-only';
import { TeamSyncBar } from '../team/team-sync-bar';
import { AssigneeLine } from '../team/assignments-card';
import { TrackedChanges, useTrackedChanges } from '../team/tracked-changes';
import { useTeamSync } from '../team/use-team-sync';
import { useLiveAssignments } from '../team/live-assignments';

interface WorkbenchProps {
  readonly client: Client;
  readonly project: ProjectSummary;
  readonly document: DocumentSummary;
  readonly settings: Settings;
  readonly onSettings: (settings: Settings) => void;
  readonly onBack: () => void;
  readonly onDashboard: () => void;
  /** What the import just did, shown once above the segments. */
  readonly notice?: string;
}



/** The review screen: Indonesian | English for every segment of one document, with its panels. */
/** The QA panel's numbers while the document is still being read: none rather than some. */
const NO_NUMBERS: ReadonlyMap<string, number> = new Map();

export function Workbench({ client, project, document: doc, settings, onSettings, onBack, onDashboard, notice: initialNotice }: WorkbenchProps) {
  const { t, i18n } = useTranslation();
  const docSegments = useDocumentSegments(client, project.path, doc.id, settings.autosaveMs);
  const { segments, complete, loadError, saveState, saveError, dismissSaveError, edit, flush, save, confirm, apply, replace, reload } = docSegments;
  const [notice, setNotice] = useState<Notice | null>(initialNotice ? { text: initialNotice } : null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState<SegmentFilter>(NO_FILTER);
  const [panel, setPanel] = useState<PanelId>('terms');
  const [qaShown, setQaShown] = useState(false);
  const [panelWidth, setPanelWidth] = usePanelWidth();
  useEffect(() => {
    if (panel === 'qa') setQaShown(true);
  }, [panel]);
  const [showPanel, setShowPanel] = useState(true);
  const [diffAll, setDiffAll] = useState(false);
  const [diffToggled, setDiffToggled] = useState<ReadonlySet<string>>(new Set());
  const [replacing, setReplacing] = useState(false);
  const [addingTerm, setAddingTerm] = useState<{ source: string; target: string } | null>(null);
  const [dialog, setDialog] = useState<WorkbenchDialog>(null);
  // A new object per Ctrl+K, so pressing it again with the same words still brings the search up.
  const [concordance, setConcordance] = useState<{ readonly text: string } | null>(null);
  const clearConcordance = useCallback(() => setConcordance(null), []);
  const [tmRefresh, setTmRefresh] = useState(0);
  const keys = useMemo(() => effectiveKeys(settings.shortcuts), [settings.shortcuts]);
  const segmentList = useRef<SegmentListHandle>(null);
  const activeRow = useRef<ActiveRowHandle>(null);

  const list = useMemo(() => segments ?? [], [segments]);
  const numberOf = usePositions(list, 1);
  const order = useCallback(() => numberOf.ids(), [numberOf]);
  // While the document is still being read, the progress is the project's count of the whole of it.
  const progress = useMemo(() => (complete ? documentProgress(list) : doc.progress), [complete, list, doc.progress]);
  const active = activeId ? (list[(numberOf.get(activeId) ?? 0) - 1] ?? null) : null;

  const polled = useGlossaryStamp(client, project.path);
  const [localChanges, setLocalChanges] = useState(0);
  // The glossary and the term hits are asked for once the segments are in and the glossary's stamp
  // is known: the service does one thing at a time, and the segments are what the first screen shows.
  const stamp = polled === null || !complete ? null : `${polled}|${localChanges}`;
  const glossary = useGlossaryView(client, project.path, stamp);
  // The rows' term hits are asked for as they come on screen, a screenful at a time: from the first window on.
  const termsStamp = polled === null || segments === null ? null : `${polled}|${localChanges}`;
  const { terms, show: showTerms, hasProblem, checkingProblems, error: termsError } = useDocumentTerms(client, project.path, doc.id, termsStamp, active, filter.termIssues);
  const [qaSegments, setQaSegments] = useState<ReadonlySet<string>>(new Set());

  const [onlyMine, setOnlyMine] = useState(false);
  const me = settings.reviewer.name;
  const assignments = useLiveAssignments(project.path, project.meta.assignments);
  const { visible, indexOf } = useVisibleSegments({ list, numberOf, filter, activeId, hasTermProblem: hasProblem, qaSegments, onlyMine, assignments, documentId: doc.id, me });
  const bulk = useBulkSelection(visible);

  useEffect(() => {
    // The first segment still to review; found in the first window already, or else once the whole is read.
    if (activeId !== null || list.length === 0) return;
    const next = list.find((s) => !s.excluded && !isConfirmed(s.status)) ?? (complete ? list[0] : undefined);
    if (next) setActiveId(next.id);
  }, [activeId, list, complete]);

  // Time spent in a segment counts while it is active and the window is in front.
  const activeSince = useRef<number>(performance.now());
  const leaveSegment = useCallback(
    (id: string | null) => {
      const now = performance.now();
      const ms = Math.round(now - activeSince.current);
      activeSince.current = now;
      if (id && ms > 500 && document.visibilityState === 'visible') {
        void client.api['segments:update']({ project: project.path, segmentId: id, activeMs: Math.min(ms, 30 * 60_000) }).catch(() => undefined);
      }
    },
    [client, project.path],
  );

  const activate = useCallback(
    (id: string) => {
      void flush();
      setActiveId((previous) => {
        if (previous !== id) leaveSegment(previous);
        return id;
      });
      const i = indexOf.get(id);
      if (i !== undefined) segmentList.current?.scrollToIndex(i);
    },
    [flush, indexOf, leaveSegment],
  );

  const move = useCallback(
    (step: 1 | -1, onlyOpen: boolean) => {
      const from = activeId ? (indexOf.get(activeId) ?? -1) : -1;
      for (let i = from + step; i >= 0 && i < visible.length; i += step) {
        const s = visible[i];
        if (s && !s.excluded && (!onlyOpen || !isConfirmed(s.status))) return activate(s.id);
      }
    },
    [activate, activeId, indexOf, visible],
  );

  // Team projects: what a sync brought is loaded once the typing is saved; a confirm syncs soon after.
  const [teamStamp, setTeamStamp] = useState(0);
  const teamSync = useTeamSync(client, project.path, () => {
    void save().then(reload, () => undefined);
    setTeamStamp((n) => n + 1);
  });
  const tracked = useTrackedChanges(client, project.path, doc.id, teamSync.status?.linked === true, teamStamp);

  const afterConfirm = useCallback(
    async (confirmed: Segment) => {
      setConfirmedAt(Date.now());
      teamSync.schedule();
      tracked.acknowledge(confirmed.id);
      // QA runs on confirm for that segment: what it finds is said at once, not at delivery.
      const found = (await client.api['qa:segment']({ project: project.path, segmentId: confirmed.id }).catch(() => [])).filter((f) => f.severity !== 'info');
      if (found.length) {
        setNotice({ text: t('qaOnConfirm', { n: numberOf.get(confirmed.id) ?? 0, count: found.length, first: found[0] ? findingText(t, i18n.language, found[0]) : '' }) });
      }
      const repeats = repetitionsOf(list, { ...confirmed }).filter((s) => !isConfirmed(s.status));
      if (repeats.length === 0) return;
      if (settings.autoPropagate) {
        const result = await client.api['segments:propagate']({ project: project.path, segmentId: confirmed.id });
        apply(result.segments, false);
        setNotice({ text: t('propagate.done', { count: result.segments.length }), undo: result.batchId });
      } else {
        setNotice({ text: t('propagate.offer', { count: repeats.length }), propagate: confirmed.id });
      }
    },
    [apply, client, i18n.language, list, numberOf, project.path, settings.autoPropagate, t, teamSync.schedule, tracked.acknowledge],
  );

  const confirmActive = useCallback(() => {
    if (!activeId) return;
    // Move at once and confirm in the background, so fast keyboard work is never undone by a late reply.
    const confirming = activeId;
    move(1, true);
    // A failed save, confirm or propagation is said; the segment then keeps its earlier status.
    confirm(confirming)
      .then(afterConfirm)
      .catch((err: Error) => setError(err.message));
  }, [activeId, afterConfirm, confirm, move]);

  const revertToDraft = useCallback(() => {
    if (!active) return;
    save()
      .then(() => client.api['segments:update']({ project: project.path, segmentId: active.id, target: active.draft?.text ?? '', status: active.draft ? 'draft' : 'new', origin: 'restore' }))
      .then(replace, (err: Error) => setError(err.message));
  }, [active, client, save, project.path, replace]);

  const run = useCallback(
    (action: KeyAction) => {
      switch (action) {
        case 'confirm':
          return confirmActive();
        case 'next':
          return move(1, false);
        case 'previous':
          return move(-1, false);
        case 'nextOpen':
          return move(1, true);
        case 'copyDraft':
          return active && activeRow.current?.insert(active.draft?.text ?? active.source);
        case 'revertDraft':
          return revertToDraft();
        case 'toggleDiff':
          return setDiffAll((v) => !v);
        case 'findReplace':
          return setReplacing(true);
        case 'jumpTo':
          return setDialog('jump');
        case 'focusFilter':
          return document.getElementById('filter-status')?.focus();
        case 'addTerm':
          return setAddingTerm({ source: activeRow.current?.selectedSource() ?? '', target: activeRow.current?.selectedText() ?? '' });
        case 'concordance':
          setConcordance({ text: activeRow.current?.selectedSource() || activeRow.current?.selectedText() || '' });
          setShowPanel(true);
          return setPanel('tm');
        case 'shortcuts':
          return setDialog('shortcuts');
        case 'copySource':
          return active && activeRow.current?.replaceAll(active.source);
        default: {
          // The segment actions under the active segment, by key: only where their button shows.
          const segmentAction = active && !project.readOnly ? keyedSegmentAction(action, active) : null;
          if (active && segmentAction) void actionRef.current(active.id, segmentAction, {});
        }
      }
    },
    [active, confirmActive, move, project.readOnly, revertToDraft],
  );
  const tm = useTmMatches(client, project.path, active, tmRefresh);
  const [confirmedAt, setConfirmedAt] = useState(0);
  const liveQa = useSegmentQa(client, project.path, activeId, active?.target ?? '', confirmedAt);
  const useMatch = useCallback(
    (n: number) => {
      const match = tm.matches[n - 1];
      if (!match) return false;
      activeRow.current?.replaceAll(match.target);
      return true;
    },
    [tm.matches],
  );
  useWorkbenchKeys({ keys, activeId, terms, activeRow, run, useMatch });

  const [splitting, setSplitting] = useState<Segment | null>(null);
  const onAction = useSegmentActions({ client, project: project.path, documentId: doc.id, list, save, apply, setError, askSplit: setSplitting });
  const actionRef = useRef(onAction);
  actionRef.current = onAction;
  const stableAction = useCallback((...args: Parameters<typeof onAction>) => void actionRef.current(...args), []);
  const toggleDiff = useCallback((id: string) => setDiffToggled((s) => { const n = new Set(s); if (n.has(id)) n.delete(id); else n.add(id); return n; }), []);

  const narrowEntry = (entry: GlossaryEntry & { readonly glossary?: string }) =>
    narrowToInflected(client, project.path, entry).then(
      () => setLocalChanges((n) => n + 1),
      (err: Error) => setError(err.message),
    );
  const runUndo = (batchId: string) =>
    client.api['segments:undoBatch']({ project: project.path, batchId }).then(
      (r) => {
        apply(r.segments, false);
        setNotice({ text: t('undo.done', { count: r.segments.length, skipped: r.skipped ?? 0 }) });
      },
      (err: Error) => setError(err.message),
    );
  const runPropagate = (segmentId: string) =>
    client.api['segments:propagate']({ project: project.path, segmentId }).then(
      (r) => {
        apply(r.segments, false);
        setNotice({ text: t('propagate.done', { count: r.segments.length }), undo: r.batchId });
      },
      (err: Error) => setError(err.message),
    );
  const applyBulk = (status: SegmentStatus) =>
    client.api['segments:bulkStatus']({ project: project.path, segmentIds: [...bulk.selected], status }).then(
      (r) => {
        apply(r.segments, false);
        bulk.clear();
        setNotice({ text: t('bulk.done', { count: r.segments.length, status: t(`status.${status}`) }), undo: r.batchId });
      },
      (err: Error) => setError(err.message),
    );

  /** Leaves for another screen or dialog only once the typing is saved; a failed save stays here, said. */
  const afterSaving = (next: () => void) =>
    save().then(next, (err: Error) => setError(err.message));

  const exportAs = async (format: ExportFormat) => {
    try {
      await save();
      downloadFile(await client.api['documents:export']({ project: project.path, documentId: doc.id, format }));
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <ReadOnlyContext.Provider value={project.readOnly === true}>
    <KeysContext.Provider value={keys}>
    <div className="workbench">
      <WorkbenchToolbar
        title={project.meta.name}
        documentName={doc.name}
        count={list.length}
        progress={progress}
        saveState={saveState}
        keys={keys}
        diffAll={diffAll}
        showPanel={showPanel}
        onBack={() => void afterSaving(onBack)}
        onToggleDiff={() => setDiffAll((v) => !v)}
        onReplace={() => setReplacing(true)}
        onTogglePanel={() => setShowPanel((v) => !v)}
        onDashboard={() => void afterSaving(onDashboard)}
        onPretranslate={() => void afterSaving(() => setDialog('pretranslate'))}
        onExport={() => void afterSaving(() => setDialog('export'))}
        onQuickExport={(format) => void exportAs(format)}
      />
      <ReadOnlyBanner readOnly={project.readOnly === true} />
      <ErrorBanner message={loadError} />
      <ErrorBanner
        message={saveError ?? error}
        onDismiss={() => {
          setError(null);
          dismissSaveError();
        }}
      />
      <NoticeBar notice={notice} onUndo={(id) => void runUndo(id)} onPropagate={(id) => void runPropagate(id)} onDismiss={() => setNotice(null)} />
      <TeamSyncBar client={client} sync={teamSync} />
      <AssigneeLine assignments={assignments} documentId={doc.id} number={activeId ? (numberOf.get(activeId) ?? 0) : 0} me={me} onlyMine={onlyMine} onOnlyMine={setOnlyMine} />
      <TrackedChanges
        changes={tracked.changes}
        activeId={activeId}
        order={order}
        onJump={(id) => {
          if (!indexOf.has(id)) setFilter(NO_FILTER);
          activate(id);
        }}
      />
      <FilterBar filter={filter} onChange={setFilter} shown={visible.length} total={list.length} checkingTerms={checkingProblems} />
      {bulk.selected.size > 0 && <BulkBar count={bulk.selected.size} onApply={applyBulk} onClear={bulk.clear} />}
      <div className="workbench-body">
        <SegmentList
          ref={segmentList}
          visible={visible}
          sourceLang={doc.sourceLang}
          targetLang={doc.targetLang}
          numberOf={numberOf}
          activeId={activeId}
          activeRow={activeRow}
          terms={terms}
          onShown={showTerms}
          selected={bulk.selected}
          diffAll={diffAll}
          diffToggled={diffToggled}
          activeFindings={liveQa.findings}
          busy={segments === null}
          onActivate={activate}
          onEdit={edit}
          onAction={stableAction}
          onSelect={bulk.toggle}
          onToggleDiff={toggleDiff}
        />
        {showPanel && (
          <aside className="side" aria-label={t('panels.label')} style={{ width: panelWidth }}>
            <PanelResizer width={panelWidth} onWidth={setPanelWidth} />
            <div className="side-content">
              <SidePanelTabs panel={panel} onPanel={setPanel} panels={['terms', 'tm', 'history', 'comments', 'qa']} />
              <div role="tabpanel" id={`panel-${panel}`} aria-labelledby={`tab-${panel}`}>
                {panel === 'terms' && (
                  <TermPanel
                    terms={activeId ? terms.get(activeId) : undefined}
                    fileTerms={active?.fileTerms}
                    entries={glossary.entries}
                    error={termsError ?? glossary.error}
                    onInsert={(text) => activeRow.current?.insert(text)}
                    onAddTerm={() => setAddingTerm({ source: activeRow.current?.selectedSource() ?? '', target: activeRow.current?.selectedText() ?? '' })}
                    onNoDerived={(entry) => void narrowEntry(entry)}
                  />
                )}
                {panel === 'history' && <HistoryPanel client={client} project={project.path} segment={active} onRestored={replace} />}
                {panel === 'tm' && (
                  <TmPanel
                    client={client}
                    project={project.path}
                    segment={active}
                    matches={tm.matches}
                    error={tm.error}
                    concordance={concordance}
                    onConcordanceHandled={clearConcordance}
                    onUse={(text) => activeRow.current?.replaceAll(text)}
                  />
                )}
                {/* Mounted once first shown, then kept while another tab shows: a run's findings stay until the next run. */}
                {(panel === 'qa' || qaShown) && (
                  <div hidden={panel !== 'qa'}>
                    <QaPanel
                      client={client}
                      project={project.path}
                      documentId={doc.id}
                      activeSegmentId={activeId}
                      numbers={complete ? numberOf : NO_NUMBERS}
                      onFindings={setQaSegments}
                      onJump={(id) => {
                        if (!indexOf.has(id)) setFilter(NO_FILTER);
                        activate(id);
                      }}
                    />
                  </div>
                )}
                {panel === 'comments' && (
                  <CommentsPanel client={client} project={project.path} segment={active} selection={() => activeRow.current?.selection() ?? null} onChanged={replace} />
                )}
              </div>
            </div>
          </aside>
        )}
      </div>
      <WorkbenchDialogs
        client={client}
        project={project.path}
        documentId={doc.id}
        settings={settings}
        onSettings={onSettings}
        list={list}
        numberOf={numberOf}
        shown={(id) => indexOf.has(id)}
        selected={bulk.selected}
        splitting={splitting}
        setSplitting={setSplitting}
        onAction={onAction}
        replacing={replacing}
        setReplacing={setReplacing}
        apply={apply}
        addingTerm={addingTerm}
        setAddingTerm={setAddingTerm}
        glossarySources={glossary.view?.sources ?? []}
        setLocalChanges={setLocalChanges}
        dialog={dialog}
        setDialog={setDialog}
        setError={setError}
        setNotice={setNotice}
        setFilter={setFilter}
        activate={activate}
        reload={reload}
        setTmRefresh={setTmRefresh}
      />
      <footer className="statusbar">
        <span>{t('editor.shortcuts', { confirm: displayCombo(keys.confirm), next: displayCombo(keys.next), previous: displayCombo(keys.previous), sheet: displayCombo(keys.shortcuts) })}</span>
        <button type="button" className="link-button small-link" onClick={() => setDialog('shortcuts')}>
          {t('shortcuts.open')}
        </button>
      </footer>
    </div>
    </KeysContext.Provider>
    </ReadOnlyContext.Provider>
  );
}
