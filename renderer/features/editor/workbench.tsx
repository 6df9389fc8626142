import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../../shared/api/contract';
import type { DocumentSummary, ProjectSummary } from '../../../shared/api/types';
import { isConfirmed } from '../../../shared/model/segment';
import { documentProgress } from '../../../shared/project/progress';
import type { Client } from '../../api/client';
import { ErrorBanner } from '../../components/error-banner';
import { ProgressBar } from '../../components/progress-bar';
import { downloadFile } from '../../state/download';
import { splitSentences } from '../../../shared/segment/sentences';
import type { SegmentAction } from './segment-actions';
import type { ActiveRowHandle } from './segment-row';
import { SegmentRow } from './segment-row';
import { useDocumentSegments } from './use-document-segments';
import { EntryDialog } from '../glossary/entry-dialog';
import { TermPanel } from '../glossary/term-panel';
import { useGlossaryStamp } from '../glossary/use-glossary-stamp';
import { useGlossaryView } from '../glossary/use-glossary-view';
import { insertableTerms, useDocumentTerms } from '../glossary/use-segment-terms';

interface WorkbenchProps {
  readonly client: Client;
  readonly project: ProjectSummary;
  readonly document: DocumentSummary;
  readonly onBack: () => void;
  /** What the import just did, shown once above the segments. */
  readonly notice?: string;
}

