import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../../shared/model/segment';
import { splitSentences } from '../../../shared/segment/sentences';
import { useDialogFocus } from '../../components/use-dialog-focus';
import { DialogActions } from '../../components/dialog-actions';

/**
 * Where to split a segment, chosen with the keyboard: the Indonesian (and the English) in
 * read-only boxes whose caret the arrow keys move. Opened when Split is pressed without a caret
 * placed in the source text; the caret starts after the first sentence.
 */
export function SplitDialog({ segment, number, onSplit, onClose }: { segment: Segment; number: number; onSplit: (offsets: { source: number; target?: number }) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const dialogRef = useDialogFocus<HTMLFormElement>(onClose);
  const id = useId();
  const source = useRef<HTMLTextAreaElement>(null);
  const target = useRef<HTMLTextAreaElement>(null);
  /** Where the English caret started: only a caret the reviewer moved chooses the English split. */
  const targetStart = useRef<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const box = source.current;
    if (!box) return;
    const at = afterFirstSentence(segment.source, 'id') ?? Math.floor(segment.source.length / 2);
    box.focus();
    box.setSelectionRange(at, at);
    const english = target.current;
    const atEnglish = afterFirstSentence(segment.target, 'en');
    if (english && atEnglish !== null) english.setSelectionRange(atEnglish, atEnglish);
    targetStart.current = english ? english.selectionStart : null;
  }, [segment]);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const at = source.current?.selectionStart ?? 0;
    if (at <= 0 || at >= segment.source.trimEnd().length) return setProblem(t('actions.splitInside'));
    const english = target.current;
    const moved = english !== null && english.selectionStart !== targetStart.current;
    onSplit({ source: at, ...(moved ? { target: english.selectionStart } : {}) });
  };

  return (
    <div className="dialog-backdrop">
      <form ref={dialogRef} className="dialog split-dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-t`} onSubmit={submit}>
        <h2 id={`${id}-t`}>{t('actions.splitTitle', { n: number })}</h2>
        <p className="muted" id={`${id}-h`}>
          {t('actions.splitKeys')}
        </p>
        <label className="field">
          <span>{t('actions.splitSource')}</span>
          <textarea
            ref={source}
            lang="id"
            readOnly
            rows={4}
            value={segment.source}
            aria-describedby={`${id}-h`}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
          />
        </label>
        {segment.target && (
          <label className="field">
            <span>{t('actions.splitTarget')}</span>
            <textarea ref={target} lang="en" readOnly rows={4} value={segment.target} />
          </label>
        )}
        {problem && (
          <p role="alert" className="error-text">
            {problem}
          </p>
        )}
        <DialogActions submit={t('actions.split')} onCancel={onClose} />
      </form>
    </div>
  );
}

function afterFirstSentence(text: string, lang: 'id' | 'en'): number | null {
  const first = splitSentences(text, lang)[0];
  if (!first || first.length >= text.trim().length) return null;
  return text.indexOf(first) + first.length;
}
