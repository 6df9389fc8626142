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

/** `label`: the status in words, `t(\`status.${status}\`)` (given by the caller, which already translates). */
export function StatusBadge({ status, label }: { status: SegmentStatus | 'excluded'; label: string }) {
  return (
    <span className={`status status-${status}`}>
      <span aria-hidden="true">{SYMBOL[status]}</span> {label}
    </span>
  );
}
