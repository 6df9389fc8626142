import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createXliff20, readXliff20, writeXliff20 } from '../../../../shared/formats/xliff20';
import { FormatError } from '../../../../shared/model/imported';
import { inlineCodeChar } from '../../../../shared/model/segment';
import { SCHEMAS_DIR } from '../../../support/paths';
import { chips, fixture, HAS_XMLLINT, segmentsFrom, withSegment, xmllint } from '../../xml/helpers';
import { SAMPLE_META, SAMPLE_OPTIONS, SAMPLE_SEGMENTS } from '../../xml/sample-segments';

const SCHEMA = path.join(SCHEMAS_DIR, 'xliff_core_2.0.xsd');
const original = fixture('xliff', 'xliff20-ignorables.xlf');
const doc = readXliff20(original);
const segments = segmentsFrom(doc);

describe('readXliff20', () => {
  it('gives one block per segment, skipping ignorables', () => {
    expect(doc.blocks.map((b) => [b.origin?.unitId, b.origin?.subId])).toEqual([
      ['u1', 's1'],
      ['u2', 's2'],
      ['u2', 's3'],
      ['u3', '#1'],
      ['u3', '#2'],
      ['u4', 's6'],
    ]);
    expect(doc.sourceLang).toBe('id-ID');
    expect(doc.targetLang).toBe('en-US');
  });

  it('maps state and Tinjau subState to statuses; translate="no" locks', () => {
    expect(doc.blocks.map((b) => b.status)).toEqual(['approved', 'draft', 'new', 'reviewed', 'rejected', 'new']);
    expect(doc.blocks[5]?.locked).toBe(true);
    expect(doc.blocks[0]?.notes).toEqual(['Judul halaman utama brosur.']);
  });

  it('shows pc, ph, mrk and sc/ec as chips labelled from originalData or disp', () => {
    const [pc, ph, mrk, sc] = [doc.blocks[1], doc.blocks[2], doc.blocks[3], doc.blocks[4]];
    expect(chips(pc?.draft ?? '', pc?.codes)).toBe('This lake is the largest [<strong>]volcanic lake[</strong>] in the world.');
    expect(chips(ph?.source ?? '', ph?.codes)).toBe('Perahu berangkat setiap jam.[<br/>]');
    expect(chips(mrk?.source ?? '', mrk?.codes)).toBe('Tiket dijual di [<m1>]dermaga[</m1>].');
    expect(chips(sc?.draft ?? '', sc?.codes)).toBe('The price [<i>]includes[</i>] tax.');
  });

  it('reads sm/em annotation markers and cp code points as chips', () => {
    const text = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="id" trgLang="en"><file id="f">
      <unit id="u"><segment><source>Jalan <sm id="m" type="comment" value="cek ejaan"/>Sudirman<em startRef="m"/> ditutup<cp hex="0007"/>.</source></segment></unit>
    </file></xliff>`;
    const block = readXliff20(text).blocks[0];
    expect(chips(block?.source ?? '', block?.codes)).toBe('Jalan [<m>]Sudirman[</m>] ditutup[U+0007].');
    expect(block?.codes?.map((c) => c.kind)).toEqual(['open', 'close', 'placeholder']);
  });

  it('refuses XLIFF 1.2 and hostile files', () => {
    expect(() => readXliff20(fixture('xliff', 'xcode.xliff'))).toThrow(/XLIFF version "1.2"/);
    expect(() => readXliff20(fixture('xliff', 'billion-laughs.xlf'))).toThrow(FormatError);
    expect(() => readXliff20(fixture('xliff', 'truncated.xlf'))).toThrow(/truncated/);
  });
});

describe('writeXliff20', () => {
  it('leaves the file byte for byte when nothing changed', () => {
    expect(writeXliff20(original, segments)).toBe(original);
  });

  it('adds a target after the source and records the status as state + tinjau subState', () => {
    const target = `Boats leave every hour.${inlineCodeChar(0)}`;
    const out = writeXliff20(original, withSegment(segments, 2, { target, status: 'edited' }));
    const added = '\n          <target>Boats leave every hour.<ph id="2" dataRef="d3"/></target>';
    expect(out).toContain(`<source>Perahu berangkat setiap jam.<ph id="2" dataRef="d3"/></source>${added}`);
    expect(out).toContain('<segment id="s3" state="translated" subState="tinjau:edited">');
    expect(out.replace(added, '').replace(' state="translated" subState="tinjau:edited"', '')).toBe(original);
    expect(readXliff20(out).blocks[2]).toMatchObject({ draft: 'Boats leave every hour.\uE000', status: 'draft' });
  });

  it('changes only the edited target and keeps ignorables, notes and originalData', () => {
    const out = writeXliff20(original, withSegment(segments, 0, { target: 'Welcome to Lake Toba, North Sumatra', status: 'rejected' }));
    expect(out.replace('Welcome to Lake Toba, North Sumatra', 'Welcome to Lake Toba').replace('state="initial" subState="tinjau:rejected"', 'state="final"')).toBe(original);
    expect(readXliff20(out).blocks[0]).toMatchObject({ draft: 'Welcome to Lake Toba, North Sumatra', status: 'rejected' });
  });

  it('gives a segment moved past "initial" an empty target rather than none', () => {
    const out = writeXliff20(original, withSegment(segments, 2, { target: '', status: 'reviewed' }));
    expect(out).toContain('<source>Perahu berangkat setiap jam.<ph id="2" dataRef="d3"/></source>\n          <target></target>');
    expect(readXliff20(out).blocks[2]?.status).toBe('reviewed');
  });

  it.skipIf(!HAS_XMLLINT)('keeps a schema-valid file valid after writing', () => {
    expect(xmllint(original, ['--schema', SCHEMA])).toBe('');
    const out = writeXliff20(original, segments.map((s) => ({ ...s, target: `${s.target || 'New'} text`, status: 'approved' as const })));
    expect(xmllint(out, ['--schema', SCHEMA])).toBe('');
  });
});

describe('createXliff20', () => {
  const xliff = createXliff20(SAMPLE_META, SAMPLE_SEGMENTS, SAMPLE_OPTIONS);

  it.skipIf(!HAS_XMLLINT)('is valid against the XLIFF 2.0 core schema (xmllint)', () => {
    expect(xmllint(xliff, ['--schema', SCHEMA])).toBe('');
  });

  it('reads back with the same statuses, drafts as matches and notes', () => {
    const back = readXliff20(xliff);
    expect(back.blocks.map((b) => b.status)).toEqual(['approved', 'draft', 'new', 'reviewed', 'rejected', 'draft']);
    expect(xliff).toContain('<segment id="s1" state="translated" subState="tinjau:edited">');
    expect(xliff).toContain('<mtc:match ref="#s1" origin="mt:opus-mt-id-en">');
    expect(xliff).toContain('<note category="comment">Ayu: Terlalu harfiah &lt;cek&gt;</note>');
    expect(back.blocks[3]?.locked).toBe(true);
  });

  it('writes codes as ph/sc/ec with the original markup in originalData', () => {
    const block = readXliff20(xliff).blocks[1];
    expect(chips(block?.source ?? '', block?.codes)).toBe('Balita ditimbang [<b>]setiap bulan[</b>] & diberi vitamin A.[<br/>]');
    expect(xliff).toContain('<data id="d1">&lt;b&gt;</data>');
  });

  it.skipIf(!HAS_XMLLINT)('keeps unit ids unique when segment ids are not valid NMTOKENs', () => {
    const base = SAMPLE_SEGMENTS[5];
    if (!base) throw new Error('sample missing');
    const twins = [
      { ...base, id: 'bab 1', index: 0 },
      { ...base, id: 'bab_1', index: 1 },
    ];
    const out = createXliff20(SAMPLE_META, twins);
    expect(out).toContain('<unit id="bab_1">');
    expect(out).toContain('<unit id="bab_1_2">');
    expect(xmllint(out, ['--schema', SCHEMA])).toBe('');
  });
});

describe('readXliff20: nothing left out silently', () => {
  it('names the segments without text it did not list', () => {
    const doc = readXliff20(`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="id" trgLang="en"><file id="f"><group id="g"><unit id="u1"><segment id="a"><source>Halo.</source></segment><segment id="b"><source> <ph id="1"/> </source></segment></unit></group></file></xliff>`);
    expect(doc.blocks.map((b) => b.source)).toEqual(['Halo.']);
    expect(doc.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^1 segment\(s\) without text.*: u1\/b$/)]);
  });
});
