import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictItem, TeamStatus } from '../../../shared/api/team-types';
import type { Client } from '../../api/client';
import { JobProgressBar, newJobId } from '../../components/job-progress';
import { localMessage } from '../../i18n/local-message';
import { DiffText } from '../review/diff-text';

/** How often a linked project syncs while it is open. */
const SYNC_EVERY_MS = 60_000;

/**
 * A project's team card: link to a git remote, sync (on open, on a timer, by the button; with
 * progress and cancel), the status, and the conflicts list where a reviewer picks or merges.
 */
export function TeamPanel({ client, project, onChanged, onError }: { client: Client; project: string; onChanged: () => void; onError: (message: string | null) => void }) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<TeamStatus | null>(null);
  const [conflicts, setConflicts] = useState<readonly ConflictItem[]>([]);
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [jobId, setJobId] = useState<string | null>(null);
  const [merged, setMerged] = useState<Record<string, string>>({});
  const dateFmt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  const refresh = useCallback(async () => {
    const next = await client.api['team:status']({ project });
    setStatus(next);
    setConflicts(next.conflicts > 0 ? await client.api['team:conflicts']({ project }) : []);
    return next;
  }, [client, project]);

  const sync = useCallback(
    async (link?: { url: string; token: string }) => {
      if (jobId) return;
      const id = newJobId();
      setJobId(id);
      try {
        const report = link
          ? await client.api['team:link']({ project, url: link.url, ...(link.token ? { token: link.token } : {}), jobId: id })
          : await client.api['team:sync']({ project, jobId: id });
        onError(null);
        if (report.received > 0) onChanged();
      } catch (err) {
        onError(localMessage(err as Error));
      } finally {
        setJobId(null);
        await refresh().catch(() => undefined);
      }
    },
    [client, project, jobId, onChanged, onError, refresh],
  );

  useEffect(() => {
    let stopped = false;
    void refresh().then((s) => {
      if (!stopped && s.linked) void sync(); // sync on open
    }, () => undefined);
    return () => {
      stopped = true;
    };
  }, [project]); // once per project: sync on open

  useEffect(() => {
    if (!status?.linked) return;
    const timer = window.setInterval(() => void sync(), SYNC_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [status?.linked, sync]);

  const resolve = async (segmentId: string, text: string) => {
    try {
      await client.api['team:resolve']({ project, segmentId, text });
      onChanged();
      await refresh();
      void sync();
    } catch (err) {
      onError(localMessage(err as Error));
    }
  };

  if (!status) return null;
  return (
    <section aria-labelledby="team-heading" className="card team-panel">
      <h2 id="team-heading">{t('team.heading')}</h2>
      {!status.linked ? (
        <form className="inline-form" onSubmit={(e) => (e.preventDefault(), void sync({ url, token }))}>
          <p className="muted">{t('team.intro')}</p>
          <label className="field">
            <span>{t('team.url')}</span>
            <input value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://git.example.com/team/project.git" required />
          </label>
          <label className="field">
            <span>{t('team.token')}</span>
            <input type="password" value={token} onChange={(e) => setToken(e.target.value)} autoComplete="off" />
          </label>
          <button type="submit" className="primary" disabled={!url.trim() || !!jobId}>
            {jobId ? t('team.linking') : t('team.link')}
          </button>
        </form>
      ) : (
        <div className="team-status" role="status">
          <p>{t('team.remote', { url: status.url })}</p>
          <p>{t('team.lastSync', { time: status.lastSyncAt ? dateFmt.format(new Date(status.lastSyncAt)) : t('team.never') })}</p>
          {status.offline && <p className="warning">{t('team.offline')}</p>}
          {status.ahead > 0 && <p>{t('team.ahead', { count: status.ahead })}</p>}
          {status.behind > 0 && <p>{t('team.behind', { count: status.behind })}</p>}
          {status.ahead === 0 && status.behind === 0 && !status.offline && <p className="muted">{t('team.upToDate')}</p>}
          <button type="button" onClick={() => void sync()} disabled={!!jobId}>
            {t('team.sync')}
          </button>
        </div>
      )}
      {jobId && <JobProgressBar client={client} jobId={jobId} label={t('team.syncing')} />}
      {conflicts.length > 0 && (
        <div className="team-conflicts">
          <h3>{t('team.conflicts', { count: conflicts.length })}</h3>
          <ul>
            {conflicts.map((c) => {
              const versions = c.conflict.versions;
              const first = versions[0];
              const last = versions[versions.length - 1];
              return (
                <li key={c.segmentId} aria-label={t('team.conflictAt', { doc: c.documentName, n: c.index + 1 })}>
                  <strong>{t('team.conflictAt', { doc: c.documentName, n: c.index + 1 })}</strong>
                  <p className="muted">{c.source}</p>
                  <div className="team-version-sides">
                    {versions.map((v, i) => (
                      <div key={i} className="team-version" role="group" aria-label={t('team.versionBy', { author: v.author, time: v.at ? dateFmt.format(new Date(v.at)) : '' })}>
                        <span className="muted">{t('team.versionBy', { author: v.author, time: v.at ? dateFmt.format(new Date(v.at)) : '' })}</span>
                        {/* Word level against the other side: the first version shows what it has that the last lacks, and the other way round. */}
                        <p aria-label={t('team.diff')}>
                          {first && last && first !== last && (v === first || v === last) ? (
                            <DiffText before={first.text} after={last.text} side={v === first ? 'before' : 'after'} />
                          ) : (
                            v.text
                          )}
                        </p>
                        <button type="button" className="small" onClick={() => void resolve(c.segmentId, v.text)}>
                          {t('team.keepBy', { author: v.author })}
                        </button>
                      </div>
                    ))}
                  </div>
                  <label className="field">
                    <span>{t('team.merged')}</span>
                    <textarea value={merged[c.segmentId] ?? c.target} onChange={(e) => setMerged({ ...merged, [c.segmentId]: e.target.value })} />
                  </label>
                  <button type="button" className="small" onClick={() => void resolve(c.segmentId, merged[c.segmentId] ?? c.target)}>
                    {t('team.keepMerged')}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
