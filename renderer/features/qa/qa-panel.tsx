import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localMessage } from '../../i18n/local-message';
import { findingText } from './finding-text';
import type { QaSeverity } from '../../../shared/qa/types';
import type { Client } from '../../api/client';
import { QaFindingItem } from './qa-finding-item';
import type { QaGrouping } from './qa-groups';
import { countBySeverity, groupFindings } from './qa-groups';
import { useQaFiles } from './use-qa-files';
import { useQaRun } from './use-qa-run';
import './qa.css';

export interface QaPanelProps {
  readonly client: Client;
  readonly project: string;
  readonly documentId: string;
  readonly activeSegmentId: string | null;
  readonly onJump: (segmentId: string) => void;
  /** Each segment's number (1-based) as the editor shows it, from the segments the workbench has read; empty while it reads them. */
  readonly numbers: ReadonlyMap<string, number>;
  /** Segments with open findings after each run, for the grid's "QA findings" filter. */
  readonly onFindings?: (segmentIds: ReadonlySet<string>) => void;
}

const SEVERITIES: readonly QaSeverity[] = ['error', 'warning', 'info'];

/**
 * The QA panel of a document: run QA (a cancellable job with a progress bar), findings grouped
 * by check or by segment, each a jump to its segment and ignorable with a reason, the ignored
 * ones restorable, and the report and profile as files.
 */
