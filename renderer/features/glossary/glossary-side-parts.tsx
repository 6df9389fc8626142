import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryHistoryItem, GlossarySource, GlossaryView } from '../../../shared/api/glossary-types';
import type { GlossaryEntry } from '../../../shared/glossary/model';
import type { Client } from '../../api/client';
import { FolderField } from '../../components/folder-field';
import { SourceNotices } from '../../components/source-notices';
import { ConflictCard } from './conflict-card';

const targetsText = (e: GlossaryEntry) => e.targets.map((t) => `${t.text} (${t.status})`).join(', ');

/** Who changed an entry and when, newest first. */
export function EntryHistory({ client, project, glossary, id, onClose }: { client: Client; project: string; glossary: string; id: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [items, setItems] = useState<readonly EntryHistoryItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    client.api['glossary:history']({ project, glossary, id }).then(setItems, (err: Error) => setError(err.message));
  }, [client, project, glossary, id]);
  const fmt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="card" aria-label={t('glossary.history')}>
      <header className="side-panel-header">
        <h2>{t('glossary.history')}</h2>
        <button type="button" className="small" onClick={onClose}>
          {t('common.close')}
        </button>
      </header>
      {error && <p role="alert">{error}</p>}
      <ol className="history-list">
        {[...(items ?? [])].reverse().map(({ entry }) => (
          <li key={entry.version}>
            <strong>{entry.deleted ? t('glossary.deleted') : entry.sourceTerms.join(' / ')}</strong> → {targetsText(entry)}
            <div className="muted">
              {entry.author ?? t('glossary.unknownAuthor')} · {fmt.format(new Date(entry.updatedAt))} · {entry.version}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Entries changed on two copies at once: what differs in each, the reviewer keeps one or merges them. */
export function GlossaryConflicts({ client, project, view, onResolved, onError }: {
  client: Client;
  project: string;
  view: GlossaryView;
  onResolved: () => void;
  onError: (message: string) => void;
}) {
  const { t } = useTranslation();
  if (view.conflicts.length === 0) return null;
  return (
    <section className="card conflicts" aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading">{t('glossary.conflicts', { count: view.conflicts.length })}</h2>
      <p className="muted">{t('glossary.conflictsIntro')}</p>
      {view.conflicts.map((c) => (
        <ConflictCard key={`${c.glossary}\u0000${c.id}`} client={client} project={project} conflict={c} sources={view.sources} onResolved={onResolved} onError={onError} />
      ))}
    </section>
  );
}

/** The glossaries attached to the project, and attaching one the team shares. */
export function GlossarySources({ client, project, view, onChanged, onError }: {
  client: Client;
  project: string;
  view: GlossaryView;
  onChanged: (view: GlossaryView) => void;
  onError: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const [create, setCreate] = useState(false);
  const attach = (e: React.FormEvent) => {
    e.preventDefault();
    client.api['glossary:attach']({ project, path, create }).then((v) => {
      setPath('');
      onChanged(v);
    }, (err: Error) => onError(err.message));
  };
  return (
    <section className="card" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t('glossary.sources')}</h2>
      <ul className="recent-list">
        {view.sources.map((s) => (
          <li key={s.path}>
            <strong>{s.reachable ? s.name : t('glossary.notReachable', { name: s.name })}</strong> <span className="muted">{t('glossary.sourceInfo', { entries: s.entries, path: s.path })}</span>
            {!s.own && (
              <button type="button" className="link-button" onClick={() => client.api['glossary:detach']({ project, path: s.path }).then(onChanged, (err: Error) => onError(err.message))}>
                {t('glossary.detach')}
              </button>
            )}
            <SourceNotices notices={s.notices} />
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={attach}>
        <FolderField client={client} label={t('glossary.sharedFolder')} value={path} onChange={setPath} placeholder="/mnt/tim/Glosarium.tinjau-glossary" create />
        <label className="checkbox">
          <input type="checkbox" checked={create} onChange={(e) => setCreate(e.target.checked)} /> {t('glossary.createNew')}
        </label>
        <button type="submit">{t('glossary.attach')}</button>
      </form>
    </section>
  );
}

/** Which glossary an entry or an import goes into; shown only when the project has more than one. */
export function GlossaryPicker({ sources, value, onChange }: { sources: readonly GlossarySource[]; value: string; onChange: (path: string) => void }) {
  const { t } = useTranslation();
  if (sources.length < 2) return null;
  return (
    <label className="field">
      <span>{t('entry.glossary')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {sources.map((s) => (
          <option key={s.path} value={s.path}>
            {s.reachable ? s.name : t('glossary.notReachable', { name: s.name })}
          </option>
        ))}
      </select>
    </label>
  );
}
