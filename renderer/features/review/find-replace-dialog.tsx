import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDialogFocus } from '../../components/use-dialog-focus';
import type { ReplacePreview } from '../../../shared/project/review-ops';
import type { Segment } from '../../../shared/model/segment';
import type { Client } from '../../api/client';
import { ErrorBanner } from '../../components/error-banner';
import { localMessage } from '../../i18n/local-message';
import { DiffText } from './diff-text';

interface FindReplaceProps {
  readonly client: Client;
  readonly project: string;
  readonly documentId: string;
  readonly numberOf: (segmentId: string) => number;
  readonly onApplied: (segments: readonly Segment[], batchId: string, count: number) => void;
  readonly onClose: () => void;
}

/** Find and replace in the English of the whole document: preview every change, apply as one undoable batch. */
export function FindReplaceDialog({ client, project, documentId, numberOf, onApplied, onClose }: FindReplaceProps) {
  const { t } = useTranslation();
  const dialogRef = useDialogFocus<HTMLFormElement>(onClose);
  const id = useId();
  const [find, setFind] = useState('');
  const [replace, setReplace] = useState('');
  const [regex, setRegex] = useState(false);
  const [matchCase, setMatchCase] = useState(false);
  const [wholeWord, setWholeWord] = useState(true);
  const [scope, setScope] = useState<'target' | 'source'>('target');
  const [preview, setPreview] = useState<readonly ReplacePreview[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const query = { project, documentId, find, replace, regex, matchCase, wholeWord, scope };

  const run = async (apply: boolean) => {
    try {
      const result = await client.api['segments:replace']({ ...query, apply });
      if (result.error) return setError(localMessage(result.error));
      setError(null);
      if (apply && result.batchId && result.segments) onApplied(result.segments, result.batchId, result.changes.length);
      else setPreview(result.changes);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const total = preview?.reduce((n, p) => n + p.count, 0) ?? 0;

  return (
    <div className="dialog-backdrop">
      <form ref={dialogRef} className="dialog dialog-wide" role="dialog" aria-modal="true" aria-labelledby={`${id}-t`} onSubmit={(e) => (e.preventDefault(), void run(false))}>
        <h2 id={`${id}-t`}>{t('replace.title')}</h2>
        <ErrorBanner message={error} onDismiss={() => setError(null)} />
        <div className="field-grid">
          <label className="field">
            <span>{t('replace.find')}</span>
            <input value={find} onChange={(e) => (setFind(e.target.value), setPreview(null))} autoFocus required />
          </label>
          <label className="field">
            <span>{t('replace.replaceWith')}</span>
            <input value={replace} onChange={(e) => (setReplace(e.target.value), setPreview(null))} />
          </label>
        </div>
        <div className="field-row">
          <label className="inline-label">
            {t('replace.scope')}{' '}
            <select value={scope} onChange={(e) => (setScope(e.target.value as 'target' | 'source'), setPreview(null))}>
              <option value="target">{t('replace.inTarget')}</option>
              <option value="source">{t('replace.inSource')}</option>
            </select>
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={matchCase} onChange={(e) => (setMatchCase(e.target.checked), setPreview(null))} /> {t('replace.matchCase')}
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={wholeWord} onChange={(e) => (setWholeWord(e.target.checked), setPreview(null))} /> {t('replace.wholeWord')}
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={regex} onChange={(e) => (setRegex(e.target.checked), setPreview(null))} /> {t('replace.regex')}
          </label>
        </div>
        {preview && (
          <div className="replace-preview" role="region" aria-label={t('replace.preview')}>
            <p role="status">{t('replace.summary', { count: total, segments: preview.length })}</p>
            <ol>
              {preview.map((p) => (
                <li key={p.segmentId}>
                  <span className="muted">#{numberOf(p.segmentId)} </span>
                  {scope === 'source' ? <span lang="id">{p.before}</span> : <DiffText before={p.before} after={p.after} />}
                </li>
              ))}
            </ol>
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('common.close')}
          </button>
          <button type="submit" disabled={!find}>
            {t('replace.previewButton')}
          </button>
          <button type="button" className="primary" disabled={!preview || preview.length === 0 || scope === 'source'} onClick={() => void run(true)}>
            {t('replace.apply', { count: preview?.length ?? 0 })}
          </button>
        </div>
      </form>
    </div>
  );
}
