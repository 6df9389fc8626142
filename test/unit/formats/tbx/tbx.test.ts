import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTbx } from '../../../../shared/formats/tbx/read-tbx';
import { writeTbx } from '../../../../shared/formats/tbx/write-tbx';
import { buildGlossaryIndex, findTermHits } from '../../../../shared/glossary/term-index';
import { renderMessage } from '../../../../shared/messages/text';
import { FormatError } from '../../../../shared/model/imported';
import { FIXTURES_DIR } from '../../../support/paths';
import { corpusGlossary } from '../../glossary/corpus';

const now = '2026-01-01T00:00:00.000Z';
const fixture = (name: string) => readFileSync(path.join(FIXTURES_DIR, 'glossary', name), 'utf8');

describe('TBX import', () => {
  it('reads TBX v2 (martif) with statuses, part of speech, definitions, dates and authors', () => {
    const { version, entries, warnings } = readTbx(fixture('basic-v2.tbx'), { now, ignoreExternalDtd: true });
    expect(version).toBe('v2');
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      id: 'c-sanksi',
      sourceTerms: ['sanksi'],
      targets: [
        { text: 'sanctions', status: 'preferred' },
        { text: 'penalties', status: 'admitted' },
        { text: 'punishments', status: 'forbidden' },
      ],
      pos: 'noun',
      domain: 'politics',
      note: 'Penalties imposed by states',
      author: 'Ana',
      createdAt: '2023-09-15T00:00:00.000Z',
    });
    expect(entries[1]).toMatchObject({
      sourceTerms: ['kerja sama', 'kerjasama'],
      targets: [
        { text: 'cooperation', status: 'preferred' },
        { text: 'work together', status: 'forbidden', note: 'Literal rendering & wrong register' },
      ],
    });
    expect(warnings.map((w) => w.message)).toEqual(['entry c-only-en: skipped, it has no id term']);
    expect(renderMessage(warnings[0]!.text, 'id')).toBe('entri c-only-en: dilewati, tidak ada istilah untuk bahasa id');
  });

  it('refuses a DOCTYPE that points to an external DTD unless told to ignore it', () => {
    expect(() => readTbx(fixture('basic-v2.tbx'), { now })).toThrow(/external DTD/);
  });

  it('reads TBX v3 (DCA) and the imported terms highlight text', () => {
    const { version, entries } = readTbx(fixture('basic-v3.tbx'), { now });
    expect(version).toBe('v3');
    expect(entries[0]?.targets.map((t) => t.status)).toEqual(['preferred', 'admitted']);
    const hits = findTermHits(buildGlossaryIndex(entries), 'Kim mengunjungi pabrik itu.');
    expect(hits.map((h) => h.text)).toEqual(['pabrik']);
  });

  it('refuses entity declarations: no external entities, no billion laughs', () => {
    for (const name of ['xxe.tbx', 'billion-laughs.tbx']) {
      expect(() => readTbx(fixture(name), { now, ignoreExternalDtd: true })).toThrow(/entit/);
    }
  });

  it('refuses files that are not TBX or not well-formed, saying where', () => {
    expect(() => readTbx('<xliff version="1.2"/>', { now })).toThrow(/Not a TBX file/);
    expect(() => readTbx('<martif><text><body></text></martif>', { now })).toThrow(FormatError);
    expect(() => readTbx('<martif>\n<termEntry>&nbsp;</termEntry></martif>', { now })).toThrow(/line 2/);
  });
});

describe('TBX export', () => {
  it.each(['v2', 'v3'] as const)('round-trips the corpus glossary through TBX %s', (version) => {
    const entries = corpusGlossary();
    const xml = writeTbx(entries, { version });
    expect(xml).toContain(version === 'v2' ? '<martif type="TBX-Basic"' : '<tbx type="TBX-Basic" style="dca"');
    const back = readTbx(xml, { now }).entries;
    expect(back).toEqual(entries);
  });

  it('escapes markup in terms and notes and leaves deleted entries out', () => {
    const [first, second] = corpusGlossary();
    if (!first || !second) throw new Error('corpus glossary is empty');
    const xml = writeTbx([{ ...first, note: 'a < b & "c"' }, { ...second, deleted: true }], { version: 'v2' });
    expect(xml).toContain('a &lt; b &amp; &quot;c&quot;');
    expect(readTbx(xml, { now }).entries.map((e) => e.id)).toEqual([first.id]);
  });

  it('writes the forms an entry accepts on its Indonesian terms and reads them back, in v2 and v3', () => {
    const [first, second] = readTbx(fixture('basic-v2.tbx'), { now, ignoreExternalDtd: true }).entries;
    const chosen = [{ ...first!, morphology: 'derived' as const }, { ...second!, morphology: 'exact' as const }];
    for (const version of ['v2', 'v3'] as const) {
      const xml = writeTbx(chosen, { version });
      expect(xml).toContain('<termNote type="x-tinjau-forms">derived</termNote>');
      expect(readTbx(xml, { now }).entries.map((e) => e.morphology)).toEqual(['derived', 'exact']);
      // Without the field the entry keeps the default, and nothing is written for it.
      const plain = writeTbx([first!], { version });
      expect(plain).not.toContain('x-tinjau-forms');
      expect(readTbx(plain, { now }).entries[0]?.morphology).toBeUndefined();
    }
  });
});


describe('what a TBX import ran into, summarised', () => {
  it('says that a file holds no Indonesian at all, and which languages it has, in one line', () => {
    const { entries, warnings, details } = readTbx(fixture('no-indonesian.tbx'), { now, ignoreExternalDtd: true });
    expect(entries).toEqual([]);
    expect(warnings.map((w) => w.message)).toEqual([
      'The file holds no Indonesian terms: its 30 entries are in de, en, fr. Tinjau imports Indonesian→English glossaries; export one with Indonesian (id) terms and import it again.',
    ]);
    expect(renderMessage(warnings[0]!.text, 'id')).toMatch(/^Berkas ini tidak memuat istilah bahasa Indonesia: 30 entrinya dalam bahasa de, en, fr\./);
    expect(details).toEqual([]);
  });

  it('counts many problems by reason with the first few entries, and keeps every line for the details', () => {
    const { entries, warnings, details } = readTbx(fixture('many-problems.tbx'), { now, ignoreExternalDtd: true });
    expect(entries).toHaveLength(30);
    expect(warnings.map((w) => w.message)).toEqual([
      '12 entries skipped because they have no en term (e.g. no-en-1, no-en-2, no-en-3)',
      '8 entries skipped because they have no id term (e.g. no-id-1, no-id-2, no-id-3)',
      '10 entries had an id used before and were given a new one (e.g. ok-1, ok-2, ok-3)',
    ]);
    expect(renderMessage(warnings[2]!.text, 'id')).toBe('10 entri memiliki id yang sudah dipakai dan diberi id baru (mis. ok-1, ok-2, ok-3)');
    expect(details).toHaveLength(30);
    expect(details[0]!.message).toBe('entry no-en-1: skipped, it has no en term');
  });
});
