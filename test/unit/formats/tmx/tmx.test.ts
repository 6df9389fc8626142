import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTmx, readTmx, tmxDate } from '../../../../shared/formats/tmx';
import { FormatError } from '../../../../shared/model/imported';
import { renderMessage } from '../../../../shared/messages/text';
import { SCHEMAS_DIR } from '../../../support/paths';
import { chips, fixture, HAS_XMLLINT, xmllint } from '../../xml/helpers';
import { SAMPLE_META, SAMPLE_OPTIONS, SAMPLE_SEGMENTS } from '../../xml/sample-segments';

describe('readTmx: TMX 1.4 in UTF-16 with xml:lang (Trados)', () => {
  const doc = readTmx(fixture('tmx', 'trados-tmx14-utf16.tmx'));

  it('reads the UTF-16 file the caller decoded, BOM and encoding="UTF-16" included', () => {
    expect(doc.blocks).toHaveLength(4);
    expect(doc.blocks[0]).toMatchObject({
      source: 'Cuci tangan dengan sabun selama dua puluh detik.',
      draft: 'Wash your hands with soap for twenty seconds.',
      draftOrigin: 'import',
      status: 'draft',
    });
  });

  it('picks Indonesian and English among three languages, whatever their case or region', () => {
    expect([doc.sourceLang, doc.targetLang]).toEqual(['id-ID', 'en-US']);
    expect(doc.blocks[1]?.draft).toContain('Take your child to the');
    expect(doc.blocks[2]?.draft).toContain('Contact a doctor straight away');
    expect(doc.blocks[3]).toMatchObject({ source: 'Rebus air minum sampai mendidih.', status: 'new' });
    expect(doc.blocks[3]?.draft).toBeUndefined();
  });

  it('shows bpt/ept/ph and hi as chips and keeps notes and tuid', () => {
    const block = doc.blocks[1];
    expect(chips(block?.source ?? '', block?.codes)).toBe('Bawa anak Anda ke [<b>]Posyandu[</b>] setiap bulan.[<br/>]');
    expect(chips(block?.draft ?? '', block?.codes)).toBe('Take your child to the [<b>]Posyandu[</b>] every month.[<br/>]');
    expect(block?.notes).toEqual(['Istilah "Posyandu" tidak diterjemahkan.']);
    expect(block?.origin?.unitId).toBe('imunisasi-02');
    expect(doc.blocks[0]?.origin?.unitId).toBe('#1');
    const hi = doc.blocks[2];
    expect(chips(hi?.source ?? '', hi?.codes)).toBe('Segera hubungi dokter jika demam [<hi1>]lebih dari tiga hari[</hi1>].');
  });
});

describe('readTmx: TMX 1.1 with lang (OmegaT)', () => {
  const doc = readTmx(fixture('tmx', 'omegat-tmx11.tmx'));

  it('reads `lang`, the old code IN for Indonesian, and accepts the DOCTYPE line without fetching it', () => {
    expect([doc.sourceLang, doc.targetLang]).toEqual(['IN', 'EN-GB']);
    expect(doc.blocks.map((b) => b.draft)).toEqual([
      'The traditional market opens at dawn.',
      'The price of chillies has \uE000doubled\uE001.',
    ]);
    expect(chips(doc.blocks[1]?.source ?? '', doc.blocks[1]?.codes)).toBe('Harga cabai naik [{\\b}]dua kali lipat[{\\b0}].');
  });

  it('skips a unit without Indonesian and says so', () => {
    expect(doc.blocks).toHaveLength(2);
    expect(doc.warnings.map((w) => w.message)).toEqual(['1 unit(s) without IN were skipped']);
    expect(doc.warnings.map((w) => renderMessage(w.text, 'id'))).toEqual(['1 unit tanpa IN dilewati']);
  });
});

