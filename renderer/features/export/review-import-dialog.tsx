import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewImportResult } from '../../../shared/api/tm-types';
import type { Client } from '../../api/client';
import { useDialogFocus } from '../../components/use-dialog-focus';
import { ErrorBanner } from '../../components/error-banner';
import { localMessage } from '../../i18n/local-message';
import { fileToPayload } from '../../state/download';
import { DiffText } from '../review/diff-text';

/** Bring back a bilingual DOCX an outside reviewer edited: see every change first, then apply it in their name. */
export function ReviewImportDialog({ client, project, onClose, onApplied }: { client: Client; project: string; onClose: () => void; onApplied: (r: ReviewImportResult) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const dialogRef = useDialogFocus<HTMLFormElement>(onClose);
  const [file, setFile] = useState<File | null>(null);
  const [reviewer, setReviewer] = useState('');
  const [preview, setPreview] = useState<ReviewImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (apply: boolean) => {
    if (!file) return;
    try {
      const result = await client.api['reviews:import']({ project, file: await fileToPayload(file), reviewer, apply });
      setError(null);
      if (apply) onApplied(result);
      else setPreview(result);
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <div className="dialog-backdrop">
      <form ref={dialogRef} className="dialog dialog-wide" role="dialog" aria-modal="true" aria-labelledby={`${id}-t`} onSubmit={(e) => (e.preventDefault(), void run(false))}>
        <h2 id={`${id}-t`}>{t('reviewImport.title')}</h2>
        <p className="muted">{t('reviewImport.intro')}</p>
        <ErrorBanner message={error} onDismiss={() => setError(null)} />
        <div className="field-grid">
          <label className="field">
            <span>{t('reviewImport.file')}</span>
            <input type="file" accept=".docx" onChange={(e) => (setFile(e.target.files?.[0] ?? null), setPreview(null))} required />
          </label>
          <label className="field">
            <span>{t('reviewImport.reviewer')}</span>
            <input value={reviewer} onChange={(e) => setReviewer(e.target.value)} required />
          </label>
        </div>
        {preview && (
          <div className="replace-preview" role="region" aria-label={t('reviewImport.changes')}>
            <p role="status">
              {t('reviewImport.summary', { changed: preview.changes.length, unchanged: preview.unchanged })}
              {preview.comments.length > 0 && ` ${t('reviewImport.comments', { count: preview.comments.length })}`}
            </p>
            {preview.warnings.map((w, i) => (
              <p key={i} className="muted">
                {localMessage(w)}
              </p>
            ))}
            <ol>
              {preview.changes.map((c) => (
                <li key={c.segmentId}>
                  <span className="muted">{c.segmentId} </span>
                  <DiffText before={c.before} after={c.after} />
                </li>
              ))}
            </ol>
            {preview.comments.length > 0 && (
              <ul aria-label={t('reviewImport.commentsList')}>
                {preview.comments.map((c) => (
                  <li key={c.segmentId}>
                    <span className="muted">{c.segmentId} </span>
                    <span lang="en">💬 {c.text}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('common.close')}
          </button>
          <button type="submit" disabled={!file || !reviewer.trim()}>
            {t('reviewImport.check')}
          </button>
          <button type="button" className="primary" disabled={!preview || preview.changes.length + preview.comments.length === 0} onClick={() => void run(true)}>
            {t('reviewImport.apply', { count: (preview?.changes.length ?? 0) + (preview?.comments.length ?? 0) })}
          </button>
        </div>
      </form>
    </div>
  );
}
