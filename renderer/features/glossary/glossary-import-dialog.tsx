import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDialogFocus } from '../../components/use-dialog-focus';
import type { GlossaryImportResult, GlossarySource } from '../../../shared/api/glossary-types';
import { parseCsv } from '../../../shared/formats/csv/csv';
import { decodeText } from '../../../shared/formats/encoding';
import { FormatError } from '../../../shared/model/imported';
import { localMessage } from '../../i18n/local-message';
import type { Client } from '../../api/client';
import { ErrorBanner } from '../../components/error-banner';
import { GlossaryPicker } from './glossary-side-parts';
import { fileToPayload } from '../../state/download';
import { DialogActions } from '../../components/dialog-actions';

type Columns = { source: number; target: number; status?: number; note?: number; pos?: number; forms?: number };
const ROLES = ['source', 'target', 'status', 'note', 'pos', 'forms'] as const;
const GUESS: Record<(typeof ROLES)[number], RegExp> = {
  source: /^(source|source_id|id_term|indonesian|bahasa indonesia|sumber|istilah|term)$/i,
  target: /^(target|target_en|en|english|inggris|translation|terjemahan)$/i,
  status: /^status$/i,
  note: /^(note|notes|catatan|comment)$/i,
  pos: /^(pos|part_of_speech|kelas kata)$/i,
  forms: /^(forms|morphology|x-tinjau-forms|bentuk|bentuk kata)$/i,
};

/**
 * Import a TBX, CSV/TSV or XLSX glossary. For CSV/TSV the header is shown so the reviewer can say
 * which column holds what; alternatives in one cell are split only on request.
 */
export function GlossaryImportDialog({ client, project, sources, onDone, onCancel }: {
  client: Client;
  project: string;
  sources: readonly GlossarySource[];
  onDone: (result: GlossaryImportResult) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const dialogRef = useDialogFocus<HTMLFormElement>(onCancel);
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [header, setHeader] = useState<string[] | null>(null);
  const [columns, setColumns] = useState<Columns | null>(null);
  const [split, setSplit] = useState(false);
  const [glossary, setGlossary] = useState(sources[0]?.path ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const pick = async (f: File | null) => {
    setFile(f);
    setHeader(null);
    setColumns(null);
    setError(null);
    if (!f || !/\.(csv|tsv|txt)$/i.test(f.name)) return;
    let head: string;
    try {
      // The same check as the import itself: a picture or program renamed .csv is said at once.
      const start = new Uint8Array(await f.slice(0, 64 * 1024).arrayBuffer());
      // Up to the last whole line, so a letter cut in half at the end does not spoil the decoding.
      const lastLine = start.lastIndexOf(0x0a);
      head = decodeText(lastLine > 0 ? start.subarray(0, lastLine) : start).text;
    } catch (err) {
      setFile(null);
      return setError(`${f.name}: ${err instanceof FormatError ? localMessage(err) : (err as Error).message}`);
    }
    const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
    const delimiter = firstLine.includes('\t') ? '\t' : firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
    const row = parseCsv(firstLine, { delimiter })[0] ?? [];
    setHeader(row);
    const guess = (role: (typeof ROLES)[number]) => row.findIndex((h) => GUESS[role].test(h.trim()));
    const source = guess('source');
    const target = guess('target');
    const opt = (role: 'status' | 'note' | 'pos' | 'forms') => (guess(role) >= 0 ? { [role]: guess(role) } : {});
    setColumns({ source: source >= 0 ? source : 0, target: target >= 0 ? target : 1, ...opt('status'), ...opt('note'), ...opt('pos'), ...opt('forms') });
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    try {
      onDone(
        await client.api['glossary:import']({
          project,
          ...(glossary ? { glossary } : {}),
          file: await fileToPayload(file),
          splitAlternatives: split,
          ...(columns ? { columns } : {}),
        }),
      );
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="dialog-backdrop">
      <form ref={dialogRef} className="dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-t`} onSubmit={(e) => void submit(e)}>
        <h2 id={`${id}-t`}>{t('glossary.importTitle')}</h2>
        <ErrorBanner message={error} onDismiss={() => setError(null)} />
        <label className="field">
          <span>{t('glossary.importFile')}</span>
          <input type="file" accept=".tbx,.xml,.csv,.tsv,.txt,.xlsx" onChange={(e) => void pick(e.target.files?.[0] ?? null)} required autoFocus />
        </label>
        {header && columns && (
          <fieldset className="field">
            <legend>{t('glossary.columns')}</legend>
            {ROLES.map((role) => (
              <label key={role} className="mapping-row">
                <span>{t(`glossary.column.${role}`)}</span>
                <select
                  value={columns[role] ?? -1}
                  onChange={(e) => {
                    const v = Number(e.target.value);
                    setColumns((c) => {
                      if (!c) return c;
                      const next: Columns = { ...c };
                      if (role === 'source' || role === 'target') next[role] = Math.max(0, v);
                      else if (v < 0) delete next[role];
                      else next[role] = v;
                      return next;
                    });
                  }}
                >
                  {role !== 'source' && role !== 'target' && <option value={-1}>{t('glossary.column.none')}</option>}
                  {header.map((h, i) => (
                    <option key={i} value={i}>
                      {h || t('glossary.column.numbered', { n: i + 1 })}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </fieldset>
        )}
        <label className="checkbox">
          <input type="checkbox" checked={split} onChange={(e) => setSplit(e.target.checked)} /> {t('glossary.splitAlternatives')}
        </label>
        <GlossaryPicker sources={sources} value={glossary} onChange={setGlossary} />
        <DialogActions submit={busy ? t('import.importing') : t('glossary.importSubmit')} onCancel={onCancel} disabled={!file || busy} />
      </form>
    </div>
  );
}
