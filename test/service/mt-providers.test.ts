import { afterEach, describe, expect, it } from 'vitest';
import type { MtProviderConfig, MtTiming } from '../../electron/services/mt/provider';
import { deeplProvider } from '../../electron/services/mt/deepl';
import { MtError } from '../../electron/services/mt/http';
import { libreTranslateProvider } from '../../electron/services/mt/libretranslate';
import { buildPrompt, openAiProvider } from '../../electron/services/mt/openai';
import { renderMessage, say } from '../../shared/messages/text';
import type { MtServer } from '../support/mt-servers';
import { startMtServer } from '../support/mt-servers';

/**
 * No deadline short enough to be hit by a loaded machine: the first request of the file also pays
 * for starting Node's fetch (over 200 ms on a loaded 2-core machine), so a 300 ms deadline made
 * "translates a batch in order" time out. Only the test of the deadline sets a short one, against
 * a server that holds its answer far longer.
 */
const timing = { retries: 3, backoffMs: 5 };
const shortDeadline = { ...timing, timeoutMs: 300 };
const servers: MtServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function server(protocol: 'openai' | 'libretranslate' | 'deepl', key?: string) {
  const s = await startMtServer(protocol, key ? { key } : {});
  servers.push(s);
  return s;
}

const request = (texts: string[], signal?: AbortSignal) => ({ items: texts.map((text) => ({ text })), sourceLang: 'id', targetLang: 'en', ...(signal ? { signal } : {}) });

function config(kind: MtProviderConfig['kind'], endpoint: string, extra: Partial<MtProviderConfig> = {}): MtProviderConfig {
  return { id: kind, kind, name: `Test ${kind}`, endpoint, ...extra };
}

async function failure(p: Promise<unknown>): Promise<MtError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(MtError);
  return err as MtError;
}

const makers = {
  openai: (endpoint: string, key?: string, t: MtTiming = timing) => openAiProvider(config('openai', `${endpoint}/v1`, { model: 'llama3.1:8b' }), key, t),
  libretranslate: (endpoint: string, key?: string, t: MtTiming = timing) => libreTranslateProvider(config('libretranslate', endpoint), key, t),
  deepl: (endpoint: string, key?: string, t: MtTiming = timing) => deeplProvider(config('deepl', endpoint), key ?? 'secret-key', t),
} as const;

describe('MtError', () => {
  it('cuts an echoed key out of the message and of its arguments, nested ones included', () => {
    const refused = say('mt.keyRefused', { engine: 'Engine k-secret-1', status: '401' });
    const err = new MtError('auth', say('mt.engineSaid', { problem: refused, detail: 'bad key k-secret-1' })).redacted('k-secret-1');
    expect(err.message).toBe('Engine ••• refused the API key (HTTP 401). Check the key in the machine translation settings. The engine said: "bad key •••".');
    expect(renderMessage(err.text, 'id')).toBe('Engine ••• menolak kunci API (HTTP 401). Periksa kunci itu di pengaturan terjemahan mesin. Pesan dari mesin: "bad key •••".');
    expect(err.failure).toBe('auth');
  });
});

