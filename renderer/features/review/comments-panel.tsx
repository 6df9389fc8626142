import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../../shared/model/segment';
import type { MqmCategory, MqmSeverity } from '../../../shared/review/mqm';
import { MQM_CATEGORIES, MQM_PENALTY, MQM_SEVERITIES } from '../../../shared/review/mqm';
import type { Client } from '../../api/client';

interface CommentsPanelProps {
  readonly client: Client;
  readonly project: string;
  readonly segment: Segment | null;
  /** The span of the English the reviewer selected, for a new annotation. */
  readonly selection: () => { start: number; end: number } | null;
  readonly onChanged: (s: Segment) => void;
}

/** What the reviewer typed and has not added yet: kept per segment, so it is never filed on another one. */
interface Drafts {
  readonly text: string;
  readonly note: string;
  readonly replies: Readonly<Record<string, string>>;
}

const NO_DRAFTS: Drafts = { text: '', note: '', replies: {} };

/** Comment threads and MQM error annotations on the active segment. */
export function CommentsPanel({ client, project, segment, selection, onChanged }: CommentsPanelProps) {
  const { t, i18n } = useTranslation();
  const [drafts, setDrafts] = useState<Readonly<Record<string, Drafts>>>({});
  const [category, setCategory] = useState<MqmCategory>('accuracy.mistranslation');
  const [severity, setSeverity] = useState<MqmSeverity>('minor');
  const [error, setError] = useState<{ readonly segmentId: string; readonly message: string } | null>(null);
  if (!segment) return <p className="muted side-panel">{t('history.none')}</p>;
  const segmentId = segment.id;
  const { text, note, replies } = drafts[segmentId] ?? NO_DRAFTS;
  // The service answers after the reviewer may have moved on (or typed on): an answer clears
  // what it sent, in the draft of its own segment.
  const setDraft = (id: string, change: (d: Drafts) => Partial<Drafts>) =>
    setDrafts((all) => {
      const d = all[id] ?? NO_DRAFTS;
      return { ...all, [id]: { ...d, ...change(d) } };
    });
  const fmt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  const run = (p: Promise<Segment>) =>
    p.then(
      (s) => {
        setError(null);
        onChanged(s);
      },
      (err: Error) => setError({ segmentId, message: err.message }),
    );
  const annotate = () => {
    const span = selection();
    if (!span || span.end <= span.start) return setError({ segmentId, message: t('comments.selectFirst') });
    void run(client.api['annotations:add']({ project, segmentId, ...span, category, severity, note })).then(() => setDraft(segmentId, (d) => (d.note === note ? { note: '' } : {})));
  };
  const addComment = () => {
    if (!text.trim()) return;
    void run(client.api['comments:add']({ project, segmentId, text })).then(() => setDraft(segmentId, (d) => (d.text === text ? { text: '' } : {})));
  };

  return (
    <section className="side-panel" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{t('comments.title')}</h2>
      {error?.segmentId === segmentId && <p role="alert" className="error-text">{error.message}</p>}
      {(segment.comments ?? []).map((thread) => (
        <article key={thread.id} className={`thread${thread.resolved ? ' thread-resolved' : ''}`} aria-label={t('comments.thread')}>
          {thread.comments.map((c) => (
            <div key={c.id} className="comment">
              <div className="muted">
                <strong>{c.author}</strong> · {fmt.format(new Date(c.at))}
              </div>
              <div>{c.text}</div>
            </div>
          ))}
          <div className="thread-actions">
            <input
              value={replies[thread.id] ?? ''}
              onChange={(e) => setDraft(segmentId, (d) => ({ replies: { ...d.replies, [thread.id]: e.target.value } }))}
              aria-label={t('comments.reply')}
              placeholder={t('comments.reply')}
            />
            <button
              type="button"
              className="small"
              disabled={!replies[thread.id]?.trim()}
              onClick={() => {
                const reply = replies[thread.id] ?? '';
                void run(client.api['comments:add']({ project, segmentId, threadId: thread.id, text: reply })).then(() =>
                  setDraft(segmentId, (d) => (d.replies[thread.id] === reply ? { replies: { ...d.replies, [thread.id]: '' } } : {})),
                );
              }}
            >
              {t('comments.send')}
            </button>
            <button type="button" className="small" onClick={() => void run(client.api['comments:setResolved']({ project, segmentId, threadId: thread.id, resolved: !thread.resolved }))}>
              {thread.resolved ? t('comments.reopen') : t('comments.resolve')}
            </button>
          </div>
        </article>
      ))}
      <form
        className="new-comment"
        onSubmit={(e) => {
          e.preventDefault();
          addComment();
        }}
      >
        <label className="field">
          <span>{t('comments.new')}</span>
          <textarea
            rows={2}
            value={text}
            onChange={(e) => setDraft(segmentId, () => ({ text: e.target.value }))}
            // Ctrl+Enter adds the comment, as in most comment boxes: here it never confirms the segment.
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                addComment();
              }
            }}
          />
        </label>
        <button type="submit" className="small" disabled={!text.trim()}>
          {t('comments.add')}
        </button>
      </form>

      <h3>{t('annotations.title')}</h3>
      <ul className="annotation-list">
        {(segment.annotations ?? []).map((a) => (
          <li key={a.id}>
            <span className={`severity severity-${a.severity}`}>{t(`annotations.severity.${a.severity}`)}</span> {t(`annotations.category.${a.category}`)}:{' '}
            <q lang="en">{segment.target.slice(a.start, a.end)}</q> {a.note && <span className="muted">— {a.note}</span>}
            <div className="muted">
              {a.author} · {fmt.format(new Date(a.at))}{' '}
              <button type="button" className="link-button" onClick={() => void run(client.api['annotations:remove']({ project, segmentId, annotationId: a.id }))}>
                {t('annotations.remove')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <div className="annotate">
        <p className="muted">{t('annotations.hint')}</p>
        <label className="field">
          <span>{t('annotations.categoryLabel')}</span>
          <select value={category} onChange={(e) => setCategory(e.target.value as MqmCategory)}>
            {MQM_CATEGORIES.map((c) => (
              <option key={c.id} value={c.id}>
                {t(`annotations.category.${c.id}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('annotations.severityLabel')}</span>
          <select value={severity} onChange={(e) => setSeverity(e.target.value as MqmSeverity)}>
            {MQM_SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {t(`annotations.severity.${s}`)} ({MQM_PENALTY[s]})
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('annotations.note')}</span>
          <input value={note} onChange={(e) => setDraft(segmentId, () => ({ note: e.target.value }))} />
        </label>
        <button type="button" className="small" onMouseDown={(e) => e.preventDefault()} onClick={annotate}>
          {t('annotations.add')}
        </button>
      </div>
    </section>
  );
}