/** The review screen: Indonesian | English for every paragraph of one document. */
export function Workbench({ client, project, document: doc, onBack, notice: initialNotice }: WorkbenchProps) {
  const { t } = useTranslation();
  const { segments, loadError, saveState, saveError, edit, flush, confirm, apply } = useDocumentSegments(client, project.path, doc.id);
  const [notice, setNotice] = useState<string | null>(initialNotice ?? null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const scroller = useRef<HTMLDivElement>(null);

  const list = useMemo(() => segments ?? [], [segments]);
  const indexOf = useMemo(() => new Map(list.map((s, i) => [s.id, i])), [list]);
  const progress = useMemo(() => documentProgress(list), [list]);
  const active = activeId ? (list[indexOf.get(activeId) ?? -1] ?? null) : null;

  const polled = useGlossaryStamp(client, project.path);
  // Our own glossary edits refresh at once; colleagues' arrive with the polled stamp.
  const [localChanges, setLocalChanges] = useState(0);
  const stamp = `${polled ?? ''}|${localChanges}`;
  const glossary = useGlossaryView(client, project.path, stamp);
  const { terms, error: termsError } = useDocumentTerms(client, project.path, doc.id, stamp, active);
  const activeRow = useRef<ActiveRowHandle>(null);
  const [showTerms, setShowTerms] = useState(true);
  const [addingTerm, setAddingTerm] = useState<{ source: string; target: string } | null>(null);

  const virtualizer = useVirtualizer({
    count: list.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 96,
    overscan: 8,
    getItemKey: (i) => list[i]?.id ?? i,
  });

  useEffect(() => {
    if (activeId === null && list.length > 0) setActiveId((list.find((s) => !s.excluded && !isConfirmed(s.status)) ?? list[0])?.id ?? null);
  }, [activeId, list]);

  const activate = useCallback(
    (id: string) => {
      void flush();
      setActiveId(id);
      const i = indexOf.get(id);
      if (i !== undefined) virtualizer.scrollToIndex(i, { align: 'auto' });
    },
    [flush, indexOf, virtualizer],
  );

  const move = useCallback(
    (step: 1 | -1, onlyOpen: boolean) => {
      const from = activeId ? (indexOf.get(activeId) ?? -1) : -1;
      for (let i = from + step; i >= 0 && i < list.length; i += step) {
        const s = list[i];
        if (s && !s.excluded && (!onlyOpen || !isConfirmed(s.status))) return activate(s.id);
      }
    },
    [activate, activeId, indexOf, list],
  );

  const onKeyDown = useCallback(
    (e: React.KeyboardEvent) => {
      if (!activeId) return;
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        // Move at once and confirm in the background, so fast keyboard work is never undone
        // by a late reply.
        const confirming = activeId;
        move(1, true);
        confirm(confirming).catch((err: Error) => setError(err.message));
      } else if (e.altKey && e.key === 'ArrowDown') {
        e.preventDefault();
        move(1, false);
      } else if (e.altKey && e.key === 'ArrowUp') {
        e.preventDefault();
        move(-1, false);
      } else if (e.altKey && !e.ctrlKey && /^Digit[1-9]$/.test(e.code)) {
        // Alt+1..9 inserts the n-th term of the term panel at the cursor.
        const term = insertableTerms(terms.get(activeId))[Number(e.code.slice(5)) - 1];
        if (term) {
          e.preventDefault();
          activeRow.current?.insert(term);
        }
      } else if ((e.ctrlKey || e.metaKey) && e.shiftKey && e.code === 'KeyT') {
        e.preventDefault();
        setAddingTerm({ source: activeRow.current?.selectedSource() ?? '', target: activeRow.current?.selectedText() ?? '' });
      }
    },
    [activeId, confirm, move, terms],
  );

  const onAction = useCallback(
    async (segmentId: string, action: SegmentAction, offsets: { source?: number; target?: number }) => {
      const api = client.api;
      const p = project.path;
      try {
        await flush();
        switch (action) {
          case 'exclude':
          case 'include':
            return apply(await api['segments:setExcluded']({ project: p, segmentIds: [segmentId], excluded: action === 'exclude' }), false);
          case 'split': {
            const segment = list.find((s) => s.id === segmentId);
            const at = offsets.source ?? firstSentenceEnd(segment?.source ?? '');
            if (!at) return setError(t('actions.splitWhere'));
            return apply(await api['segments:split']({ project: p, segmentId, sourceOffset: at, ...(offsets.target !== undefined ? { targetOffset: offsets.target } : {}) }), true);
          }
          case 'join':
            return apply(await api['segments:joinNext']({ project: p, segmentId }), true);
          case 'undo-pair':
            return apply(await api['alignment:change']({ project: p, documentId: doc.id, change: { kind: 'undo' } }), true);
          default: {
            const kind = action === 'split-pair' ? 'split' : action;
            return apply(await api['alignment:change']({ project: p, documentId: doc.id, change: { kind, segmentId } }), true);
          }
        }
      } catch (err) {
        setError((err as Error).message);
      }
    },
    [apply, client, doc.id, flush, list, project.path, t],
  );

  // Rows are memoized; hand them one callback that always runs the latest onAction.
  const actionRef = useRef(onAction);
  actionRef.current = onAction;
  const stableAction = useCallback(
    (id: string, action: SegmentAction, offsets: { source?: number; target?: number }) => void actionRef.current(id, action, offsets),
    [],
  );

  const exportAs = async (format: ExportFormat) => {
    try {
      await flush();
      downloadFile(await client.api['documents:export']({ project: project.path, documentId: doc.id, format }));
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <div className="workbench" onKeyDown={onKeyDown}>
      <header className="toolbar">
        <button type="button" className="link-button" onClick={() => void flush().then(onBack)}>
          ← {t('editor.backToProject')}
        </button>
        <h1 className="toolbar-title">
          {project.meta.name} <span className="muted">/ {doc.name}</span>
        </h1>
        <span className="muted">{t('editor.segmentCount', { count: list.length })}</span>
        <ProgressBar progress={progress} label={t('progress.label')} />
        <span className={`save-state save-${saveState}`} role="status" aria-live="polite">
          {t(`save.${saveState}`)}
        </span>
        <button type="button" aria-pressed={showTerms} onClick={() => setShowTerms((v) => !v)}>
          {t('terms.toggle')}
        </button>
        <button type="button" onClick={() => void exportAs('txt')}>
          {t('export.txt')}
        </button>
        <button type="button" onClick={() => void exportAs('csv')}>
          {t('export.csv')}
        </button>
      </header>
      <ErrorBanner message={loadError ?? saveError ?? error} onDismiss={() => setError(null)} />
      {notice && (
        <div className="notice" role="status">
          <span>{notice}</span>
          <button type="button" className="link-button" onClick={() => setNotice(null)}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
      <div className="segment-header" aria-hidden="true">
        <span>#</span>
        <span>{t('editor.sourceColumn')}</span>
        <span>{t('editor.targetColumn')}</span>
        <span>{t('editor.statusColumn')}</span>
      </div>
      <div className="workbench-body">
      <main className="segment-scroller" ref={scroller} aria-label={t('editor.segments')} aria-busy={segments === null}>
        <div className="segment-canvas" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const segment = list[item.index];
            if (!segment) return null;
            return (
              <div key={item.key} data-index={item.index} ref={virtualizer.measureElement} className="segment-slot" style={{ transform: `translateY(${item.start}px)` }}>
                <SegmentRow
                  segment={segment}
                  number={item.index + 1}
                  active={segment.id === activeId}
                  onActivate={activate}
                  onEdit={edit}
                  onAction={stableAction}
                  terms={terms.get(segment.id)}
                  editorRef={segment.id === activeId ? activeRow : undefined}
                />
              </div>
            );
          })}
        </div>
      </main>
      {showTerms && (
        <aside className="side" aria-label={t('terms.title')}>
          <TermPanel
            terms={activeId ? terms.get(activeId) : undefined}
            entries={glossary.entries}
            error={termsError ?? glossary.error}
            onInsert={(text) => activeRow.current?.insert(text)}
            onAddTerm={() => setAddingTerm({ source: activeRow.current?.selectedSource() ?? '', target: activeRow.current?.selectedText() ?? '' })}
          />
        </aside>
      )}
      </div>
      {addingTerm && (
        <EntryDialog
          client={client}
          project={project.path}
          sources={glossary.view?.sources ?? []}
          prefill={addingTerm}
          onCancel={() => setAddingTerm(null)}
          onSaved={() => {
            setAddingTerm(null);
            setLocalChanges((n) => n + 1);
          }}
        />
      )}
      <footer className="statusbar">
        <span>{t('editor.shortcuts')}</span>
      </footer>
    </div>
  );
}

/** Where to split when the reviewer did not click into the source: after its first sentence. */
function firstSentenceEnd(source: string): number | null {
  const first = splitSentences(source, 'id')[0];
  if (!first || first.length >= source.trim().length) return null;
  return source.indexOf(first) + first.length;
}
