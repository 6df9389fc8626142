import { describe, expect, it } from 'vitest';
import { readXliff12 } from '../../../../shared/formats/xliff12';
import type { Segment } from '../../../../shared/model/segment';
import { FormatError } from '../../../../shared/model/imported';
import { renderMessage } from '../../../../shared/messages/text';
import { chips, fixture } from '../../xml/helpers';

const read = (name: string) => readXliff12(fixture('xliff', name));

describe('readXliff12: Trados Studio sdlxliff', () => {
  const doc = read('trados-studio.sdlxliff');

  it('gives one block per <mrk mtype="seg">, with the target from the mrk of the same mid', () => {
    expect(doc.blocks.map((b) => b.origin?.subId)).toEqual(['1', '2', '3', '4', '5']);
    expect(doc.blocks[1]?.source).toContain('Pendapatan desa naik');
    expect(chips(doc.blocks[1]?.draft ?? '', doc.blocks[1]?.codes)).toBe(
      'Village income rose by [<pt1>]twelve percent[</pt1>] this year.',
    );
    expect(doc.blocks[1]?.draftOrigin).toBe('import');
    expect(doc.blocks[2]?.draft).toBeUndefined();
    expect(doc.sourceLang).toBe('id-ID');
    expect(doc.targetLang).toBe('en-US');
  });

  it("reads Trados' confirmation level and lock per segment", () => {
    expect(doc.blocks.map((b) => b.status)).toEqual(['approved', 'draft', 'new', 'draft', 'new']);
    expect(doc.blocks[3]?.locked).toBe(true);
    expect(doc.blocks[0]?.origin).toEqual({ unitId: '8e2b0c5a-1a01-4c3b-9d11-3f0c6a8b7e01', subId: '1', state: 'ApprovedSignOff' });
  });

  it('skips a tag-only unit instead of showing an empty segment', () => {
    expect(doc.blocks.some((b) => b.origin?.unitId?.endsWith('04'))).toBe(false);
  });
});

describe('readXliff12: Okapi / OmegaT', () => {
  const doc = read('okapi-omegat.xlf');

  it('turns bpt/ept/ph and g into chips that show the original tags', () => {
    const block = doc.blocks[1];
    expect(chips(block?.source ?? '', block?.codes)).toBe(
      'Warga diminta [<a href="/peta">]memeriksa peta evakuasi[</a>] sebelum [<br/>]pukul 18.00 & tetap tenang.',
    );
    expect(block?.codes?.map((c) => c.kind)).toEqual(['open', 'close', 'placeholder']);
    expect(block?.codes?.[0]?.xml).toBe('<bpt id="1">&lt;a href="/peta"&gt;</bpt>');
    expect(chips(doc.blocks[2]?.draft ?? '', doc.blocks[2]?.codes)).toBe('The [<b>]logistics[</b>] aid has arrived.');
  });

  it('maps state and approved to statuses and keeps notes; alt-trans is not the draft', () => {
    expect(doc.blocks.map((b) => [b.origin?.unitId, b.status])).toEqual([
      ['tu1', 'draft'],
      ['tu2', 'rejected'],
      // signed-off is review done; approved="yes" with it is what every tool needs to not call it fuzzy.
      ['tu4', 'reviewed'],
      ['tu5', 'new'],
    ]);
    expect(doc.blocks[0]?.draft).toBe('Floods hit three districts');
    expect(doc.blocks[1]?.notes).toEqual(['Peta evakuasi = evacuation map (glossary)']);
  });

  it('warns about the whitespace-only unit it skipped', () => {
    expect(doc.warnings.map((w) => w.message).join(' ')).toContain('tu3');
    expect(doc.warnings.map((w) => renderMessage(w.text, 'id')).join(' ')).toMatch(/unit tanpa teks untuk ditinjau .* dilewati: .*tu3/);
  });
});

describe('readXliff12: Xcode, Angular, memoQ', () => {
  it('reads every <file> of an Xcode export with its notes', () => {
    const doc = read('xcode.xliff');
    expect(doc.blocks.map((b) => b.source)).toEqual([
      'Simpan perubahan',
      '%lld berkas dipilih',
      'Tinjau memerlukan kamera untuk memindai dokumen.',
    ]);
    expect(doc.blocks.map((b) => b.notes)).toEqual([
      ['Judul tombol di bilah alat.'],
      ['Jumlah berkas yang dipilih pengguna.'],
      ['Privacy - Camera Usage Description'],
    ]);
    expect(doc.blocks.map((b) => b.status)).toEqual(['draft', 'new', 'new']);
  });

  it("shows Angular's interpolations by their equiv-text", () => {
    const doc = read('angular.xlf');
    expect(chips(doc.blocks[0]?.source ?? '', doc.blocks[0]?.codes)).toBe('Halo, [{{ user.name }}]! Selamat datang kembali.');
    expect(chips(doc.blocks[1]?.source ?? '', doc.blocks[1]?.codes)).toBe('Anda punya [{{ count }}] pesan [<b>]belum dibaca[</b>].');
    expect(doc.blocks[0]?.notes).toEqual(['Sapaan di halaman beranda', 'beranda']);
    expect(doc.targetLang).toBeUndefined();
  });

  it('walks nested groups across several files and locks translate="no" groups', () => {
    const doc = read('memoq-groups.xlf');
    expect(doc.blocks.map((b) => [b.origin?.unitId, b.status, b.locked ?? false])).toEqual([
      ['1', 'draft', false],
      ['2', 'new', false],
      ['3', 'reviewed', false],
      ['1', 'draft', true],
      ['2', 'approved', false],
    ]);
    expect(chips(doc.blocks[1]?.source ?? '', doc.blocks[1]?.codes)).toBe('Tekan tombol [<b>]Mulai[</b>] untuk memulai.');
  });
});

describe('readXliff12 refuses what it cannot read', () => {
  it.each([
    ['xxe-system-entity.xlf', /entity declarations are not allowed/],
    ['billion-laughs.xlf', /entity declarations are not allowed/],
    ['truncated.xlf', /truncated/],
    ['not-xml.xlf', /not an XML file/],
    ['xliff20-ignorables.xlf', /XLIFF 2/],
  ])('%s', (name, message) => {
    expect(() => read(name)).toThrow(FormatError);
    expect(() => read(name)).toThrow(message);
  });

  it('says a TMX is not XLIFF', () => {
    expect(() => readXliff12('<tmx version="1.4"/>')).toThrow(/not an XLIFF file/);
  });
});

describe('readXliff12: a seg-source without segment markers', () => {
  it('keeps the unit: its whole source is the segment, and the writer fills its target', async () => {
    const { writeXliff12 } = await import('../../../../shared/formats/xliff12');
    const text = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="id" target-language="en" datatype="plaintext" original="a"><body>
<trans-unit id="1"><source>Satu kalimat.</source><seg-source>Satu kalimat.</seg-source></trans-unit>
</body></file></xliff>`;
    const doc = readXliff12(text);
    expect(doc.blocks.map((b) => b.source)).toEqual(['Satu kalimat.']);
    const out = writeXliff12(text, [{ id: 's1', origin: { unitId: '1' }, target: 'One sentence.', status: 'draft', codes: [] } as unknown as Segment]);
    expect(readXliff12(out).blocks[0]?.draft).toBe('One sentence.');
  });
});
