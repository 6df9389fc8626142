import { describe, expect, it } from 'vitest';
import { readGlossaryCsv, writeGlossaryCsv } from '../../../shared/glossary/glossary-csv';
import { renderMessage } from '../../../shared/messages/text';
import { FormatError } from '../../../shared/model/imported';
import { corpusGlossary } from './corpus';

const now = '2026-01-01T00:00:00.000Z';

describe('glossary CSV', () => {
  it('groups rows with the same source into one entry with several targets and keeps each note', () => {
    const csv = 'source_id,target_en,status,pos,note\nkerja sama,cooperation,preferred,noun,Also kerjasama\nkerja sama,work together,forbidden,noun,Literal rendering\n';
    const { entries } = readGlossaryCsv(csv, { now });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      sourceTerms: ['kerja sama'],
      note: 'Also kerjasama',
      targets: [
        { text: 'cooperation', status: 'preferred' },
        { text: 'work together', status: 'forbidden', note: 'Literal rendering' },
      ],
    });
  });

  it('splits alternatives in one cell only when asked', () => {
    const csv = 'source_id,target_en,status\n"hak istimewa, privilese",privilege,preferred\n';
    expect(readGlossaryCsv(csv, { now }).entries[0]?.sourceTerms).toEqual(['hak istimewa, privilese']);
    expect(readGlossaryCsv(csv, { now, splitAlternatives: true }).entries[0]?.sourceTerms).toEqual(['hak istimewa', 'privilese']);
  });

  it('round-trips the corpus glossary through its own export', () => {
    const entries = corpusGlossary();
    const again = readGlossaryCsv(writeGlossaryCsv(entries), { now, author: 'corpus' }).entries;
    expect(again).toEqual(entries);
  });

  it('gives the same ids when the same file is imported twice', () => {
    const a = corpusGlossary().map((e) => e.id);
    expect(corpusGlossary().map((e) => e.id)).toEqual(a);
    expect(new Set(a).size).toBe(a.length);
  });

  it('refuses a file without source and target columns, and warns about bad rows', () => {
    expect(() => readGlossaryCsv('a,b\n1,2\n', { now })).toThrow(FormatError);
    const { entries, warnings } = readGlossaryCsv('source_id,target_en,status\nrudal,,preferred\nrudal,missile,maybe\n', { now });
    expect(entries).toHaveLength(1);
    expect(warnings.map((w) => w.message)).toEqual(['line 2: skipped, no English term', 'line 3: unknown status "maybe", read as preferred']);
    expect(warnings.map((w) => renderMessage(w.text, 'id'))).toEqual([
      'baris 2: dilewati, tidak ada istilah bahasa Inggris',
      'baris 3: status "maybe" tidak dikenal, dibaca sebagai diutamakan (preferred)',
    ]);
  });

  it('reads TSV', () => {
    const { entries } = readGlossaryCsv('source_id\ttarget_en\tstatus\nrudal\tmissile\tpreferred\n', { now });
    expect(entries[0]?.targets[0]?.text).toBe('missile');
  });

  it('writes and reads the forms an entry accepts; no column means inflected; an unknown word warns with its line', () => {
    const [a, b, c] = readGlossaryCsv('source_id,target_en\nlanggar,violate\nsanksi,sanction\nAS,US\n', { now }).entries;
    expect([a?.morphology, b?.morphology]).toEqual([undefined, undefined]);
    const chosen = [{ ...a!, morphology: 'derived' as const }, { ...b!, morphology: 'exact' as const }, c!];
    const csv = writeGlossaryCsv(chosen);
    expect(csv.split('\n')[0]).toContain('forms');
    expect(csv).toContain('derived');
    const back = readGlossaryCsv(csv, { now }).entries;
    expect(back.map((e) => e.morphology ?? 'inflected')).toEqual(['derived', 'exact', 'inflected']);
    const bad = readGlossaryCsv('source_id,target_en,forms\nlanggar,violate,derived\nsanksi,sanction,turunan\n', { now });
    expect(bad.entries.map((e) => e.morphology ?? 'inflected')).toEqual(['derived', 'inflected']);
    expect(bad.warnings.map((w) => renderMessage(w.text, 'en'))).toEqual(['line 3: unknown forms "turunan" (use exact, inflected or derived), read as inflected']);
  });
});
