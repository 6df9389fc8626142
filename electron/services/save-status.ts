/**
 * A failing background write said to the interface. A compaction started by a timer has no caller
 * to tell; the store keeps its failure (`ProjectStore.compactionFailure`) and the workbench polls
 * `projects:saveStatus`, which also tries the write again (at most every `RETRY_MS`), so the
 * message goes away by itself once the disk takes the write.
 */
import { reason, say, type Said } from '../../shared/messages/text';
import type { SaveStatus } from '../../shared/api/save-status';
import type { ProjectStore } from './project-store';
import { storageErrorCode, storageReason } from './storage-failures';

/** A status poll tries a failed compaction again at most this often. */
export const RETRY_MS = 3000;

const lastRetry = new WeakMap<ProjectStore, number>();

/** The store's background write status; retries a failed one first when it is time. */
export async function saveStatusOf(store: ProjectStore, now: () => number = Date.now): Promise<SaveStatus> {
  if (store.compactionFailure !== null && !store.readOnly && now() - (lastRetry.get(store) ?? 0) >= RETRY_MS) {
    lastRetry.set(store, now());
    await store.flush().catch(() => undefined); // a failure stays in compactionFailure
  }
  const failure = store.compactionFailure;
  return { failure: failure === null ? null : describeBackgroundFailure(failure) };
}

/** What failed, that what was acknowledged is safe, and what to do: in the user's language. */
export function describeBackgroundFailure(error: unknown): Said {
  const e = error as (NodeJS.ErrnoException & { dest?: string }) | null;
  const code = typeof e?.code === 'string' ? e.code : null;
  if (code === null) return say('save.backgroundFailedOther', { detail: reason(error) });
  // A system error the disk gave: which file, why and what to do (an unusual code is named as it is).
  const { reason: why, advice } = storageErrorCode(error) !== null ? storageReason(error) : { reason: say('storage.reason.other', { code }), advice: say('storage.advice.other') };
  return say('save.backgroundFailed', { reason: why, path: e?.path ?? e?.dest ?? '—', advice });
}
