import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { glossaryExportFormats } from '../../../shared/api/contract';
import type { ProjectSummary } from '../../../shared/api/types';
import type { Client } from '../../api/client';
import { ErrorBanner } from '../../components/error-banner';
import type { Said } from '../../../shared/messages/text';
import { ImportDetails } from './import-details';
import { downloadFile } from '../../state/download';
import { EntryDialog } from './entry-dialog';
import type { GlossaryEntryRow, GlossaryQuery } from './glossary-filter';
import { domainsOf, filterEntries } from './glossary-filter';
import { GlossaryImportDialog } from './glossary-import-dialog';
import { EntryHistory, GlossaryConflicts, GlossarySources } from './glossary-side-parts';
import { useGlossaryStamp } from './use-glossary-stamp';
import { useGlossaryView } from './use-glossary-view';

/** One row's identity across lists: an entry id is unique within its glossary only. */
const rowKey = (e: GlossaryEntryRow | undefined): string | undefined => e && `${e.glossary}\u0000${e.id}`;

/** The glossary manager: search (by stem too), filter, sort, edit, delete, merge duplicates, history, import and export. */
export function GlossaryManager({ client, project, onBack }: { client: Client; project: ProjectSummary; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const [local, setLocal] = useState(0);
  const polled = useGlossaryStamp(client, project.path);
  const { view, error: loadError, setView } = useGlossaryView(client, project.path, polled === null ? null : `${polled}|${local}`);
  const [query, setQuery] = useState<GlossaryQuery>({ text: '', status: 'all', domain: '', sort: 'source' });
  const [editing, setEditing] = useState<GlossaryEntryRow | 'new' | null>(null);
  const [history, setHistory] = useState<GlossaryEntryRow | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [importing, setImporting] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [importReport, setImportReport] = useState<{ readonly warnings: readonly Said[]; readonly details: readonly Said[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const changed = () => setLocal((n) => n + 1);

  const entries = useMemo(() => filterEntries(view?.entries ?? [], query), [view, query]);
  const domains = useMemo(() => domainsOf(view?.entries ?? []), [view]);
  // Which glossary a row comes from, so two "sanksi" entries (the project's, a shared one) are told apart.
  const sourceLabel = useMemo(() => {
    const byPath = new Map((view?.sources ?? []).map((s) => [s.path, s.own ? t('glossarySource.own') : t('glossarySource.shared', { name: s.name })]));
    return (glossary: string) => byPath.get(glossary) ?? '';
  }, [view, t]);
  // Rows are keyed by glossary and id: the same term in the project glossary and a shared one has
  // the same entry id, and a key shared by two rows left rows of an old list on screen. Measured
  // heights follow the entry too, not its place in the list, so a search never lays a tall row out
  // in the height of the short one that stood there before.
  const getItemKey = useCallback((i: number) => rowKey(entries[i]) ?? i, [entries]);
  const virtualizer = useVirtualizer({ count: entries.length, getScrollElement: () => scroller.current, estimateSize: () => 52, overscan: 10, getItemKey });
  // A new search or filter starts at the top of its list, not at the old list's scroll offset.
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [query]);
  const fmt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });

  // Asked once in the row ("Yes, delete" / Cancel); the entry's history keeps it after that.
  const [deleting, setDeleting] = useState<string | null>(null);
  const remove = (e: GlossaryEntryRow) => {
    setDeleting(null);
    return client.api['glossary:delete']({ project: project.path, glossary: e.glossary, id: e.id }).then(setView, (err: Error) => setError(err.message));
  };
  const merge = () => {
    const rows = entries.filter((e) => selected.has(rowKey(e) ?? ''));
    const glossary = rows[0]?.glossary;
    if (!glossary || rows.some((r) => r.glossary !== glossary)) return setError(t('glossary.mergeSameGlossary'));
    client.api['glossary:mergeEntries']({ project: project.path, glossary, ids: rows.map((r) => r.id) }).then(() => {
      setSelected(new Set());
      changed();
    }, (err: Error) => setError(err.message));
  };
  const exportAs = (format: (typeof glossaryExportFormats)[number]) =>
    client.api['glossary:export']({ project: project.path, format }).then(downloadFile, (err: Error) => setError(err.message));

  return (
    <div className="home glossary-manager">
      <header className="toolbar">
        <button type="button" className="link-button" onClick={onBack}>
          ← {t('editor.backToProject')}
        </button>
        <h1 className="toolbar-title">
          {t('glossary.title')} <span className="muted">/ {project.meta.name}</span>
        </h1>
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          {t('glossary.newEntry')}
        </button>
        <button type="button" onClick={() => setImporting(true)}>
          {t('glossary.import')}
        </button>
        <button type="button" onClick={() => void exportAs('tbx')}>TBX</button>
        <button type="button" onClick={() => void exportAs('tbx-v3')}>TBX v3</button>
        <button type="button" onClick={() => void exportAs('csv')}>CSV</button>
        <button type="button" onClick={() => void exportAs('xlsx')}>XLSX</button>
      </header>
      <ErrorBanner message={loadError ?? error} onDismiss={() => setError(null)} />
      {message && (
        <div className="notice" role="status">
          <span>
            {message}
            {importReport && <ImportDetails warnings={importReport.warnings} details={importReport.details} />}
          </span>
          <button type="button" className="link-button" onClick={() => {
            setMessage(null);
            setImportReport(null);
          }}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
      {view && <GlossaryConflicts client={client} project={project.path} view={view} onResolved={changed} onError={setError} />}
      <main className="glossary-main">
        <div className="glossary-filters" role="search">
          <label className="field">
            <span>{t('glossary.search')}</span>
            <input type="search" value={query.text} onChange={(e) => setQuery({ ...query, text: e.target.value })} />
          </label>
          <label className="field">
            <span>{t('glossary.statusFilter')}</span>
            <select value={query.status} onChange={(e) => setQuery({ ...query, status: e.target.value as GlossaryQuery['status'] })}>
              <option value="all">{t('glossary.all')}</option>
              <option value="preferred">{t('entry.status.preferred')}</option>
              <option value="admitted">{t('entry.status.admitted')}</option>
              <option value="forbidden">{t('entry.status.forbidden')}</option>
            </select>
          </label>
          <label className="field">
            <span>{t('entry.domain')}</span>
            <select value={query.domain} onChange={(e) => setQuery({ ...query, domain: e.target.value })}>
              <option value="">{t('glossary.all')}</option>
              {domains.map((d) => (
                <option key={d}>{d}</option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('glossary.sort')}</span>
            <select value={query.sort} onChange={(e) => setQuery({ ...query, sort: e.target.value as GlossaryQuery['sort'] })}>
              <option value="source">{t('glossary.sortSource')}</option>
              <option value="updated">{t('glossary.sortUpdated')}</option>
            </select>
          </label>
          <button type="button" disabled={selected.size < 2} onClick={merge}>
            {t('glossary.merge', { count: selected.size })}
          </button>
          <span className="muted" role="status">
            {t('glossary.count', { count: entries.length })}
          </span>
        </div>
        <div className="glossary-table-wrap" ref={scroller} role="table" aria-label={t('glossary.title')} aria-rowcount={entries.length}>
          <div className="glossary-row glossary-head" role="row">
            <span role="columnheader" />
            <span role="columnheader">{t('editor.sourceColumn')}</span>
            <span role="columnheader">{t('editor.targetColumn')}</span>
            <span role="columnheader">{t('entry.note')}</span>
            <span role="columnheader">{t('glossary.changed')}</span>
            <span role="columnheader" />
          </div>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const e = entries[item.index];
              if (!e) return null;
              return (
                <div key={item.key} role="row" className="glossary-row" style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }} data-index={item.index} ref={virtualizer.measureElement}>
                  <span role="cell">
                    <input
                      type="checkbox"
                      aria-label={t('glossary.select', { term: e.sourceTerms[0] })}
                      checked={selected.has(String(item.key))}
                      onChange={(ev) => setSelected((s) => { const n = new Set(s); if (ev.target.checked) n.add(String(item.key)); else n.delete(String(item.key)); return n; })}
                    />
                  </span>
                  <span role="cell" lang="id">
                    <strong>{e.sourceTerms.join(' · ')}</strong>
                    {e.caseSensitive && (
                      <span className="muted" title={t('entry.caseSensitive')}>
                        {' '}
                        Aa<span className="visually-hidden"> ({t('entry.caseSensitive')})</span>
                      </span>
                    )}
                    <span className="glossary-source muted" lang={i18n.language}>{sourceLabel(e.glossary)}</span>
                  </span>
                  <span role="cell" lang="en">
                    {e.targets.map((x) => (
                      <span key={x.text} className={`target-chip target-${x.status}`}>
                        {/* Not by colour alone: a preferred term is starred, an admitted one plain, a forbidden one struck through. */}
                        {x.status === 'preferred' && <span aria-hidden="true">★ </span>}
                        {x.text} <span className="visually-hidden">({t(`entry.status.${x.status}`)})</span>
                      </span>
                    ))}
                  </span>
                  <span role="cell" className="muted">{[e.domain, e.note].filter(Boolean).join(' — ')}</span>
                  <span role="cell" className="muted">{`${e.author ?? ''} ${fmt.format(new Date(e.updatedAt))}`}</span>
                  <span role="cell" className="row-actions">
                    <button type="button" className="small" onClick={() => setEditing(e)} aria-label={t('glossary.editEntry', { term: e.sourceTerms[0] })}>{t('glossary.edit')}</button>
                    <button type="button" className="small" onClick={() => setHistory(e)} aria-label={t('glossary.historyOf', { term: e.sourceTerms[0] })}>{t('glossary.history')}</button>
                    {deleting === item.key ? (
                    <>
                      <button type="button" className="small danger" onClick={() => void remove(e)} aria-label={t('glossary.deleteYesFor', { term: e.sourceTerms[0] })}>
                        {t('glossary.deleteYes')}
                      </button>
                      <button type="button" className="small" onClick={() => setDeleting(null)} autoFocus>
                        {t('common.cancel')}
                      </button>
                    </>
                  ) : (
                    <button type="button" className="small" onClick={() => setDeleting(String(item.key))} aria-label={t('glossary.deleteEntry', { term: e.sourceTerms[0] })}>{t('glossary.delete')}</button>
                  )}
                  </span>
                </div>
              );
            })}
          </div>
        </div>
        <div className="home-main">
          {history && <EntryHistory client={client} project={project.path} glossary={history.glossary} id={history.id} onClose={() => setHistory(null)} />}
          {view && <GlossarySources client={client} project={project.path} view={view} onChanged={setView} onError={setError} />}
        </div>
      </main>
      {editing && (
        <EntryDialog
          client={client}
          project={project.path}
          sources={view?.sources ?? []}
          entry={editing === 'new' ? undefined : editing}
          onCancel={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            changed();
          }}
        />
      )}
      {importing && (
        <GlossaryImportDialog
          client={client}
          project={project.path}
          sources={view?.sources ?? []}
          onCancel={() => setImporting(false)}
          onDone={(r) => {
            setImporting(false);
            setMessage(t('glossary.imported', { added: r.added, updated: r.updated }));
            setImportReport({ warnings: r.warnings, details: r.details ?? [] });
            changed();
          }}
        />
      )}
    </div>
  );
}
