import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TmSource } from '../../../shared/api/tm-types';
import type { Client } from '../../api/client';
import { FolderField } from '../../components/folder-field';
import { SourceNotices } from '../../components/source-notices';
import { localMessage } from '../../i18n/local-message';
import { fileToPayload } from '../../state/download';

/** The project's translation memories: its own and shared ones, with TMX import. */
export function TmSources({ client, project, onError }: { client: Client; project: string; onError: (m: string) => void }) {
  const { t } = useTranslation();
  const [sources, setSources] = useState<readonly TmSource[]>([]);
  const [path, setPath] = useState('');
  const [create, setCreate] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    client.api['tm:list']({ project }).then(setSources, (err: Error) => onError(err.message));
  }, [client, project, onError]);
  const importTmx = async (file: File | undefined) => {
    if (!file) return;
    try {
      const r = await client.api['tm:import']({ project, file: await fileToPayload(file) });
      setMessage(t('tm.imported', { count: r.added }) + (r.warnings.length ? ` ${r.warnings.map((w) => localMessage(w)).join(' ')}` : ''));
      setSources(await client.api['tm:list']({ project }));
    } catch (err) {
      onError((err as Error).message);
    }
  };
  return (
    <section className="card" aria-labelledby="tm-sources-heading">
      <h2 id="tm-sources-heading">{t('tm.sources')}</h2>
      <ul className="recent-list">
        {sources.map((s) => (
          <li key={s.path}>
            <strong>{s.reachable ? s.name : t('tm.notReachable', { name: s.name })}</strong> <span className="muted">{t('tm.units', { count: s.units })}</span>
            {!s.own && (
              <>
                {' '}
                <button type="button" className="link-button" aria-label={t('tm.detachLabel', { name: s.name })} onClick={() => client.api['tm:detach']({ project, path: s.path }).then(setSources, (err: Error) => onError(err.message))}>
                  {t('glossary.detach')}
                </button>
              </>
            )}
            <SourceNotices notices={s.notices} />
          </li>
        ))}
      </ul>
      {message && <p role="status" className="muted">{message}</p>}
      <label className="field">
        <span>{t('tm.importTmx')}</span>
        <input type="file" accept=".tmx" onChange={(e) => void importTmx(e.target.files?.[0])} />
      </label>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          client.api['tm:attach']({ project, path, create }).then((s) => (setSources(s), setPath('')), (err: Error) => onError(err.message));
        }}
      >
        <FolderField client={client} label={t('tm.sharedFolder')} value={path} onChange={setPath} placeholder="/mnt/tim/Memori.tinjau-tm" create />
        <label className="checkbox">
          <input type="checkbox" checked={create} onChange={(e) => setCreate(e.target.checked)} /> {t('glossary.createNew')}
        </label>
        <button type="submit">{t('glossary.attach')}</button>
      </form>
    </section>
  );
}
