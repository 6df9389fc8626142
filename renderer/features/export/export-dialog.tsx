import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../../shared/api/contract';
import type { Client } from '../../api/client';
import { useDialogFocus } from '../../components/use-dialog-focus';
import { ErrorBanner } from '../../components/error-banner';
import { JobProgressBar, useJobRun } from '../../components/job-progress';
import { downloadFile } from '../../state/download';
import { DialogActions } from '../../components/dialog-actions';

const GROUPS: readonly { readonly id: string; readonly formats: readonly (ExportFormat | 'pdf')[] }[] = [
  { id: 'target', formats: ['txt', 'docx', 'md', 'html'] },
  { id: 'bilingual', formats: ['xliff12', 'xliff20', 'tmx', 'docx-bilingual', 'xlsx', 'csv'] },
  { id: 'report', formats: ['report', 'pdf'] },
];

/** Every way the reviewed work leaves Tinjau: the clean English, bilingual files, the report. */
export function ExportDialog({ client, project, documentId, transport, initialFormat = 'xliff12', onClose }: { client: Client; project: string; documentId: string; transport: 'electron' | 'web'; initialFormat?: ExportFormat; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const dialogRef = useDialogFocus<HTMLFormElement>(onClose);
  const [format, setFormat] = useState<ExportFormat | 'pdf'>(initialFormat);
  const [onlyApproved, setOnlyApproved] = useState(false);
  const [includeExcluded, setIncludeExcluded] = useState(false);
  const { job, error, setError, start } = useJobRun();

  const run = (e: React.FormEvent) => {
    e.preventDefault();
    void start(async (jobId) => {
      const file =
        format === 'pdf'
          ? await client.api['reports:pdf']({ project, documentId })
          : await client.api['documents:export']({ project, documentId, format, onlyApproved, includeExcluded, jobId });
      downloadFile(file);
      onClose();
    });
  };

  return (
    <div className="dialog-backdrop">
      <form ref={dialogRef} className="dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-t`} onSubmit={run}>
        <h2 id={`${id}-t`}>{t('exportDialog.title')}</h2>
        <ErrorBanner message={error} onDismiss={() => setError(null)} />
        {GROUPS.map((group) => (
          <fieldset key={group.id} className="field export-group">
            <legend>{t(`exportDialog.groups.${group.id}`)}</legend>
            {group.formats.map((f) => (
              <label key={f} className="checkbox">
                <input type="radio" name="format" value={f} checked={format === f} disabled={f === 'pdf' && transport !== 'electron'} onChange={() => setFormat(f)} />
                {t(`exportDialog.formats.${f}`)}
                {f === 'pdf' && transport !== 'electron' && <span className="muted"> — {t('exportDialog.pdfDesktop')}</span>}
              </label>
            ))}
          </fieldset>
        ))}
        {format === 'tmx' && (
          <label className="checkbox">
            <input type="checkbox" checked={onlyApproved} onChange={(e) => setOnlyApproved(e.target.checked)} /> {t('exportDialog.onlyApproved')}
          </label>
        )}
        {['txt', 'docx', 'md', 'html'].includes(format) && (
          <label className="checkbox">
            <input type="checkbox" checked={includeExcluded} onChange={(e) => setIncludeExcluded(e.target.checked)} /> {t('exportDialog.includeExcluded')}
          </label>
        )}
        {job && <JobProgressBar client={client} jobId={job} label={t('exportDialog.progress')} />}
        <DialogActions submit={t('exportDialog.export')} onCancel={onClose} close disabled={job !== null} />
      </form>
    </div>
  );
}
