import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossarySource, GlossaryView } from '../../../shared/api/glossary-types';
import { conflictDifferences, mergedProposal, type FieldDifference } from '../../../shared/glossary/conflict-fields';
import type { GlossaryEntry } from '../../../shared/glossary/model';
import { diffWordsSegmented } from '../../../shared/review/diff';
import type { Client } from '../../api/client';
import { EntryDialog } from './entry-dialog';

type Conflict = GlossaryView['conflicts'][number];

/** One version's text of a field, with the words the compared version lacks highlighted. */
function FieldValue({ text, other, side }: { text: string; other: string; side: 'before' | 'after' }) {
  const { t } = useTranslation();
  const parts = useMemo(() => {
    const all = side === 'before' ? diffWordsSegmented(text, other) : diffWordsSegmented(other, text);
    const own = side === 'before' ? 'delete' : 'insert';
    return all.filter((p) => p.kind === 'equal' || p.kind === own);
  }, [text, other, side]);
  if (text === '') return <span className="muted">—</span>;
  return (
    <span className="conflict-value">
      {parts.map((p, i) =>
        p.kind === 'equal' ? (
          <span key={i}>{p.text}</span>
        ) : (
          <mark key={i} className="conflict-diff" aria-label={t('glossaryConflict.onlyHere', { text: p.text })}>
            {p.text}
          </mark>
        ),
      )}
    </span>
  );
}

/**
 * An entry changed on two computers at once: the fields the versions differ in, with the words
 * that differ highlighted, who saved each version and when (local time), "keep this one" for each,
 * and a merged version to edit (one-side changes taken, both-side changes from the shown one).
 */
export function ConflictCard({ client, project, conflict, sources, onResolved, onError }: {
  client: Client;
  project: string;
  conflict: Conflict;
  sources: readonly GlossarySource[];
  onResolved: () => void;
  onError: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [merging, setMerging] = useState(false);
  const versions = [conflict.winner, ...conflict.others];
  const differences = useMemo(() => conflictDifferences(conflict), [conflict]);
  const fmt = useMemo(() => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }), [i18n.language]);
  const term = conflict.winner.sourceTerms.join(' / ') || conflict.id;
  const live = versions.every((v) => !v.deleted);
  const keep = (chosenVersion: string) =>
    client.api['glossary:resolveConflict']({ project, glossary: conflict.glossary, id: conflict.id, chosenVersion }).then(onResolved, (err: Error) => onError(err.message));

  const proposal = useMemo(() => mergedProposal(conflict), [conflict]);
  const mergedEntry: GlossaryEntry & { glossary: string } = { ...conflict.winner, ...proposal, glossary: conflict.glossary };

  const compared = (d: FieldDifference, i: number) => (i === 0 ? (d.values[1] ?? '') : (d.values[0] ?? ''));
  return (
    <article className="conflict-card" aria-label={t('glossaryConflict.entryLabel', { term })}>
      <h3 lang="id">{term}</h3>
      {live && differences.length === 0 && <p className="muted">{t('glossaryConflict.noDifference')}</p>}
      <div className="conflict">
        {versions.map((version, i) => (
          <section key={version.version} className="conflict-version" aria-label={t('glossaryConflict.versionBy', { author: version.author ?? t('glossary.unknownAuthor') })}>
            <div className="conflict-meta">
              <strong>{version.author ?? t('glossary.unknownAuthor')}</strong>{' '}
              <time dateTime={version.updatedAt} className="muted">
                {t('glossaryConflict.savedAt', { time: fmt.format(new Date(version.updatedAt)) })}
              </time>
            </div>
            {version.deleted ? (
              <p>{t('glossaryConflict.deletedVersion')}</p>
            ) : (
              <dl className="conflict-fields">
                {differences.map((d) => (
                  <div key={d.field} className={`conflict-field changed-${d.changed}`}>
                    <dt>
                      {t(`glossaryConflict.field.${d.field}`)}{' '}
                      <span className="muted">({d.changed === 'both' ? t('glossaryConflict.changedBoth') : t('glossaryConflict.changedOne')})</span>
                    </dt>
                    <dd lang={d.field === 'sourceTerms' ? 'id' : undefined}>
                      <FieldValue text={d.values[i] ?? ''} other={compared(d, i)} side={i === 0 ? 'before' : 'after'} />
                    </dd>
                  </div>
                ))}
              </dl>
            )}
            <button type="button" className="small" onClick={() => void keep(version.version)}>
              {t('glossary.keepThis')}
            </button>
          </section>
        ))}
      </div>
      {live && (
        <div className="conflict-merge">
          <button type="button" onClick={() => setMerging(true)}>
            {t('glossaryConflict.merge')}
          </button>{' '}
          <span className="muted">{t('glossaryConflict.mergeHint')}</span>
        </div>
      )}
      {merging && (
        <EntryDialog
          client={client}
          project={project}
          sources={sources}
          entry={mergedEntry}
          title={t('glossaryConflict.mergeTitle', { term })}
          submitLabel={t('glossaryConflict.mergeSave')}
          onSubmitFields={(fields) =>
            client.api['glossary:resolveConflict']({ project, glossary: conflict.glossary, id: conflict.id, chosenVersion: conflict.winner.version, fields })
          }
          onSaved={() => {
            setMerging(false);
            onResolved();
          }}
          onCancel={() => setMerging(false)}
        />
      )}
    </article>
  );
}