describe('readTmx: other languages and hostile files', () => {
  it('falls back to the header srclang and the first other language', () => {
    const tmx = `<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="fr-FR" datatype="plaintext"/>
      <body><tu><tuv xml:lang="de-DE"><seg>Hallo</seg></tuv><tuv xml:lang="fr-FR"><seg>Bonjour</seg></tuv></tu></body></tmx>`;
    const doc = readTmx(tmx);
    expect([doc.sourceLang, doc.targetLang]).toEqual(['fr-FR', 'de-DE']);
    expect(doc.blocks[0]).toMatchObject({ source: 'Bonjour', draft: 'Hallo' });
  });

  it('keeps a sub-flow inside a code and an isolated it as single chips', () => {
    const tmx = `<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="id" datatype="html"/>
      <body><tu><tuv xml:lang="id"><seg>Lihat <ph x="1">&lt;img alt="<sub>Peta kota</sub>"/&gt;</ph> dan <it pos="begin" x="2">&lt;b&gt;</it>catatan</seg></tuv>
      <tuv xml:lang="en"><seg>See <ph x="1">&lt;img alt="<sub>City map</sub>"/&gt;</ph> and <it pos="begin" x="2">&lt;b&gt;</it>notes</seg></tuv></tu></body></tmx>`;
    const block = readTmx(tmx).blocks[0];
    expect(chips(block?.source ?? '', block?.codes)).toBe('Lihat [<img alt="Peta kota"/>] dan [<b>]catatan');
    expect(block?.codes?.map((c) => c.kind)).toEqual(['placeholder', 'open', 'placeholder']);
    expect(block?.codes?.[2]?.xml).toBe('<ph x="1">&lt;img alt="<sub>City map</sub>"/&gt;</ph>');
  });

  it('refuses entity declarations even behind a DTD reference', () => {
    expect(() => readTmx(fixture('tmx', 'entity-expansion.tmx'))).toThrow(FormatError);
    expect(() => readTmx(fixture('tmx', 'entity-expansion.tmx'))).toThrow(/entity declarations are not allowed \(line 3/);
  });

  it('says an XLIFF file is not TMX', () => {
    expect(() => readTmx(fixture('xliff', 'xcode.xliff'))).toThrow(/not a TMX file/);
  });
});

describe('createTmx', () => {
  const tmx = createTmx(SAMPLE_META, SAMPLE_SEGMENTS, SAMPLE_OPTIONS);

  it.skipIf(!HAS_XMLLINT)('is valid against tmx14.dtd (xmllint)', () => {
    expect(xmllint(tmx, ['--dtdvalid', path.join(SCHEMAS_DIR, 'tmx14.dtd')])).toBe('');
  });

  it('writes one tu per segment with people, dates and the document name', () => {
    expect(tmx.match(/<tu /g)).toHaveLength(SAMPLE_SEGMENTS.length);
    expect(tmx).toContain(
      '<tu tuid="seg-2" creationid="Dewi" creationdate="20261119T010000Z" changeid="Rudi" changedate="20261121T093000Z">',
    );
    expect(tmx).toContain('<tu tuid="seg-1" creationid="Rudi" creationdate="20261120T030405Z" changeid="Rudi" changedate="20261120T030405Z">');
    expect(tmx).toContain('<prop type="x-document">laporan &lt;posyandu&gt; &amp; "gizi".docx</prop>');
    expect(tmx).toContain('<note>Ayu: Terlalu harfiah &lt;cek&gt;</note>');
  });

  it('reads back as the reviewed targets with the same chips', () => {
    const doc = readTmx(tmx);
    expect([doc.sourceLang, doc.targetLang]).toEqual(['id-ID', 'en-US']);
    expect(doc.blocks.map((b) => b.draft)).toEqual([
      'Posyandu Activities Report',
      'Toddlers are weighed \uE000monthly\uE001 & given vitamin A.\uE002',
      undefined,
      'Page 2 of 10',
      'The next schedule will be announced later.',
      'Thank you.',
    ]);
    const block = doc.blocks[1];
    expect(chips(block?.source ?? '', block?.codes)).toBe('Balita ditimbang [<b>]setiap bulan[</b>] & diberi vitamin A.[<br/>]');
  });

  it('converts ISO dates to the TMX form', () => {
    expect(tmxDate('2026-01-02T03:04:05.999+07:00')).toBe('20260101T200405Z');
    expect(tmxDate('kemarin')).toBeUndefined();
  });
});

describe('readTmx: a memory without Indonesian', () => {
  it('en-US → en-GB takes the other region as the target, with no "?" language', () => {
    const doc = readTmx(`<tmx version="1.4"><header srclang="en-US" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>
      <tu><tuv xml:lang="en-US"><seg>The color of the program</seg></tuv><tuv xml:lang="en-GB"><seg>The colour of the programme</seg></tuv></tu></body></tmx>`);
    expect(doc).toMatchObject({ sourceLang: 'en-US', targetLang: 'en-GB' });
    expect(doc.blocks.map((b) => [b.source, b.draft])).toEqual([['The color of the program', 'The colour of the programme']]);
  });
});

describe('createTmx: segtype says what the units are', () => {
  it('paragraph units are written segtype="paragraph", sentence units "sentence"', () => {
    expect(createTmx({ ...SAMPLE_META, segmentation: 'paragraph' }, SAMPLE_SEGMENTS, SAMPLE_OPTIONS)).toContain('segtype="paragraph"');
    expect(createTmx({ ...SAMPLE_META, segmentation: 'sentence' }, SAMPLE_SEGMENTS, SAMPLE_OPTIONS)).toContain('segtype="sentence"');
  });
});
