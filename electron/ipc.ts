import type { IpcMainInvokeEvent } from 'electron';
import { ipcMain } from 'electron';
import { CHANNELS } from '../shared/api/contract';
import { dispatch } from './services/api';
import type { createHandlers } from './services/api';

/**
 * Electron transport: one `ipcMain.handle` per contract channel, each checking that the call
 * comes from Tinjau's own page before validating and dispatching it.
 */
export function registerIpc(handlers: ReturnType<typeof createHandlers>, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'invalid-input', message: 'Calls are accepted only from the Tinjau window' } };
      }
      return dispatch(handlers, channel, input);
    });
  }
}
