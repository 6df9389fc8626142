import type { Channel, ChannelInput, ChannelResult, TinjauApi } from '../../shared/api/contract';
import { CHANNELS } from '../../shared/api/contract';
import type { ApiErrorCode, ApiResult } from '../../shared/api/errors';
import { say, type MessageText, type Said } from '../../shared/messages/text';
import { localMessage } from '../i18n/local-message';

/** A failed call, as the services reported it; `message` is meant for the user, in the interface language. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: readonly string[],
    readonly text?: MessageText,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function failure(code: ApiErrorCode, said: Said): ApiResult<never> {
  return { ok: false, error: { code, message: said.message, text: said.text } };
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
    if (!fn) return Promise.resolve(failure('invalid-input', say('api.unknownCall', { channel })));
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
      return failure('io', say('client.disconnected'));
    }
    if (res.status === 401) return failure('invalid-input', say('client.badToken'));
    try {
      return (await res.json()) as ApiResult<unknown>;
    } catch {
      return failure('io', say('client.badReply', { status: String(res.status) }));
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
      if (!result.ok) throw new ApiError(result.error.code, localMessage(result.error), result.error.details, result.error.text);
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
