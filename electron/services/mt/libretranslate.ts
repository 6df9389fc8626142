/**
 * LibreTranslate (`POST /translate`): self-hosted, works offline on a LAN. `q` takes an array,
 * so one request carries a batch and `translatedText` comes back as an array in the same order.
 */
import type { MtProvider, MtProviderConfig, MtRequest, MtTiming } from './provider';
import { say } from '../../../shared/messages/text';
import { MtError, postJson } from './http';
import { codesToTags, hasCodes, tagsToCodes } from './inline-tags';
import { RateLimiter } from './rate-limit';

export function libreTranslateUrl(endpoint: string): string {
  const base = endpoint.replace(/\/+$/, '');
  return base.endsWith('/translate') ? base : `${base}/translate`;
}

export function libreTranslateProvider(config: MtProviderConfig, apiKey: string | undefined, timing: MtTiming = {}): MtProvider {
  const limiter = new RateLimiter(config.maxRequestsPerMinute);
  return {
    id: config.id,
    engineName: config.name,
    batchSize: 25,
    async translate(request: MtRequest): Promise<string[]> {
      const texts = request.items.map((i) => i.text);
      const tagged = hasCodes(texts);
      const q = tagged ? texts.map(codesToTags) : texts;
      try {
        const answer = await postJson(
          config,
          {
            url: libreTranslateUrl(config.endpoint),
            headers: {},
            body: { q, source: request.sourceLang, target: request.targetLang, format: tagged ? 'html' : 'text', ...(apiKey ? { api_key: apiKey } : {}) },
            signal: request.signal,
          },
          limiter,
          timing,
        );
        const text = (answer as { translatedText?: unknown }).translatedText;
        const list = Array.isArray(text) ? text : [text];
        if (list.length !== q.length || !list.every((t) => typeof t === 'string')) {
          throw new MtError('response', say('mt.notOnePerSegmentLibre', { engine: config.name, endpoint: config.endpoint }));
        }
        return (list as string[]).map((t) => (tagged ? tagsToCodes(t) : t));
      } catch (err) {
        if (err instanceof MtError) throw err.redacted(apiKey);
        throw err;
      }
    },
  };
}
