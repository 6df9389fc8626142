import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MtProviderInfo, PretranslateResult } from '../../../shared/api/tm-types';
import type { Client } from '../../api/client';
import { ErrorBanner } from '../../components/error-banner';
import { JobProgressBar, useJobRun } from '../../components/job-progress';
import { useDialogFocus } from '../../components/use-dialog-focus';
import { DialogActions } from '../../components/dialog-actions';

/** Fill segments without a draft from the translation memory, then (optionally) an MT engine. */
export function PretranslateDialog({ client, project, documentId, selected = [], onDone, onClose }: { client: Client; project: string; documentId: string; selected?: readonly string[]; onDone: (r: PretranslateResult) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const dialogRef = useDialogFocus<HTMLFormElement>(onClose);
  const [threshold, setThreshold] = useState(85);
  const [mt, setMt] = useState('');
  const [onlySelected, setOnlySelected] = useState(selected.length > 0);
  const [providers, setProviders] = useState<readonly MtProviderInfo[]>([]);
  const { job, error, setError, start } = useJobRun();
  useEffect(() => {
    client.api['mt:providers']({}).then(setProviders, () => undefined);
  }, [client]);

  const run = (e: React.FormEvent) => {
    e.preventDefault();
    void start(async (jobId) => {
      onDone(await client.api['tm:pretranslate']({ project, documentId, tmThreshold: threshold, ...(mt ? { mt } : {}), ...(onlySelected ? { segmentIds: [...selected] } : {}), jobId }));
    });
  };

  return (
    <div className="dialog-backdrop">
      <form ref={dialogRef} className="dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-t`} onSubmit={run}>
        <h2 id={`${id}-t`}>{t('pretranslate.title')}</h2>
        <p className="muted">{t('pretranslate.intro')}</p>
        <ErrorBanner message={error} onDismiss={() => setError(null)} />
        <label className="field">
          <span>{t('pretranslate.threshold')}</span>
          <input type="number" min={50} max={100} value={threshold} onChange={(e) => setThreshold(Number(e.target.value))} />
        </label>
        <label className="field">
          <span>{t('pretranslate.mt')}</span>
          <select value={mt} onChange={(e) => setMt(e.target.value)}>
            <option value="">{t('pretranslate.noMt')}</option>
            {providers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        {selected.length > 0 && (
          <label className="checkbox">
            <input type="checkbox" checked={onlySelected} onChange={(e) => setOnlySelected(e.target.checked)} /> {t('pretranslate.onlySelected', { count: selected.length })}
          </label>
        )}
        {job && <JobProgressBar client={client} jobId={job} label={t('pretranslate.progress')} />}
        <DialogActions submit={t('pretranslate.run')} onCancel={onClose} close disabled={job !== null} />
      </form>
    </div>
  );
}
