import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BOILERPLATE_RULES } from '../../../shared/boilerplate';
import { readTxt, splitParagraphs } from '../../../shared/formats/txt/txt';
import { runImportPipeline } from '../../../shared/project/import-pipeline';
import { corpusFile } from '../../support/paths';

let counter = 0;
const base = { sourceLang: 'id', targetLang: 'en', author: 'T', now: '2026-01-01T00:00:00Z', newId: () => `r${counter++}` };

function import004() {
  const source = readTxt(readFileSync(corpusFile('id', '004'), 'utf8'));
  const draft = splitParagraphs(readFileSync(corpusFile('en-drafts', '004', '.human.en.txt'), 'utf8')).paragraphs;
  return {
    draft,
    result: runImportPipeline({
      ...base,
      documentId: 'd',
      name: '004.txt',
      imported: source,
      segmentation: 'paragraph',
      draft: { paragraphs: draft, origin: 'human', fileName: '004.en.txt' },
      boilerplateRules: DEFAULT_BOILERPLATE_RULES,
    }),
  };
}

describe('import pipeline', () => {
  it('pairs the 004 human draft with the source as a reviewer would', () => {
    const { result, draft } = import004();
    const seg = (n: number) => result.segments[n - 1]!;
    const en = (n: number) => draft[n - 1]!;
    const expected: Array<[number, number[]]> = [
      [2, [1]], [6, [2]], [8, [3]], [10, [4]], [11, [5]], [12, [6]], [13, [7]], [14, [8]],
      [15, [9]], [16, [10]], [18, [11]], [19, [12]], [20, [13]], [21, [14, 15]], [22, [16]], [24, [17]],
    ];
    for (const [id, ens] of expected) expect(seg(id).draft?.text, `id${id}`).toBe(ens.map(en).join(' '));
    expect(seg(7).draft).toBeNull();
    expect(seg(7).alignment?.mergedIntoPrevious).toBe(true);
    for (const id of [1, 3, 4, 5, 9, 17, 23, 25, 26, 27]) expect(seg(id).draft, `id${id}`).toBeNull();
    expect(result.unmatchedDraft).toEqual([]);
    expect(seg(6).draft?.origin).toBe('human');
    expect(seg(6).target).toBe(en(2));
  });

  it('marks site boilerplate excluded and keeps its text', () => {
    const { result } = import004();
    const excluded = result.segments.filter((s) => s.excluded).map((s) => s.index + 1);
    expect(excluded).toEqual([1, 3, 4, 5, 9, 17, 23, 25, 26, 27]);
    expect(result.segments[8]?.source).toMatch(/^Baca juga/i);
  });

  it('pairs the 000 MT draft one to one with confidence', () => {
    const source = readTxt(readFileSync(corpusFile('id', '000'), 'utf8'));
    const draft = splitParagraphs(readFileSync(corpusFile('en-drafts', '000', '.mt.en.txt'), 'utf8')).paragraphs;
    const result = runImportPipeline({
      ...base, documentId: 'd', name: '000.txt', imported: source, segmentation: 'paragraph',
      draft: { paragraphs: draft, origin: 'mt', fileName: 'x' }, boilerplateRules: DEFAULT_BOILERPLATE_RULES,
    });
    result.segments.forEach((s, i) => expect(s.draft?.text, `paragraph ${i + 1}`).toBe(draft[i]));
    expect(result.segments.every((s) => s.alignment && s.alignment.confidence > 0)).toBe(true);
  });

  it('segments by sentence on request, splitting glued sentences', () => {
    const source = readTxt(readFileSync(corpusFile('id', '001'), 'utf8'));
    const result = runImportPipeline({ ...base, documentId: 'd', name: '001.txt', imported: source, segmentation: 'sentence' });
    expect(result.document.segmentation).toBe('sentence');
    expect(result.segments.length).toBeGreaterThan(source.blocks.length);
    const i = result.segments.findIndex((s) => s.source.endsWith('di Ukraina.'));
    expect(i).toBeGreaterThanOrEqual(0);
    expect(result.segments[i + 1]?.source).toMatch(/^Washington menuduh Korut/);
  });
});
