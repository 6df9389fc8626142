import type { ImportedBlock } from '../../model/imported';
import type { SegmentStatus } from '../../model/segment';
import { SEGMENT_STATUSES } from '../../model/segment';

type FileStatus = NonNullable<ImportedBlock['status']>;

/** Prefix of the `subState` Tinjau writes, so its finer statuses survive a round trip. */
export const SUBSTATE_PREFIX = 'tinjau:';

/** The status a segment's `state`/`subState` imply; Tinjau's own subState wins when present. */
export function statusFromXliff20(state: string | undefined, subState: string | undefined, hasTarget: boolean): FileStatus {
  if (subState?.startsWith(SUBSTATE_PREFIX)) {
    const own = subState.slice(SUBSTATE_PREFIX.length) as SegmentStatus;
    if (SEGMENT_STATUSES.includes(own)) return own === 'edited' ? 'draft' : own;
  }
  switch (state) {
    case 'translated':
      return 'draft';
    case 'reviewed':
      return 'reviewed';
    case 'final':
      return 'approved';
    default:
      return hasTarget ? 'draft' : 'new';
  }
}

export function xliff20StateFor(status: SegmentStatus): 'initial' | 'translated' | 'reviewed' | 'final' {
  switch (status) {
    case 'new':
    case 'rejected':
      return 'initial';
    case 'draft':
    case 'edited':
      return 'translated';
    case 'reviewed':
      return 'reviewed';
    case 'approved':
      return 'final';
  }
}
