import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDialogFocus } from '../../components/use-dialog-focus';
import { IMPORT_EXTENSIONS } from '../../../shared/api/contract';
import type { ImportResult } from '../../../shared/api/types';
import type { Client } from '../../api/client';
import { ErrorBanner } from '../../components/error-banner';
import { JobProgressBar, useJobRun } from '../../components/job-progress';
import { fileToPayload } from '../../state/download';

interface ImportDialogProps {
  readonly client: Client;
  readonly project: string;
  readonly onImported: (result: ImportResult) => void;
  readonly onCancel: () => void;
  /** Files dropped on the window: the first is the source, a second the draft. */
  readonly initialFiles?: readonly File[];
  /** The names of the project's documents: a source by one of them asks replace, copy or cancel. */
  readonly existingNames?: readonly string[];
}

/** "uji (2).docx": the first copy name not yet in the project (the same rule as the import service). */
function copyName(name: string, taken: ReadonlySet<string>): string {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; ; n++) if (!taken.has(`${stem} (${n})${ext}`)) return `${stem} (${n})${ext}`;
}

/** Pick an Indonesian source and, optionally, its English draft. */
export function ImportDialog({ client, project, onImported, onCancel, initialFiles = [], existingNames = [] }: ImportDialogProps) {
  const { t } = useTranslation();
  const { job: jobId, error, start } = useJobRun();
  const busy = jobId !== null;
  // While the import runs, Cancel (and Escape) stop it: the project stays as it was and the dialog says so.
  const cancel = busy && jobId ? () => void client.api['jobs:cancel']({ jobId }) : onCancel;
  const dialogRef = useDialogFocus<HTMLFormElement>(cancel);
  const id = useId();
  const [source, setSource] = useState<File | null>(initialFiles[0] ?? null);
  const [draft, setDraft] = useState<File | null>(initialFiles[1] ?? null);
  const [origin, setOrigin] = useState<'mt' | 'human'>('mt');
  const [mode, setMode] = useState<'auto' | 'blank-line' | 'line'>('auto');
  const [segmentation, setSegmentation] = useState<'paragraph' | 'sentence'>('paragraph');
  const [asking, setAsking] = useState(false);
  const taken = new Set(existingNames);
  const exists = source !== null && taken.has(source.name);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!source) return;
    if (exists) return setAsking(true);
    run();
  };
  const run = (onExisting?: 'replace' | 'copy') => {
    if (!source) return;
    setAsking(false);
    void start(async (jobId) => {
      const result = await client.api['documents:import']({
        project,
        source: await fileToPayload(source),
        ...(draft ? { draft: await fileToPayload(draft), draftOrigin: origin } : {}),
        paragraphMode: mode,
        segmentation,
        ...(onExisting ? { onExisting } : {}),
        jobId,
      });
      onImported(result);
    });
  };

  return (
    <div className="dialog-backdrop">
      <form ref={dialogRef} className="dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} onSubmit={submit}>
        <h2 id={`${id}-title`}>{t('import.title')}</h2>
        <ErrorBanner message={error} />
        <label className="field">
          <span>{t('import.source')}</span>
          <input type="file" accept={IMPORT_EXTENSIONS.join(',')} onChange={(e) => setSource(e.target.files?.[0] ?? null)} required={!source} autoFocus />
          {source && <span className="muted">{t('import.chosen', { name: source.name })}</span>}
        </label>
        <label className="field">
          <span>{t('import.draft')}</span>
          <input type="file" accept=".txt,.text,.docx,.md,.markdown,.html,.htm" onChange={(e) => setDraft(e.target.files?.[0] ?? null)} />
          {draft && <span className="muted">{t('import.chosen', { name: draft.name })}</span>}
        </label>
        <fieldset className="field-row">
          <legend>{t('import.draftOrigin')}</legend>
          <label>
            <input type="radio" name="origin" checked={origin === 'mt'} onChange={() => setOrigin('mt')} /> {t('origin.mt')}
          </label>
          <label>
            <input type="radio" name="origin" checked={origin === 'human'} onChange={() => setOrigin('human')} /> {t('origin.human')}
          </label>
        </fieldset>
        <label className="field">
          <span>{t('import.paragraphs')}</span>
          <select value={mode} onChange={(e) => setMode(e.target.value as typeof mode)}>
            <option value="auto">{t('import.mode.auto')}</option>
            <option value="blank-line">{t('import.mode.blankLine')}</option>
            <option value="line">{t('import.mode.line')}</option>
          </select>
        </label>
        <fieldset className="field-row">
          <legend>{t('import.segmentation')}</legend>
          <label>
            <input type="radio" name="segmentation" checked={segmentation === 'paragraph'} onChange={() => setSegmentation('paragraph')} /> {t('import.byParagraph')}
          </label>
          <label>
            <input type="radio" name="segmentation" checked={segmentation === 'sentence'} onChange={() => setSegmentation('sentence')} /> {t('import.bySentence')}
          </label>
        </fieldset>
        {asking && source && (
          <div className="reimport-choice" role="group" aria-labelledby={`${id}-exists`}>
            <p id={`${id}-exists`}>
              <strong>{t('reimport.title', { name: source.name })}</strong>
            </p>
            <p className="muted">{t('reimport.explain')}</p>
            <div className="dialog-actions">
              <button type="button" onClick={() => setAsking(false)}>
                {t('reimport.cancel')}
              </button>
              <button type="button" onClick={() => run('copy')}>
                {t('reimport.copy', { copy: copyName(source.name, taken) })}
              </button>
              <button type="button" className="primary" autoFocus onClick={() => run('replace')}>
                {t('reimport.replace')}
              </button>
            </div>
          </div>
        )}
        {busy && jobId && <JobProgressBar client={client} jobId={jobId} label={t('import.importing')} />}
        <div className="dialog-actions">
          <button type="button" onClick={cancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!source || busy || asking}>
            {busy ? t('import.importing') : t('import.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
