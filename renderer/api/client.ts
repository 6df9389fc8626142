import type { Channel, ChannelInput, ChannelResult, TinjauApi } from '../../shared/api/contract';
import { CHANNELS } from '../../shared/api/contract';
import type { ApiErrorCode, ApiResult } from '../../shared/api/errors';

/** A failed call, as the services reported it; `message` is meant for the user. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: readonly string[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type RawInvoke = (channel: Channel, input: unknown, options?: { keepalive?: boolean }) => Promise<ApiResult<unknown>>;

declare global {
  interface Window {
    /** Set by Electron's preload: one function per contract channel. */
    tinjau?: Record<string, (input: unknown) => Promise<ApiResult<unknown>>>;
  }
}

function ipcInvoke(bridge: NonNullable<Window['tinjau']>): RawInvoke {
  return (channel, input) => {
    const fn = bridge[channel];
    if (!fn) return Promise.resolve({ ok: false, error: { code: 'invalid-input', message: `Unknown call ${channel}` } });
    return fn(input);
  };
}

function httpInvoke(token: string): RawInvoke {
  return async (channel, input, options) => {
    let res: Response;
    try {
      res = await fetch(`./api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-tinjau-token': token },
        body: JSON.stringify(input ?? {}),
        keepalive: options?.keepalive ?? false,
      });
    } catch {
      return { ok: false, error: { code: 'io', message: 'Tinjau is not running any more (the connection to its service was lost). Start it again with `npm run web`.' } };
    }
    if (res.status === 401) return { ok: false, error: { code: 'invalid-input', message: 'The access token is missing or wrong; open the address `npm run web` printed.' } };
    try {
      return (await res.json()) as ApiResult<unknown>;
    } catch {
      return { ok: false, error: { code: 'io', message: `Unexpected reply from Tinjau's service (HTTP ${res.status})` } };
    }
  };
}

export interface Client {
  readonly api: TinjauApi;
  readonly transport: 'electron' | 'web';
  /** For the last save before the page goes away: a request that outlives the page. */
  callOnUnload<C extends Channel>(channel: C, input: ChannelInput<C>): void;
}

/** Picks the transport: Electron's preload when present, else the loopback bridge. */
export function createClient(): Client {
  const token = document.querySelector<HTMLMetaElement>('meta[name="tinjau-token"]')?.content ?? '';
  const invoke = window.tinjau ? ipcInvoke(window.tinjau) : httpInvoke(token);
  const api = {} as Record<Channel, (input: unknown) => Promise<unknown>>;
  for (const channel of CHANNELS) {
    api[channel] = async (input: unknown) => {
      const result = await invoke(channel, input);
      if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.details);
      return result.value;
    };
  }
  return {
    api: api as unknown as TinjauApi,
    transport: window.tinjau ? 'electron' : 'web',
    callOnUnload: (channel, input) => void invoke(channel, input, { keepalive: true }),
  };
}

export type { ChannelResult };
