import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Revision } from '../../../shared/model/revision';
import type { Segment } from '../../../shared/model/segment';
import type { Client } from '../../api/client';
import { DiffText } from './diff-text';

/** Every saved version of the active segment: who, when, why; compare any two; restore one. */
export function HistoryPanel({ client, project, segment, onRestored }: { client: Client; project: string; segment: Segment | null; onRestored: (s: Segment) => void }) {
  const { t, i18n } = useTranslation();
  const [revisions, setRevisions] = useState<readonly Revision[]>([]);
  const [picked, setPicked] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const segmentId = segment?.id ?? null;
  const target = segment?.target;
  useEffect(() => {
    if (!segmentId) return setRevisions([]);
    let cancelled = false;
    const timer = window.setTimeout(() => {
      client.api['revisions:list']({ project, segmentId }).then((r) => !cancelled && setRevisions(r), (err: Error) => !cancelled && setError(err.message));
    }, 300);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [client, project, segmentId, target]);
  useEffect(() => setPicked([]), [segmentId]);
  const fmt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'medium' });
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p.slice(-1), id]));
  const [a, b] = picked.map((id) => revisions.find((r) => r.id === id)).sort((x, y) => (x && y ? x.at.localeCompare(y.at) : 0));
  const restore = (r: Revision) =>
    segmentId &&
    client.api['segments:update']({ project, segmentId, target: r.text, origin: 'restore' }).then(onRestored, (err: Error) => setError(err.message));

  if (!segment) return <p className="muted side-panel">{t('history.none')}</p>;
  return (
    <section className="side-panel" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('history.title')}</h2>
      {error && <p role="alert">{error}</p>}
      {segment.draft && segment.draft.text !== segment.target && (
        <div className="side-by-side" role="group" aria-label={t('history.sideBySide')}>
          <div>
            <div className="muted">{t('history.draft')}</div>
            <DiffText before={segment.draft.text} after={segment.target} side="before" />
          </div>
          <div>
            <div className="muted">{t('history.current')}</div>
            <DiffText before={segment.draft.text} after={segment.target} side="after" />
          </div>
        </div>
      )}
      <p className="muted">{t('history.compareHint')}</p>
      {a && b && (
        <div className="compare" aria-label={t('history.comparison')}>
          <div className="muted">
            {fmt.format(new Date(a.at))} → {fmt.format(new Date(b.at))}
          </div>
          <DiffText before={a.text} after={b.text} />
        </div>
      )}
      <ol className="revision-list" reversed>
        {[...revisions].reverse().map((r) => (
          <li key={r.id} className={picked.includes(r.id) ? 'picked' : ''}>
            <label className="checkbox">
              <input type="checkbox" checked={picked.includes(r.id)} onChange={() => toggle(r.id)} aria-label={t('history.pick', { time: fmt.format(new Date(r.at)) })} />
              <span>
                <strong>{r.author}</strong> · {fmt.format(new Date(r.at))} · {t(`history.origin.${r.origin}`)} · {t(`status.${r.status}`)}
              </span>
            </label>
            <div className="revision-text" lang="en">
              {r.text || <span className="placeholder">{t('editor.emptyTarget')}</span>}
            </div>
            {r.text !== segment.target && (
              <button type="button" className="small" onClick={() => void restore(r)}>
                {t('history.restore')}
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
