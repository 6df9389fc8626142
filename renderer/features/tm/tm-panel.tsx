import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TmConcordanceHit, TmMatch } from '../../../shared/api/tm-types';
import type { Segment } from '../../../shared/model/segment';
import { withFileCandidates } from '../../../shared/tm/file-candidates';
import type { Client } from '../../api/client';
import { InlineText } from '../editor/inline-text';

interface TmPanelProps {
  readonly client: Client;
  readonly project: string;
  readonly segment: Segment | null;
  readonly matches: readonly TmMatch[];
  readonly error: string | null;
  readonly onUse: (text: string) => void;
  /** Words to look up, e.g. the reviewer's selection when they pressed the concordance key. */
  /** A concordance request from the keyboard (Ctrl+K): its words are searched and the search box takes the focus. */
  readonly concordance: { readonly text: string } | null;
  /** Told once a request is handled, so showing the panel again later does not repeat it. */
  readonly onConcordanceHandled: () => void;
}

/** Translation memory beside the active segment: fuzzy matches (Ctrl+1…9 uses one) and concordance. */
export function TmPanel({ client, project, segment, matches, error, onUse, concordance, onConcordanceHandled }: TmPanelProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState(concordance?.text ?? '');
  const searchBox = useRef<HTMLInputElement>(null);
  const [hits, setHits] = useState<readonly TmConcordanceHit[] | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);
  const search = (q: string) =>
    client.api['tm:concordance']({ project, query: q, limit: 100 }).then(
      (h) => {
        setHits(h);
        setSearchError(null);
      },
      (err: Error) => setSearchError(err.message),
    );
  useEffect(() => {
    if (!concordance) return;
    setQuery(concordance.text);
    if (concordance.text.trim()) void search(concordance.text);
    // The reviewer goes on in the search box: to type words when none were selected, or refine them.
    searchBox.current?.focus();
    searchBox.current?.select();
    onConcordanceHandled();
    // Only a new request from the keyboard shortcut starts a search by itself.
  }, [concordance]);

  return (
    <section className="side-panel" aria-labelledby="tm-heading">
      <h2 id="tm-heading">{t('tm.title')}</h2>
      {error && <p className="muted">{error}</p>}
      {segment && matches.length === 0 && !error && <p className="muted">{t('tm.noMatches')}</p>}
      <ol className="term-list">
        {matches.map((m, i) => (
          <li key={m.unitId} className={`term ${m.score >= 100 ? 'term-ok' : 'term-missing'}`}>
            <div className="term-source">
              {i < 9 && <kbd>Ctrl+{i + 1}</kbd>}
              {!(m.fromFile && m.score === 0) && <strong>{m.score}%</strong>}
              <span className="muted">{m.fromFile ? t('tm.fromFile', { origin: m.tm || '?' }) : m.tm}</span>
            </div>
            <div className="tm-source" lang="id">
              {m.diff.map((p, k) =>
                p.kind === 'equal' ? <span key={k}>{p.text}</span> : p.kind === 'delete' ? <del key={k}>{p.text}</del> : <ins key={k}>{p.text}</ins>,
              )}
            </div>
            <div lang="en">{m.target}</div>
            <button type="button" className="small" onClick={() => onUse(m.target)}>
              {t('tm.use')}
            </button>
          </li>
        ))}
      </ol>
      <form
        className="inline-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          if (query.trim()) void search(query);
        }}
      >
        <label className="field">
          <span>{t('tm.concordance')}</span>
          <input ref={searchBox} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <button type="submit" className="small">
          {t('tm.search')}
        </button>
      </form>
      {searchError && <p role="alert" className="error-text">{searchError}</p>}
      {hits && (
        <ol className="concordance" aria-label={t('tm.concordanceResults', { count: hits.length })}>
          {hits.length === 0 && <li className="muted">{t('tm.noHits')}</li>}
          {hits.map((h) => (
            <li key={h.unitId}>
              <div lang="id">
                <InlineText text={h.source} marks={h.sourceSpans.map((s) => ({ ...s, className: 'term-hit' }))} />
              </div>
              <div lang="en">
                <InlineText text={h.target} marks={h.targetSpans.map((s) => ({ ...s, className: 'term-hit' }))} />
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Fuzzy matches for the active segment's source, refreshed when the segment changes. */
export function useTmMatches(client: Client, project: string, segment: Segment | null, refresh: number) {
  const [matches, setMatches] = useState<readonly TmMatch[]>([]);
  const [error, setError] = useState<string | null>(null);
  const source = segment?.source ?? '';
  useEffect(() => {
    if (!source) return setMatches([]);
    let cancelled = false;
    client.api['tm:search']({ project, text: source, limit: 9 }).then(
      (m) => {
        if (cancelled) return;
        setMatches(m);
        setError(null);
      },
      (err: Error) => !cancelled && setError(err.message),
    );
    return () => {
      cancelled = true;
    };
  }, [client, project, source, refresh]);
  // Candidates the imported file carried for this segment show beside the memory's matches.
  const candidates = segment?.candidates;
  const all = useMemo(() => withFileCandidates(candidates ? { source, candidates } : null, matches), [candidates, source, matches]);
  return { matches: all, error };
}
