/**
 * OpenAI-compatible chat completions: OpenAI itself, and the offline case, a local Ollama,
 * llama.cpp server or LM Studio (all speak `POST …/v1/chat/completions`).
 *
 * One segment per request: local models follow "translate this one text" far more reliably than
 * a numbered list they must keep in step. The segment's glossary terms go into the prompt.
 */
import { TinjauError } from '../../../shared/api/errors';
import type { MtItem, MtProvider, MtProviderConfig, MtRequest, MtTiming } from './provider';
import { say } from '../../../shared/messages/text';
import { MtError, postJson } from './http';
import { RateLimiter } from './rate-limit';

/** The chat completions URL for an endpoint given as a base (`http://127.0.0.1:11434/v1`) or in full. */
export function chatUrl(endpoint: string): string {
  const base = endpoint.replace(/\/+$/, '');
  if (base.endsWith('/chat/completions')) return base;
  return /\/v\d+$/.test(base) ? `${base}/chat/completions` : `${base}/v1/chat/completions`;
}

const LANGUAGE_NAMES: Record<string, string> = { id: 'Indonesian', en: 'English', ms: 'Malay' };

function languageName(code: string): string {
  return LANGUAGE_NAMES[code.toLowerCase().split('-')[0] ?? ''] ?? code;
}

/** The system and user messages for one segment. */
export function buildPrompt(item: MtItem, sourceLang: string, targetLang: string): { system: string; user: string } {
  const from = languageName(sourceLang);
  const to = languageName(targetLang);
  const lines = [
    `You are a professional translator. Translate the user's ${from} text into ${to}.`,
    'Reply with the translation only: no notes, no quotation marks, no explanations.',
    'Keep numbers, names and any characters from the Unicode private use area (inline formatting codes) exactly as they are.',
  ];
  const terms = item.terms ?? [];
  if (terms.some((t) => t.targets.length)) {
    lines.push('Use these glossary terms:');
    for (const t of terms) if (t.targets.length) lines.push(`- "${t.source}" → "${t.targets.join('" or "')}"`);
  }
  const forbidden = terms.flatMap((t) => t.forbidden.map((f) => `- "${f}" (for "${t.source}")`));
  if (forbidden.length) lines.push('Never use these terms:', ...forbidden);
  return { system: lines.join('\n'), user: item.text };
}

export function openAiProvider(config: MtProviderConfig, apiKey: string | undefined, timing: MtTiming = {}): MtProvider {
  if (!config.model) throw new TinjauError('invalid-input', say('mt.needsModel', { engine: config.name }));
  const limiter = new RateLimiter(config.maxRequestsPerMinute);
  const url = chatUrl(config.endpoint);
  const model = config.model;
  return {
    id: config.id,
    engineName: `${config.name} (${model})`,
    batchSize: 1,
    async translate(request: MtRequest): Promise<string[]> {
      const out: string[] = [];
      for (const item of request.items) {
        const prompt = buildPrompt(item, request.sourceLang, request.targetLang);
        try {
          const answer = await postJson(
            config,
            {
              url,
              // Local servers need no key; sending none keeps them from logging a dummy one.
              headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {},
              body: { model, temperature: 0, stream: false, messages: [{ role: 'system', content: prompt.system }, { role: 'user', content: prompt.user }] },
              signal: request.signal,
            },
            limiter,
            timing,
          );
          const content = (answer as { choices?: { message?: { content?: unknown } }[] }).choices?.[0]?.message?.content;
          if (typeof content !== 'string') throw new MtError('response', say('mt.noChatContent', { engine: config.name, endpoint: config.endpoint }));
          out.push(cleanAnswer(content));
        } catch (err) {
          if (err instanceof MtError) throw err.redacted(apiKey);
          throw err;
        }
      }
      return out;
    },
  };
}

/** Strips what chat models add despite the instructions: surrounding quotes, "thinking" blocks. */
function cleanAnswer(text: string): string {
  let t = text.replace(/<think>[\s\S]*?<\/think>/g, '').trim();
  if (t.length > 1 && /^["“]/.test(t) && /["”]$/.test(t)) t = t.slice(1, -1).trim();
  return t;
}
