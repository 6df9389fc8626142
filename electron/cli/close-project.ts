import { reason, say } from '../../shared/messages/text';
import { describeStorageFailure } from '../services/storage-failures';
import type { Workspace } from '../services/workspace';
import type { CliIo } from './common';

/**
 * Closes the workspace after a command. Every change a command made was journaled (fsync'd)
 * before it reported success, so a snapshot or backup that cannot be written on close is a
 * warning, not a failure: the exit status says whether the requested change is saved, and a
 * script must not retry an edit that happened.
 */
export async function closeWithWarning(workspace: Workspace, io: CliIo): Promise<void> {
  try {
    await workspace.close();
  } catch (error) {
    const detail = describeStorageFailure(error, say('storage.action.closing')) ?? { message: reason(error) };
    io.stderr.write(`warning: ${say('storage.closeFailed', { detail: detail.message }).message}\n`);
  }
}
