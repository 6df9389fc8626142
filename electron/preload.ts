import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '../shared/api/contract';

/**
 * The renderer's only door to the main process: one function per contract channel, nothing
 * else (no generic invoke), exposed as `window.tinjau`.
 */
const api: Record<string, (input: unknown) => Promise<unknown>> = {};
for (const channel of CHANNELS) {
  api[channel] = (input: unknown) => ipcRenderer.invoke(channel, input);
}
contextBridge.exposeInMainWorld('tinjau', Object.freeze(api));
