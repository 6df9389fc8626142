import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { diffWordsSegmented } from '../../../shared/review/diff';

/**
 * Word-level changes from one text to another: insertions underlined, deletions struck through
 * (readable without colour), each announced to screen readers.
 */
export function DiffText({ before, after, side }: { before: string; after: string; side?: 'before' | 'after' }) {
  const { t } = useTranslation();
  const all = useMemo(() => diffWordsSegmented(before, after), [before, after]);
  // One side of a side-by-side view shows only what that version has.
  const parts = side ? all.filter((p) => p.kind === 'equal' || p.kind === (side === 'before' ? 'delete' : 'insert')) : all;
  return (
    <span className="diff">
      {parts.map((p, i) =>
        p.kind === 'equal' ? (
          <span key={i}>{p.text}</span>
        ) : p.kind === 'insert' ? (
          <ins key={i} aria-label={t('diff.inserted', { text: p.text })}>
            {p.text}
          </ins>
        ) : (
          <del key={i} aria-label={t('diff.deleted', { text: p.text })}>
            {p.text}
          </del>
        ),
      )}
    </span>
  );
}
