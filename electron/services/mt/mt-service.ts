/**
 * MT provider settings: `mt-providers.json` in the data folder (never in a project), without
 * keys; keys go to the key store (key-store.ts) and only `hasKey` comes back to the UI.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ChannelArgs } from '../../../shared/api/contract';
import { TinjauError } from '../../../shared/api/errors';
import type { MtProviderInfo } from '../../../shared/api/tm-types';
import type { MessageText, Said } from '../../../shared/messages/text';
import { reason, say } from '../../../shared/messages/text';
import { writeFileAtomic } from '../files';
import { deeplProvider } from './deepl';
import { isAbort } from './http';
import type { KeyStore } from './key-store';
import { keyStoreFor } from './key-store';
import { libreTranslateProvider } from './libretranslate';
import { openAiProvider } from './openai';
import type { MtProvider, MtProviderConfig, MtTiming } from './provider';

export const PROVIDERS_FILE = 'mt-providers.json';

export class MtService {
  private readonly keys: KeyStore;

  constructor(
    private readonly dataDir: string,
    private readonly timing: MtTiming = {},
    keys?: KeyStore,
  ) {
    this.keys = keys ?? keyStoreFor(dataDir);
  }

  private get file(): string {
    return path.join(this.dataDir, PROVIDERS_FILE);
  }

  configs(): MtProviderConfig[] {
    try {
      const data = JSON.parse(readFileSync(this.file, 'utf8')) as { providers?: MtProviderConfig[] };
      return Array.isArray(data.providers) ? data.providers : [];
    } catch {
      return [];
    }
  }

  list(): MtProviderInfo[] {
    return this.configs().map((c) => ({ ...c, hasKey: this.keys.has(c.id), keyStorage: this.keys.description }));
  }

  /** Adds or replaces a provider; `apiKey` is stored when given, removed when empty, kept when absent. */
  save(args: ChannelArgs<'mt:saveProvider'>): MtProviderInfo[] {
    const { apiKey, ...rest } = args;
    const config: MtProviderConfig = {
      id: rest.id,
      kind: rest.kind,
      name: rest.name,
      endpoint: rest.endpoint,
      ...(rest.model ? { model: rest.model } : {}),
      ...(rest.maxRequestsPerMinute ? { maxRequestsPerMinute: rest.maxRequestsPerMinute } : {}),
    };
    if (apiKey !== undefined) {
      if (apiKey.trim()) this.keys.set(config.id, apiKey.trim());
      else this.keys.delete(config.id);
    }
    const others = this.configs().filter((c) => c.id !== config.id);
    this.write([...others, config]);
    return this.list();
  }

  remove(id: string): MtProviderInfo[] {
    const configs = this.configs();
    if (!configs.some((c) => c.id === id)) throw new TinjauError('not-found', say('mt.noEngine', { id }));
    this.keys.delete(id);
    this.write(configs.filter((c) => c.id !== id));
    return this.list();
  }

  /** The engine for an id, with its key, ready to translate. */
  provider(id: string): MtProvider {
    const config = this.configs().find((c) => c.id === id);
    if (!config) throw new TinjauError('not-found', say('mt.noEngineAddIt', { id }));
    const key = this.keys.get(config.id);
    if (config.kind === 'openai') return openAiProvider(config, key, this.timing);
    if (config.kind === 'libretranslate') return libreTranslateProvider(config, key, this.timing);
    return deeplProvider(config, key, this.timing);
  }

  /** Translates one short sentence: the settings' "Test" button. */
  async test(id: string): Promise<{ ok: boolean; message: string; text?: MessageText }> {
    const result = (ok: boolean, said: Said) => ({ ok, message: said.message, text: said.text });
    try {
      const provider = this.provider(id);
      const [text] = await provider.translate({ items: [{ text: 'Selamat pagi, apa kabar?' }], sourceLang: 'id', targetLang: 'en' });
      return result(true, say('mt.testWorks', { engine: provider.engineName, translation: text ?? '' }));
    } catch (err) {
      if (isAbort(err)) return result(false, say('mt.testCancelled'));
      const why = reason(err);
      return typeof why === 'object' ? { ok: false, message: (err as Error).message, text: why } : { ok: false, message: String(why) };
    }
  }

  private write(providers: readonly MtProviderConfig[]): void {
    writeFileAtomic(this.file, JSON.stringify({ providers }, null, 2) + '\n');
  }
}
