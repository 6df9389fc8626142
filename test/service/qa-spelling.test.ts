import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildSpellChecker, createSpellPort, loadSpellChecker, termWords } from '../../electron/services/spelling';
import type { Segment } from '../../shared/model/segment';

const segment = (source: string): Segment => ({ id: 's1', documentId: 'd', index: 0, kind: 'paragraph', source, draft: null, target: '', status: 'draft' });

async function misspelled(target: string, source = '', options: Parameters<typeof createSpellPort>[1] = {}) {
  const port = createSpellPort(await loadSpellChecker(), options);
  return port(target, segment(source)).map((i) => [i.word, target.slice(i.start, i.end)]);
}

describe('spelling for QA', () => {
  it('flags a misspelled word at its place in the target, with suggestions', async () => {
    const port = createSpellPort(await loadSpellChecker());
    const [issue] = port('The goverment met.', segment('Pemerintah bertemu.'));
    expect(issue).toMatchObject({ word: 'goverment', start: 4, end: 13 });
    expect(issue?.suggestions).toContain('government');
  });

  it('splits words at every kind of white space and places each finding on its word', async () => {
    const target = 'The\u00a0goverment\tmet\u2003the\u202fministry\u3000offcials\n\u2028again\ufeffrecieved.';
    const port = createSpellPort(await loadSpellChecker(), { suggestions: false });
    expect(port(target, segment('')).map((i) => [i.word, target.slice(i.start, i.end)])).toEqual([
      ['goverment', 'goverment'],
      ['offcials', 'offcials'],
      ['recieved', 'recieved'],
    ]);
  });

  it('accepts names from the source, hyphenated ones too, but not a capitalised misspelling', async () => {
    const source = 'Kim Jong-un tiba di Komsomolsk-on-Amur bersama Shoigu.';
    expect(await misspelled('Kim Jong-un arrived in Komsomolsk-on-Amur with Shoigu.', source)).toEqual([]);
    expect((await misspelled('Governmnet officials met Shoigu.', source)).map(([w]) => w)).toEqual(['Governmnet']);
  });

  it('takes a source name as a whole word or a part of a hyphenated one, never a piece of a longer word', async () => {
    const source = 'Shoiguwan bertemu pro-Zelenskyy dan Ryabkovs di Moskow.';
    expect((await misspelled('Shoigu met Zelenskyy and Ryabkov in Moscow.', source)).map(([w]) => w)).toEqual(['Shoigu', 'Ryabkov']);
  });

  it('skips URLs, addresses, handles, words with digits, ALL-CAPS, mixed case and inline codes', async () => {
    const target = 'See https://exmple.org/pagez, redaksi@kompas.com, @vicktop55, kompas.com, Su-35s, 3rd, PARBOABOA, iPhonez and \uE000xyzzy\uE001.';
    expect(await misspelled(target)).toEqual([]);
  });

  it('accepts the project word list and glossary terms whatever their case, and possessives of known words', async () => {
    expect(await misspelled('Parboaboa reported the multirole jet.', '', { projectWords: ['parboaboa', 'Multirole'] })).toEqual([]);
    expect(await misspelled('The Roscosmos chief spoke.', '', { glossaryWords: termWords(['Roscosmos', 'badan antariksa']) })).toEqual([]);
    expect(await misspelled("The government's plan and the ministers\u2019 view.")).toEqual([]);
  });
});

describe('the spelling word-form cache', () => {
  const target = 'The goverment and the Ministery met on Twitterr; the well-known rule stands.';
  const found = async (file: string) => {
    const port = createSpellPort(await buildSpellChecker(file), { suggestions: false });
    return port(target, segment('')).map((i) => i.word);
  };

  it('is written on first use and gives the same findings when read back', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tinjau-spellcache-'));
    const file = path.join(dir, 'cache', 'spelling-en.json');
    const fresh = await found(file);
    expect(fresh).toEqual(['goverment', 'Ministery', 'Twitterr']);
    const written = JSON.parse(await readFile(file, 'utf8')) as { key: string; data: Record<string, unknown> };
    expect(written.key).toMatch(/^dictionary-en@\d/);
    expect(Object.keys(written.data).length).toBeGreaterThan(100_000);
    expect(await found(file)).toEqual(fresh);
  });

  it('is rebuilt when corrupt, truncated or from another dictionary, with the same findings', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tinjau-spellcache-'));
    const file = path.join(dir, 'spelling-en.json');
    const want = await found(file);
    const good = await readFile(file, 'utf8');
    for (const bad of [good.slice(0, good.length / 2), '{"format":1,"key":"x","data":{},"compoundRuleCodes":{}}', good.replace(/"key":"[^"]*"/, '"key":"dictionary-en@0.0.1"'), 'null']) {
      await writeFile(file, bad);
      expect(await found(file)).toEqual(want);
      expect(await readFile(file, 'utf8')).toBe(good);
    }
  });
});
