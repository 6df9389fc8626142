import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitParagraphs } from '../../../shared/formats/txt/txt';
import { readGlossaryCsv } from '../../../shared/glossary/glossary-csv';
import type { GlossaryEntry } from '../../../shared/glossary/model';
import { CORPUS_DIR, corpusFile } from '../../support/paths';

/** The corpus glossary (38 rows → entries), read the way a user imports it. */
export function corpusGlossary(): GlossaryEntry[] {
  const text = readFileSync(path.join(CORPUS_DIR, 'glossary.id-en.csv'), 'utf8');
  return readGlossaryCsv(text, { now: '2026-01-01T00:00:00.000Z', author: 'corpus' }).entries;
}

/** Blank-line paragraphs of a corpus file; `paragraph(list, 3)` is the third, 1-based. */
export function corpusParagraphs(folder: 'id' | 'en-drafts', prefix: string, suffix?: string): string[] {
  return splitParagraphs(readFileSync(corpusFile(folder, prefix, suffix), 'utf8'), 'blank-line').paragraphs;
}

export function paragraph(list: readonly string[], n: number): string {
  const p = list[n - 1];
  if (p === undefined) throw new Error(`no paragraph ${n}`);
  return p;
}

/** The entry whose first Indonesian form is `source`. */
export function entryFor(entries: readonly GlossaryEntry[], source: string): GlossaryEntry {
  const e = entries.find((x) => x.sourceTerms[0] === source);
  if (!e) throw new Error(`no entry ${source}`);
  return e;
}
