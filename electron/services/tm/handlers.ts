// Placeholder until the TM and MT services land: every call answers with a clear error.
import { TinjauError } from '../../../shared/api/errors';
import type { TmChannel, TmHandlers } from '../api';
import type { Workspace } from '../workspace';

const channels: TmChannel[] = ['tm:list', 'tm:attach', 'tm:detach', 'tm:import', 'tm:search', 'tm:concordance', 'tm:pretranslate', 'mt:providers', 'mt:saveProvider', 'mt:removeProvider', 'mt:test'];

export function createTmHandlers(_workspace: Workspace): TmHandlers {
  const handlers = {} as Record<TmChannel, () => Promise<never>>;
  for (const c of channels) handlers[c] = async () => Promise.reject(new TinjauError('internal', `${c} is not available in this build`));
  return handlers as unknown as TmHandlers;
}
