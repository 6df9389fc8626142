import { describe, expect, it } from 'vitest';
import { contentTokens, contentTokensOnce, isJoiningGap, tokenize, words } from '../../../shared/language/id/tokenizer';

describe('tokenizer', () => {
  it('gives words with offsets into the original text', () => {
    const text = 'Kim  inspeksi\nke bengkel.';
    const ws = words(text);
    expect(ws.map((w) => w.text)).toEqual(['Kim', 'inspeksi', 'ke', 'bengkel']);
    for (const w of ws) expect(text.slice(w.start, w.end)).toBe(w.text);
  });

  it('keeps a hyphenated reduplication as one word and splits other hyphens', () => {
    expect(words('negara-negara sekutu-sekutunya berlari-lari Korut-Rusia Jong-un').map((w) => w.text)).toEqual([
      'negara-negara',
      'sekutu-sekutunya',
      'berlari-lari',
      'Korut',
      'Rusia',
      'Jong',
      'un',
    ]);
  });

  it('separates punctuation and numbers', () => {
    expect(tokenize('(Korut) 15/9/2023, AS.').map((t) => `${t.kind}:${t.text}`)).toEqual([
      'punct:(',
      'word:Korut',
      'punct:)',
      'number:15/9/2023',
      'punct:,',
      'word:AS',
      'punct:.',
    ]);
  });

  it('lets a term run across spaces, line breaks and a hyphen but not brackets or commas', () => {
    const t = 'Korea\n  Utara-Selatan (Korut), AS';
    expect(isJoiningGap(t, 5, 8)).toBe(true);
    expect(isJoiningGap(t, 13, 14)).toBe(true);
    expect(isJoiningGap(t, 21, 23)).toBe(false);
  });

  it('keeps English possessives and contractions inside the word', () => {
    expect(words("Putin's Big Hope").map((w) => w.text)).toEqual(["Putin's", 'Big', 'Hope']);
  });
});

describe('contentTokens', () => {
  it('gives the words and numbers of the text, as tokenize does without punctuation, for each text in turn', () => {
    const a = 'Korut-Rusia (15/9/2023): negara-negara, “kerja sama”!';
    const b = 'Menurut Andi, 3,5 juta.';
    const strip = (text: string) => tokenize(text).filter((x) => x.kind !== 'punct');
    expect(contentTokens(a)).toEqual(strip(a));
    expect(contentTokens(b).map((x) => x.text)).toEqual(['Menurut', 'Andi', '3,5', 'juta']);
    expect(contentTokens(a)).toEqual(strip(a));
    expect(contentTokensOnce(b)).toEqual(strip(b));
  });
});
