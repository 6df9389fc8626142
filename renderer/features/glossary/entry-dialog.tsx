import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDialogFocus } from '../../components/use-dialog-focus';
import type { ChannelArgs } from '../../../shared/api/contract';
import type { GlossarySource } from '../../../shared/api/glossary-types';
import type { GlossaryEntry, GlossaryTarget, MorphologyMode, TermStatus } from '../../../shared/glossary/model';
import type { Client } from '../../api/client';
import { ErrorBanner } from '../../components/error-banner';
import { GlossaryPicker } from './glossary-side-parts';
import { DialogActions } from '../../components/dialog-actions';

interface EntryDialogProps {
  readonly client: Client;
  readonly project: string;
  readonly sources: readonly GlossarySource[];
  /** The entry to edit, or the fields to prefill a new one with. */
  readonly entry?: (GlossaryEntry & { readonly glossary?: string }) | undefined;
  readonly prefill?: { readonly source: string; readonly target: string } | undefined;
  readonly onSaved: (entry: GlossaryEntry) => void;
  readonly onCancel: () => void;
  /** Instead of saving an edit: what the fields settle (a conflict's merged version). */
  readonly onSubmitFields?: ((fields: EntryFieldsInput) => Promise<GlossaryEntry>) | undefined;
  readonly title?: string | undefined;
  readonly submitLabel?: string | undefined;
}

type EntryFieldsInput = ChannelArgs<'glossary:save'>['fields'];

/** Add or edit a glossary entry: Indonesian forms, English terms with a status each, and the details. */
export function EntryDialog({ client, project, sources, entry, prefill, onSaved, onCancel, onSubmitFields, title, submitLabel }: EntryDialogProps) {
  const { t } = useTranslation();
  const dialogRef = useDialogFocus<HTMLFormElement>(onCancel);
  const id = useId();
  const [sourceTerms, setSourceTerms] = useState((entry?.sourceTerms ?? [prefill?.source ?? '']).join('\n'));
  const [targets, setTargets] = useState<GlossaryTarget[]>(entry ? [...entry.targets] : [{ text: prefill?.target ?? '', status: 'preferred' }]);
  const [note, setNote] = useState(entry?.note ?? '');
  const [pos, setPos] = useState(entry?.pos ?? 'noun');
  const [domain, setDomain] = useState(entry?.domain ?? '');
  const [caseSensitive, setCaseSensitive] = useState(entry?.caseSensitive ?? false);
  const [matchKinds, setMatchKinds] = useState<MorphologyMode>(entry?.morphology ?? 'inflected');
  const [glossary, setGlossary] = useState(entry?.glossary ?? sources[0]?.path ?? '');
  const [error, setError] = useState<string | null>(null);

  const setTarget = (i: number, patch: Partial<GlossaryTarget>) => setTargets((list) => list.map((x, k) => (k === i ? { ...x, ...patch } : x)));

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      const fields: EntryFieldsInput = {
        sourceTerms: sourceTerms.split('\n').map((s) => s.trim()).filter(Boolean),
        targets: targets.filter((x) => x.text.trim()).map((x) => ({ ...x, text: x.text.trim() })),
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(pos.trim() ? { pos: pos.trim() } : {}),
        ...(domain.trim() ? { domain: domain.trim() } : {}),
        caseSensitive,
        morphology: matchKinds,
      };
      const saved = onSubmitFields
        ? await onSubmitFields(fields)
        : await client.api['glossary:save']({
            project,
            ...(glossary ? { glossary } : {}),
            ...(entry ? { id: entry.id, baseVersion: entry.version } : {}),
            fields,
          });
      onSaved(saved);
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <div className="dialog-backdrop">
      <form ref={dialogRef} className="dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} onSubmit={(e) => void save(e)}>
        <h2 id={`${id}-title`}>{title ?? (entry ? t('entry.editTitle') : t('entry.addTitle'))}</h2>
        <ErrorBanner message={error} onDismiss={() => setError(null)} />
        <label className="field">
          <span>{t('entry.sourceTerms')}</span>
          <textarea rows={2} value={sourceTerms} onChange={(e) => setSourceTerms(e.target.value)} required autoFocus lang="id" />
        </label>
        <fieldset className="field">
          <legend>{t('entry.targets')}</legend>
          {targets.map((target, i) => (
            <div className="target-row" key={i}>
              <input value={target.text} onChange={(e) => setTarget(i, { text: e.target.value })} aria-label={t('entry.targetN', { n: i + 1 })} lang="en" />
              <select value={target.status} onChange={(e) => setTarget(i, { status: e.target.value as TermStatus })} aria-label={t('entry.statusN', { n: i + 1 })}>
                <option value="preferred">{t('entry.status.preferred')}</option>
                <option value="admitted">{t('entry.status.admitted')}</option>
                <option value="forbidden">{t('entry.status.forbidden')}</option>
              </select>
            </div>
          ))}
          <button type="button" className="small" onClick={() => setTargets((list) => [...list, { text: '', status: 'admitted' }])}>
            {t('entry.addTarget')}
          </button>
        </fieldset>
        <div className="field-grid">
          <label className="field">
            <span>{t('entry.pos')}</span>
            <input value={pos} onChange={(e) => setPos(e.target.value)} />
          </label>
          <label className="field">
            <span>{t('entry.domain')}</span>
            <input value={domain} onChange={(e) => setDomain(e.target.value)} />
          </label>
        </div>
        <label className="field">
          <span>{t('entry.note')}</span>
          <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={caseSensitive} onChange={(e) => setCaseSensitive(e.target.checked)} /> {t('entry.caseSensitive')}
        </label>
        <label className="field">
          <span>{t('entry.matchKinds')}</span>
          <select value={matchKinds} onChange={(e) => setMatchKinds(e.target.value as MorphologyMode)}>
            <option value="exact">{t('entry.matchKind.exact')}</option>
            <option value="inflected">{t('entry.matchKind.inflected')}</option>
            <option value="derived">{t('entry.matchKind.derived')}</option>
          </select>
        </label>
        {!entry && <GlossaryPicker sources={sources} value={glossary} onChange={setGlossary} />}
        <DialogActions submit={submitLabel ?? t('entry.save')} onCancel={onCancel} />
      </form>
    </div>
  );
}
