import type { ImportedBlock } from '../../model/imported';
import type { SegmentStatus } from '../../model/segment';

export type FileStatus = NonNullable<ImportedBlock['status']>;

/**
 * XLIFF 1.2 `state` values and what they mean for review.
 *
 * `needs-review-translation` is what Tinjau writes for a rejected segment, so it reads back as
 * rejected; the other needs-review values only concern formatting or locale and stay drafts.
 */
const STATE_TO_STATUS: Readonly<Record<string, FileStatus>> = {
  new: 'new',
  'needs-translation': 'new',
  'needs-adaptation': 'new',
  'needs-l10n': 'new',
  translated: 'draft',
  'needs-review-adaptation': 'draft',
  'needs-review-l10n': 'draft',
  'needs-review-translation': 'rejected',
  'signed-off': 'reviewed',
  final: 'approved',
};

/** Trados Studio's confirmation levels (`sdl:seg/@conf`). */
const SDL_CONF_TO_STATUS: Readonly<Record<string, FileStatus>> = {
  Draft: 'draft',
  Translated: 'draft',
  RejectedTranslation: 'rejected',
  ApprovedTranslation: 'reviewed',
  RejectedSignOff: 'rejected',
  ApprovedSignOff: 'approved',
};

export interface Xliff12StatusInput {
  readonly approved?: string;
  readonly state?: string;
  readonly sdlConf?: string;
  readonly hasTarget: boolean;
}

/** The status a unit's attributes imply; approved="yes" wins, then Trados' conf, then `state`. */
export function statusFromXliff12(input: Xliff12StatusInput): FileStatus {
  // Reviewed units are written signed-off and approved, so that other tools do not take them as fuzzy.
  const fromConf = input.sdlConf ? SDL_CONF_TO_STATUS[input.sdlConf] : undefined;
  if (input.approved === 'yes') return fromConf === 'reviewed' || (!fromConf && input.state === 'signed-off') ? 'reviewed' : 'approved';
  if (fromConf) return fromConf;
  const fromState = input.state ? STATE_TO_STATUS[input.state] : undefined;
  // One state covers a whole segmented target; a segment with nothing translated is still new.
  if (fromState) return input.hasTarget || fromState === 'rejected' ? fromState : 'new';
  return input.hasTarget ? 'draft' : 'new';
}

/** Tinjau's statuses as the file can hold them: an edited draft is still a draft there. */
export function toFileStatus(status: SegmentStatus): FileStatus {
  return status === 'edited' ? 'draft' : status;
}

export function xliff12StateFor(status: SegmentStatus): string {
  switch (status) {
    case 'new':
      return 'new';
    case 'draft':
    case 'edited':
      return 'translated';
    case 'reviewed':
      return 'signed-off';
    case 'approved':
      return 'final';
    case 'rejected':
      return 'needs-review-translation';
  }
}

export function sdlConfFor(status: SegmentStatus): string {
  switch (status) {
    case 'new':
      return 'Draft';
    case 'draft':
    case 'edited':
      return 'Translated';
    case 'reviewed':
      return 'ApprovedTranslation';
    case 'approved':
      return 'ApprovedSignOff';
    case 'rejected':
      return 'RejectedTranslation';
  }
}

const ORDER: readonly FileStatus[] = ['rejected', 'new', 'draft', 'reviewed', 'approved'];

/** The least advanced of several statuses: a unit is only as done as its weakest segment. */
export function weakestStatus(statuses: readonly FileStatus[]): FileStatus {
  let weakest: FileStatus = 'approved';
  for (const s of statuses) if (ORDER.indexOf(s) < ORDER.indexOf(weakest)) weakest = s;
  return weakest;
}