export function QaPanel({ client, project, documentId, activeSegmentId, onJump, onFindings, numbers }: QaPanelProps) {
  const { t, i18n } = useTranslation();
  const qa = useQaRun(client, project, documentId);
  const files = useQaFiles(client, project, documentId);
  const [grouping, setGrouping] = useState<QaGrouping>('check');
  const [showIgnored, setShowIgnored] = useState(false);
  const profileInput = useRef<HTMLInputElement>(null);
  const fmt = new Intl.NumberFormat(i18n.language);

  // A project run also checks the other documents; this panel lists this document's findings.
  const allFindings = qa.result?.findings;
  const findings = useMemo(() => allFindings?.filter((f) => numbers.size === 0 || numbers.has(f.segmentId)), [allFindings, numbers]);
  const elsewhere = (allFindings?.length ?? 0) - (findings?.length ?? 0);
  useEffect(() => {
    if (findings) onFindings?.(new Set(findings.map((f) => f.segmentId)));
  }, [findings, onFindings]);
  const groups = useMemo(
    () => (findings ? groupFindings(findings, grouping, (id) => numbers.get(id) ?? Number.MAX_SAFE_INTEGER, (id) => t('qa.segment', { n: numbers.get(id) ?? id })) : []),
    [findings, grouping, numbers, t],
  );
  const counts = findings ? countBySeverity(findings) : null;
  const progress = qa.progress;
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;

  return (
    <section className="qa-panel" aria-labelledby="qa-heading">
      <header className="qa-header">
        <h2 id="qa-heading">{t('qa.title')}</h2>
        <button type="button" className="qa-run" onClick={() => void qa.run()} disabled={qa.running} title={t('qa.runHint')}>
          {t('qa.run')}
        </button>
        <button type="button" className="qa-run" onClick={() => void qa.run(true)} disabled={qa.running}>
          {t('qa.runProject')}
        </button>
      </header>

      {qa.running && (
        <div className="qa-progress">
          <div
            className="qa-progress-track"
            role="progressbar"
            aria-label={t('qa.progressLabel')}
            aria-valuemin={0}
            aria-valuemax={progress?.total || 100}
            aria-valuenow={progress?.total ? progress.done : 0}
            aria-valuetext={progress?.total ? t('qa.progress', { done: fmt.format(progress.done), total: fmt.format(progress.total) }) : t('qa.running')}
          >
            <div className="qa-progress-fill" style={{ width: `${percent}%` }} />
          </div>
          <span className="qa-progress-text" aria-live="polite">
            {progress?.total ? t('qa.progress', { done: fmt.format(progress.done), total: fmt.format(progress.total) }) : t('qa.running')}
          </span>
          <button type="button" className="small" onClick={qa.cancel}>
            {t('qa.cancel')}
          </button>
        </div>
      )}

      {(qa.error ?? files.error) && (
        <div className="qa-error" role="alert">
          <p>{qa.error ?? files.error}</p>
          {files.details.length > 0 && (
            <ul className="qa-error-details">
              {files.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
          <button type="button" className="link-button" onClick={() => (qa.setError(null), files.dismiss())}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
      {files.notice && (
        <p className="qa-notice" role="status">
          {files.notice}
        </p>
      )}

      {!qa.result && !qa.running && <p className="qa-muted">{t('qa.notRun')}</p>}
      {elsewhere > 0 && <p className="qa-muted">{t('qa.elsewhere', { count: elsewhere })}</p>}

      {qa.result && counts && (
        <>
          {qa.result.cancelled && <p className="qa-notice">{t('qa.cancelled')}</p>}
          {qa.result.notes.map((note) => (
            <p key={note.text.key} className="qa-notice">
              {localMessage(note)}
            </p>
          ))}
          <div className="qa-summary">
            <span className="qa-muted">{t('qa.summary', { segments: fmt.format(qa.result.segments) })}</span>
            <ul className="qa-counts" aria-label={t('qa.findings')}>
              {SEVERITIES.map((s) => (
                <li key={s} className={`qa-count qa-severity-${s}`}>
                  {t(`qa.counts.${s}`)}: <strong>{fmt.format(counts[s])}</strong>
                </li>
              ))}
            </ul>
          </div>

          <fieldset className="qa-grouping">
            <legend>{t('qa.groupBy')}</legend>
            {(['check', 'segment'] as const).map((g) => (
              <label key={g}>
                <input type="radio" name={`qa-grouping-${documentId}`} value={g} checked={grouping === g} onChange={() => setGrouping(g)} />
                {g === 'check' ? t('qa.byCheck') : t('qa.bySegment')}
              </label>
            ))}
          </fieldset>

          {groups.length === 0 && <p className="qa-muted">{t('qa.none')}</p>}
          <ul className="qa-groups" aria-label={t('qa.findings')}>
            {groups.map((group) => (
              <li key={group.key} className={`qa-group qa-${group.severity}`}>
                <h3 className="qa-group-title">
                  {grouping === 'check' ? t(`qa.checks.${group.key}`, { defaultValue: group.title }) : group.title} <span className="qa-group-count">({fmt.format(group.findings.length)})</span>
                </h3>
                <ul className="qa-findings">
                  {group.findings.map((f) => (
                    <QaFindingItem
                      key={f.id}
                      finding={f}
                      number={numbers.get(f.segmentId)}
                      showSegment={grouping === 'check'}
                      active={f.segmentId === activeSegmentId}
                      onJump={onJump}
                      onIgnore={qa.ignore}
                    />
                  ))}
                </ul>
              </li>
            ))}
          </ul>

          {qa.result.ignored.length > 0 && (
            <div className="qa-ignored">
              <button type="button" className="link-button" aria-expanded={showIgnored} onClick={() => setShowIgnored((v) => !v)}>
                {t('qa.ignored', { count: qa.result.ignored.length })}
              </button>
              {showIgnored && (
                <ul className="qa-findings">
                  {qa.result.ignored.map((f) => (
                    <li key={f.id} className="qa-finding qa-ignored-finding">
                      <button type="button" className="qa-jump link-button" onClick={() => onJump(f.segmentId)} aria-label={`${t('qa.jump', { n: numbers.get(f.segmentId) ?? f.segmentId })}: ${findingText(t, i18n.language, f)}`}>
                        <span className="qa-segment-number">{t('qa.segment', { n: numbers.get(f.segmentId) ?? f.segmentId })}</span>
                        <span className="qa-message">{findingText(t, i18n.language, f)}</span>
                      </button>
                      <span className="qa-reason">{t('qa.ignoredBecause', { reason: f.reason })}</span>
                      <button type="button" className="small" onClick={() => void qa.unignore(f)} title={t('qa.unignoreHint')}>
                        {t('qa.unignore')}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </>
      )}

      <footer className="qa-files">
        <div role="group" aria-label={t('qa.report')}>
          <button type="button" className="small" disabled={files.busy} onClick={() => void files.exportReport('html')}>
            {t('qa.exportHtml')}
          </button>
          <button type="button" className="small" disabled={files.busy} onClick={() => void files.exportReport('csv')}>
            {t('qa.exportCsv')}
          </button>
        </div>
        <div role="group" aria-label={t('qa.profile')}>
          <button type="button" className="small" disabled={files.busy} onClick={() => void files.exportProfile()}>
            {t('qa.exportProfile')}
          </button>
          <button type="button" className="small" disabled={files.busy} onClick={() => profileInput.current?.click()}>
            {t('qa.importProfile')}
          </button>
          <input
            ref={profileInput}
            type="file"
            accept=".json,application/json"
            hidden
            aria-label={t('qa.importProfile')}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void files.importProfile(file, { notJson: (message) => t('qa.profileNotJson', { message }), imported: (name) => t('qa.profileImported', { name }) });
            }}
          />
        </div>
      </footer>
    </section>
  );
}
