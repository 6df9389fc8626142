import { describe, expect, it } from 'vitest';
import { runQaForSegment } from '../../../shared/qa';
import type { Segment } from '../../../shared/model';

const seg = (source: string, target: string): Segment => ({ id: 's1', documentId: 'd', index: 0, kind: 'paragraph', source, draft: { text: target, origin: 'mt' }, target, status: 'draft' });
const found = (source: string, target: string, check: string) =>
  runQaForSegment(seg(source, target))
    .filter((f) => f.checkId === check)
    .map((f) => f.message);

describe('approximate numbers with a scale word', () => {
  it('flags "puluhan juta" written as tens of thousands, and says what it means', () => {
    expect(found('Kerugian mencapai puluhan juta dolar.', 'Losses reached tens of thousands of dollars.', 'numbers.scale-word')).toEqual([
      '“puluhan juta” is “tens of millions”, but the target has “tens of thousands”: correct the order of magnitude.',
    ]);
  });

  it('accepts the right magnitude and flags one left out', () => {
    expect(found('Kerugian mencapai puluhan juta dolar.', 'Losses reached tens of millions of dollars.', 'numbers.scale-word')).toEqual([]);
    expect(found('Ratusan ribu warga mengungsi.', 'Hundreds of thousands of residents fled.', 'numbers.scale-word')).toEqual([]);
    expect(found('Ribuan tentara dikirim; biayanya miliaran rupiah.', 'Thousands of troops were sent; it cost billions of rupiah.', 'numbers.scale-word')).toEqual([]);
    expect(found('Ratusan ribu warga mengungsi.', 'Many residents fled.', 'numbers.scale-word')).toEqual(['“Ratusan ribu” (hundreds of thousands) is not in the target: write “hundreds of thousands”.']);
  });
});

describe('codes carried over', () => {
  it('flags a code beginning with a digit that the target leaves out', () => {
    expect(found('Rudal 9M723 dan 2S19 diuji.', 'The 9M723 missile was tested.', 'preserved.code')).toEqual(['The code “2S19” is not in the target: copy it exactly.']);
    expect(found('Jaringan 5G dan rudal 9M723.', 'The 5G network and the 9M-723 missile.', 'preserved.code')).toEqual([]);
  });

  it('leaves units and money scales to the number check', () => {
    expect(found('Jaraknya 10KM, biayanya Rp 1,2 M, pukul 10.00 WIB.', 'It is 10 km away and costs Rp 1.2 billion, at 10:00.', 'preserved.code')).toEqual([]);
  });

  it('the model name left out of the English is still flagged (Su-35 dan Su-57 → only Su-35)', () => {
    expect(found('Rusia memiliki jet Su-35 dan Su-57.', 'Russia has Su-35 jets.', 'numbers.identifier')).toHaveLength(1);
  });
});

describe('Indonesian abbreviations left in the English', () => {
  it('flags Korut, AS, Jabar and Pemprov with their English', () => {
    expect(found('Korut dan AS', 'Korut and AS met.', 'words.id-abbreviation')).toEqual([
      '“Korut” is an Indonesian abbreviation: write “North Korea” in English.',
      '“AS” is an Indonesian abbreviation: write “United States” in English.',
    ]);
    expect(found('Pemprov Jabar', 'The Pemprov of Jabar said.', 'words.id-abbreviation')).toHaveLength(2);
  });

  it('accepts an abbreviation kept beside its English, and English words that look alike', () => {
    expect(found('DPR', 'The House of Representatives (DPR) agreed.', 'words.id-abbreviation')).toEqual([]);
    expect(found('AS', 'As the US said, it was as planned.', 'words.id-abbreviation')).toEqual([]);
    expect(found('KORUT', 'NORTH KOREA AS A THREAT', 'words.id-abbreviation')).toEqual([]);
  });
});

describe('Indonesian words left mid-sentence', () => {
  it('flags "seorang ahli" in the English, and leaves names alone', () => {
    const target = 'said Andrei Lankov, seorang ahli North Korea at Kookmin University.';
    expect(found('kata Andrei Lankov, seorang ahli Korea Utara di Universitas Kookmin.', target, 'completeness.indonesian-words')).toEqual(['“seorang ahli” is Indonesian: translate it.']);
  });

  it('does not flag English that shares words with Indonesian', () => {
    expect(found('Data program itu.', 'The data program and the media area were tested by the minister.', 'completeness.indonesian-words')).toEqual([]);
  });
});
