import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../../shared/model/segment';
import { StatusBadge } from '../../components/status-badge';

interface SegmentRowProps {
  readonly segment: Segment;
  readonly number: number;
  readonly active: boolean;
  readonly onActivate: (id: string) => void;
  readonly onEdit: (id: string, text: string) => void;
}

/**
 * One Indonesian | English pair. Only the active row holds an editor; the others are light
 * text, which keeps a book-length document fast.
 */
export const SegmentRow = memo(function SegmentRow({ segment, number, active, onActivate, onEdit }: SegmentRowProps) {
  const { t } = useTranslation();
  const editor = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (active && editor.current && document.activeElement !== editor.current) {
      editor.current.focus({ preventScroll: true });
      const end = editor.current.value.length;
      editor.current.setSelectionRange(end, end);
    }
  }, [active]);
  const changed = segment.draft ? segment.target !== segment.draft.text : segment.target !== '';
  const status = segment.excluded ? 'excluded' : segment.status;
  return (
    <article
      className={`segment${active ? ' segment-active' : ''}${segment.excluded ? ' segment-excluded' : ''}`}
      aria-label={t('editor.segmentLabel', { n: number })}
      aria-current={active ? 'true' : undefined}
      data-segment-id={segment.id}
      onClick={active ? undefined : () => !window.getSelection()?.toString() && onActivate(segment.id)}
    >
      <div className="segment-number" aria-hidden="true">
        {number}
      </div>
      <div className="segment-source" lang="id">
        {segment.source}
      </div>
      <div className="segment-target" lang="en">
        {active ? (
          <textarea
            ref={editor}
            className="segment-editor"
            aria-label={t('editor.targetLabel', { n: number })}
            value={segment.target}
            spellCheck={false}
            onChange={(e) => onEdit(segment.id, e.target.value)}
          />
        ) : (
          <button type="button" className="segment-target-text" aria-label={t('editor.editSegment', { n: number })}>
            {segment.target || <span className="placeholder">{t('editor.emptyTarget')}</span>}
          </button>
        )}
      </div>
      <div className="segment-meta">
        <StatusBadge status={status} />
        {changed && (
          <span className="marker" title={t('editor.changedFromDraft')}>
            <span aria-hidden="true">✎</span>
            <span className="visually-hidden">{t('editor.changedFromDraft')}</span>
          </span>
        )}
        {segment.draft && <span className="origin">{t(`origin.${segment.draft.origin}`)}</span>}
      </div>
    </article>
  );
});