describe.each(['openai', 'libretranslate', 'deepl'] as const)('%s provider against a local server', (kind) => {
  it('translates a batch in order', async () => {
    const s = await server(kind, 'k-123456');
    const p = makers[kind](s.url, 'k-123456');
    expect(await p.translate(request(['Satu.', 'Dua.', 'Tiga.']))).toEqual(['EN(Satu.)', 'EN(Dua.)', 'EN(Tiga.)']);
  });

  it('says the key was refused, without the key in the message', async () => {
    const s = await server(kind, 'right-key');
    const err = await failure(makers[kind](s.url, 'wrong-key-999').translate(request(['Satu.'])));
    expect(err.failure).toBe('auth');
    expect(err.message).toMatch(/refused the API key/);
    expect(err.message).not.toContain('wrong-key-999');
    // The interface shows the same refusal in Indonesian, without the key either.
    expect(renderMessage(err.text, 'id')).toMatch(/^Test \w+ menolak kunci API \(HTTP 40[13]\)\. Periksa kunci itu di pengaturan terjemahan mesin\./);
    expect(JSON.stringify(err.text)).not.toContain('wrong-key-999');
  });

  it('retries after 429 and then succeeds', async () => {
    const s = await server(kind);
    s.script('rate-limit', 'rate-limit');
    expect(await makers[kind](s.url).translate(request(['Satu.']))).toEqual(['EN(Satu.)']);
    expect(s.requests).toHaveLength(3);
  });

  it('retries a 500 and gives a clear error when it persists', async () => {
    const s = await server(kind);
    s.script('server-error', 'server-error', 'server-error', 'server-error');
    const err = await failure(makers[kind](s.url).translate(request(['Satu.'])));
    expect(err.failure).toBe('server');
    expect(err.message).toMatch(/internal error \(HTTP 500\)/);
    expect(s.requests).toHaveLength(4);
  });

  it('times out on a slow response', async () => {
    const s = await server(kind);
    s.script('slow');
    const err = await failure(makers[kind](s.url, undefined, shortDeadline).translate(request(['Satu.'])));
    expect(err.failure).toBe('timeout');
    expect(err.message).toMatch(/did not answer within/);
  });

  it('stops when cancelled', async () => {
    const s = await server(kind);
    s.script('slow');
    const controller = new AbortController();
    const pending = makers[kind](s.url).translate(request(['Satu.'], controller.signal));
    while (s.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('says when the engine is not running or the address is wrong', async () => {
    const s = await server(kind);
    const url = s.url;
    await s.close();
    servers.pop();
    expect((await failure(makers[kind](url).translate(request(['Satu.'])))).failure).toBe('down');
    const other = await server(kind);
    const wrong = kind === 'openai' ? openAiProvider(config('openai', `${other.url}/api/chat/completions`, { model: 'm' }), undefined, timing) : makers[kind](`${other.url}/nothing`);
    expect((await failure(wrong.translate(request(['Satu.'])))).failure).toBe('endpoint');
  });

  it('reports an answer that is not JSON', async () => {
    const s = await server(kind);
    s.script('not-json');
    expect((await failure(makers[kind](s.url).translate(request(['Satu.'])))).failure).toBe('response');
  });
});

describe('protocol details', () => {
  it('OpenAI-compatible: the glossary terms and forbidden terms are in the prompt', async () => {
    const s = await server('openai');
    const p = makers.openai(s.url);
    await p.translate({ items: [{ text: 'Kerja sama itu dilanggar.', terms: [{ source: 'kerja sama', targets: ['cooperation'], forbidden: ['collaboration work'] }] }], sourceLang: 'id', targetLang: 'en' });
    const body = s.requests[0]?.body as { model: string; messages: { role: string; content: string }[] };
    expect(body.model).toBe('llama3.1:8b');
    expect(body.messages[0]?.content).toContain('"kerja sama" → "cooperation"');
    expect(body.messages[0]?.content).toContain('Never use these terms');
    expect(body.messages[0]?.content).toContain('"collaboration work"');
    expect(body.messages[1]?.content).toBe('Kerja sama itu dilanggar.');
    expect(s.requests[0]?.headers.authorization).toBeUndefined();
    expect(buildPrompt({ text: 'x' }, 'id', 'en').system).toContain('Indonesian text into English');
  });

  it('DeepL: the DeepL-Auth-Key header and language codes', async () => {
    const s = await server('deepl', 'abc:fx');
    await makers.deepl(s.url, 'abc:fx').translate(request(['Satu.']));
    expect(s.requests[0]?.headers.authorization).toBe('DeepL-Auth-Key abc:fx');
    expect(s.requests[0]?.body).toMatchObject({ text: ['Satu.'], source_lang: 'ID', target_lang: 'EN-US' });
  });

  it('a rate limit spaces requests without failing them', async () => {
    const s = await server('libretranslate');
    const p = libreTranslateProvider(config('libretranslate', s.url, { maxRequestsPerMinute: 6000 }), undefined, timing);
    for (let i = 0; i < 3; i++) await p.translate(request([`K${i}.`]));
    expect(s.requests).toHaveLength(3);
  });
});

describe('inline codes', () => {
  it.each(['deepl', 'libretranslate'] as const)('%s: codes travel as tags and come back as the same characters', async (kind) => {
    const s = await server(kind);
    const [out] = await makers[kind](s.url).translate(request(['Harga \uE000cabai\uE001 & bawang < 5.']));
    expect(out).toBe('EN(Harga \uE000cabai\uE001 & bawang < 5.)');
    const body = s.requests[0]?.body as Record<string, unknown>;
    expect(JSON.stringify(body)).toContain('<x id=\\"0\\"/>cabai<x id=\\"1\\"/> &amp; bawang &lt; 5.');
    expect(kind === 'deepl' ? body.tag_handling : body.format).toBe(kind === 'deepl' ? 'xml' : 'html');
  });

  it('plain text goes as plain text', async () => {
    const s = await server('libretranslate');
    await makers.libretranslate(s.url).translate(request(['A & B.']));
    expect(s.requests[0]?.body).toMatchObject({ q: ['A & B.'], format: 'text' });
  });
});
