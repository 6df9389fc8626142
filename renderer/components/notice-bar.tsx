import { useTranslation } from 'react-i18next';

export interface Notice {
  readonly text: string;
  /** A batch id: the notice offers to undo it. */
  readonly undo?: string;
  /** A segment id: the notice offers to give its translation to its repetitions. */
  readonly propagate?: string;
}

/** What just happened, with the one follow-up it invites (undo, propagate). */
export function NoticeBar({ notice, onUndo, onPropagate, onDismiss }: { notice: Notice | null; onUndo: (batchId: string) => void; onPropagate: (segmentId: string) => void; onDismiss: () => void }) {
  const { t } = useTranslation();
  if (!notice) return null;
  return (
    <div className="notice" role="status">
      <span>{notice.text}</span>
      {notice.propagate && (
        <button type="button" className="small" onClick={() => onPropagate(notice.propagate ?? '')}>
          {t('propagate.button')}
        </button>
      )}
      {notice.undo && (
        <button type="button" className="small" onClick={() => onUndo(notice.undo ?? '')}>
          {t('undo.button')}
        </button>
      )}
      <button type="button" className="link-button" onClick={onDismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
