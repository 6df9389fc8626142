import { useTranslation } from 'react-i18next';
import type { SegmentStatus } from '../../shared/model/segment';

/** A symbol per status, so statuses read without colour too. */
const SYMBOL: Record<SegmentStatus | 'excluded', string> = {
  new: '◇',
  draft: '○',
  edited: '●',
  reviewed: '✓',
  approved: '✓✓',
  rejected: '✗',
  excluded: '–',
};

export function StatusBadge({ status }: { status: SegmentStatus | 'excluded' }) {
  const { t } = useTranslation();
  return (
    <span className={`status status-${status}`}>
      <span aria-hidden="true">{SYMBOL[status]}</span> {t(`status.${status}`)}
    </span>
  );
}
