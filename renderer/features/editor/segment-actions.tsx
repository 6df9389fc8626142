import { useTranslation } from 'react-i18next';
import type { Segment } from '../../../shared/model/segment';

export type SegmentAction =
  | 'exclude'
  | 'include'
  | 'split'
  | 'join'
  | 'shift-up'
  | 'shift-down'
  | 'no-draft'
  | 'merge-next'
  | 'split-pair'
  | 'undo-pair';

/** Actions on the active segment: structure (exclude, split, join) and, for drafts from a separate file, pairing corrections. */
export function SegmentActions({ segment, onAction }: { segment: Segment; onAction: (action: SegmentAction) => void }) {
  const { t } = useTranslation();
  // Every button says what it does on hover (and to a screen reader as its description).
  const button = (action: SegmentAction, label: string, title: string) => (
    <button type="button" className="small" onClick={() => onAction(action)} title={title}>
      {label}
    </button>
  );
  const fromFile = segment.origin?.unitId !== undefined;
  return (
    <div className="segment-actions" role="toolbar" aria-label={t('actions.label')}>
      {segment.excluded ? button('include', t('actions.include'), t('actionHints.include')) : button('exclude', t('actions.exclude'), t('actionHints.exclude'))}
      {!fromFile && button('split', t('actions.split'), t('actions.splitHint'))}
      {!fromFile && button('join', t('actions.join'), t('actionHints.join'))}
      {segment.alignment && (
        <span className="action-group" role="group" aria-label={t('actions.pairing')}>
          {button('shift-up', t('actions.shiftUp'), t('actionHints.shiftUp'))}
          {button('shift-down', t('actions.shiftDown'), t('actionHints.shiftDown'))}
          {button('no-draft', t('actions.noDraft'), t('actionHints.noDraft'))}
          {button('merge-next', t('actions.mergeNext'), t('actionHints.mergeNext'))}
          {button('split-pair', t('actions.splitPair'), t('actionHints.splitPair'))}
          {button('undo-pair', t('actions.undoPair'), t('actionHints.undoPair'))}
        </span>
      )}
    </div>
  );
}
