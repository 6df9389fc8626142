import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrackedChange } from '../../../shared/api/team-types';
import type { Client } from '../../api/client';
import { DiffText } from '../review/diff-text';

/** Other members' changes to this document that this reviewer has not confirmed since; reloaded when `stamp` changes. */
export function useTrackedChanges(client: Client, project: string, documentId: string, linked: boolean, stamp: number) {
  const [changes, setChanges] = useState<ReadonlyMap<string, TrackedChange>>(new Map());
  useEffect(() => {
    if (!linked) return;
    let stopped = false;
    void client.api['team:tracked']({ project, documentId }).then(
      (list) => !stopped && setChanges(new Map(list.map((c) => [c.segmentId, c]))),
      () => undefined,
    );
    return () => {
      stopped = true;
    };
  }, [client, project, documentId, linked, stamp]);
  /** The reviewer confirmed the segment: its tracked change is accepted. */
  const acknowledge = useCallback(
    (segmentId: string) => {
      if (!changes.has(segmentId)) return;
      setChanges((m) => {
        const next = new Map(m);
        next.delete(segmentId);
        return next;
      });
      void client.api['team:acknowledge']({ project, segmentIds: [segmentId] }).catch(() => undefined);
    },
    [changes, client, project],
  );
  return { changes, acknowledge };
}

/**
 * The team's tracked changes in the workbench: how many segments others changed, a button to the
 * next one, and for the active segment the word-level change with its author and local time.
 */
export function TrackedChanges({ changes, activeId, order, onJump }: { changes: ReadonlyMap<string, TrackedChange>; activeId: string | null; order: () => readonly string[]; onJump: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const fmt = useMemo(() => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }), [i18n.language]);
  if (changes.size === 0) return null;
  const current = activeId ? changes.get(activeId) : undefined;
  const next = () => {
    // The document's order, asked for on the click: a book-length list is not copied per render.
    const ids = order();
    const from = activeId ? ids.indexOf(activeId) : -1;
    const after = [...ids.slice(from + 1), ...ids.slice(0, from + 1)].find((id) => changes.has(id) && id !== activeId);
    if (after) onJump(after);
  };
  return (
    <section className="tracked-changes" aria-label={t('team.tracked')}>
      <div className="tracked-summary">
        <span>{t('team.trackedCount', { count: changes.size })}</span>
        {(changes.size > 1 || !current) && (
          <button type="button" className="small" onClick={next}>
            {t('team.trackedNext')}
          </button>
        )}
      </div>
      {current && (
        <div className="tracked-current">
          <p className="muted">{t('team.trackedBy', { author: current.author, time: fmt.format(new Date(current.at)) })}</p>
          <p aria-label={t('team.diff')}>
            <DiffText before={current.before} after={current.after} />
          </p>
        </div>
      )}
    </section>
  );
}
