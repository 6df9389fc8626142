/**
 * DeepL API (`POST /v2/translate`, `Authorization: DeepL-Auth-Key …`): up to 50 texts per
 * request. Free keys (ending in `:fx`) use api-free.deepl.com; the endpoint is configured.
 */
import { TinjauError } from '../../../shared/api/errors';
import type { MtProvider, MtProviderConfig, MtRequest, MtTiming } from './provider';
import { say } from '../../../shared/messages/text';
import { MtError, postJson } from './http';
import { codesToTags, hasCodes, tagsToCodes } from './inline-tags';
import { RateLimiter } from './rate-limit';

export function deeplUrl(endpoint: string): string {
  const base = endpoint.replace(/\/+$/, '');
  if (base.endsWith('/v2/translate')) return base;
  return base.endsWith('/v2') ? `${base}/translate` : `${base}/v2/translate`;
}

/** DeepL wants a regional variant for English targets. */
function deeplTarget(lang: string): string {
  const l = lang.toUpperCase();
  return l === 'EN' ? 'EN-US' : l;
}

export function deeplProvider(config: MtProviderConfig, apiKey: string | undefined, timing: MtTiming = {}): MtProvider {
  const limiter = new RateLimiter(config.maxRequestsPerMinute);
  return {
    id: config.id,
    engineName: config.name,
    batchSize: 50,
    async translate(request: MtRequest): Promise<string[]> {
      if (!apiKey) throw new TinjauError('invalid-input', say('mt.needsDeeplKey', { engine: config.name }));
      const texts = request.items.map((i) => i.text);
      const tagged = hasCodes(texts);
      try {
        const answer = await postJson(
          config,
          {
            url: deeplUrl(config.endpoint),
            headers: { authorization: `DeepL-Auth-Key ${apiKey}` },
            body: {
              text: tagged ? texts.map(codesToTags) : texts,
              source_lang: request.sourceLang.toUpperCase(),
              target_lang: deeplTarget(request.targetLang),
              ...(tagged ? { tag_handling: 'xml' } : {}),
            },
            signal: request.signal,
          },
          limiter,
          timing,
        );
        const list = (answer as { translations?: { text?: unknown }[] }).translations;
        if (!Array.isArray(list) || list.length !== request.items.length || !list.every((t) => typeof t?.text === 'string')) {
          throw new MtError('response', say('mt.notOnePerSegmentDeepl', { engine: config.name, endpoint: config.endpoint }));
        }
        return list.map((t) => (tagged ? tagsToCodes(t.text as string) : (t.text as string)));
      } catch (err) {
        if (err instanceof MtError) throw err.redacted(apiKey);
        throw err;
      }
    },
  };
}
