import { useTranslation } from 'react-i18next';
import type { Client } from '../../api/client';
import { JobProgressBar } from '../../components/job-progress';
import type { TeamSync } from './use-team-sync';

/** The workbench's team sync line: last synced, in progress (bar and Cancel), waiting, offline, or failed in words. */
export function TeamSyncBar({ client, sync }: { client: Client; sync: TeamSync }) {
  const { t, i18n } = useTranslation();
  const { status, jobId, pending, error } = sync;
  if (!status?.linked) return null;
  const time = status.lastSyncAt ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(status.lastSyncAt)) : null;
  let line: React.ReactNode;
  if (jobId) line = <span>{t('team.barSyncing')}</span>;
  else if (status.offline) line = <span className="warning">{status.ahead > 0 ? t('team.barOffline', { count: status.ahead }) : t('team.barOfflineNone')}</span>;
  else if (error) line = <span className="warning">{t('team.barFailed', { reason: error })}</span>;
  else if (pending) line = <span>{t('team.barPending')}</span>;
  else line = <span className="muted">{time ? t('team.barSynced', { time }) : t('team.barNever')}</span>;
  return (
    <div className="team-sync-bar" role="status" aria-label={t('team.bar')}>
      {line}
      {jobId ? (
        <JobProgressBar client={client} jobId={jobId} label={t('team.barSyncing')} />
      ) : (
        <button type="button" className="small" onClick={sync.syncNow}>
          {error || status.offline ? t('team.barRetry') : t('team.sync')}
        </button>
      )}
    </div>
  );
}
