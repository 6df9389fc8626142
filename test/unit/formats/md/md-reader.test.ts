import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { flattenInline } from '../../../../shared/formats/md/md-inline';
import { readMarkdown } from '../../../../shared/formats/md/md-reader';
import { FormatError } from '../../../../shared/model';
import { FIXTURES_DIR } from '../../../support/paths';

const pressRelease = readFileSync(path.join(FIXTURES_DIR, 'docs/siaran-pers.md'), 'utf8');

describe('readMarkdown on an Indonesian press brief', () => {
  const doc = readMarkdown(pressRelease);
  const texts = doc.blocks.map((b) => b.source);

  it('returns headings, paragraphs, list items, quotes, cells and captions in order', () => {
    expect(doc.format).toBe('md');
    expect(doc.blocks.map((b) => b.kind)).toEqual([
      'title',
      'caption',
      'paragraph',
      'paragraph',
      'heading',
      ...Array<string>(4).fill('list-item'),
      'paragraph',
      'paragraph',
      'heading',
      ...Array<string>(6).fill('table-cell'),
      'paragraph',
      'paragraph',
    ]);
    expect(texts[0]).toBe('Korut-Rusia Makin Mesra di Sektor Militer');
    expect(texts[4]).toBe('Fasilitas yang dikunjungi');
    expect(texts[11]).toBe('Reaksi Barat');
  });

  it('skips front matter, comments and link definitions', () => {
    const all = texts.join('\n');
    for (const hidden of ['penulis', 'Redaksi', 'Catatan editor', 'cek tanggal', 'example.org/pabrik']) expect(all).not.toContain(hidden);
  });

  it('keeps soft line breaks inside a paragraph and flattens emphasis, links and images', () => {
    expect(texts[1]).toBe('Kim inspeksi ke bengkel pesawat Sukhoi');
    expect(texts[2]).toBe('PARBOABOA, Jakarta - Kemungkinan kerja sama militer Rusia dan Korea Utara (Korut)\nyang ditentang Barat terutama Amerika Serikat (AS) semakin terbuka lebar.');
    expect(texts[3]).toBe('Kim Jong Un mendapat kesempatan untuk memeriksa pabrik jet tempur Rusia yang\nberada di bawah sanksi Barat. Lihat juga https://example.org/sanksi.');
  });

  it('reads nested and lazily continued list items', () => {
    expect(texts.slice(5, 9)).toEqual(['Pabrik Penerbangan Yuri Gagarin', 'perakitan Sukhoi Su-35', 'perakitan Su-57', 'Pabrik Yakovlev, bagian dari\nUnited Aircraft Corporation']);
  });

  it('reads blockquote paragraphs and table cells, including an escaped pipe', () => {
    expect(texts[9]).toBe('Kerja sama antara kedua negara tersebut dianggap sebagai\npelanggaran serius terhadap resolusi Dewan Keamanan PBB.');
    expect(texts[10]).toBe('— Pejabat Korea Selatan');
    expect(texts.slice(12, 18)).toEqual(['Negara', 'Sikap', 'Amerika Serikat', 'Siap memberlakukan sanksi tambahan', 'Korea Selatan', 'Mengancam konsekuensi | serius']);
  });

  it('keeps code as a locked block so it is not translated but survives export', () => {
    const code = doc.blocks.filter((b) => b.locked);
    expect(code).toEqual([{ source: '{ "sumber": "Kompas.com", "tanggal": "2023-09-15" }', kind: 'paragraph', locked: true }]);
  });
});

describe('readMarkdown details', () => {
  it('reads ATX headings with closing hashes; only the first level-1 heading is the title', () => {
    const doc = readMarkdown('# Judul #\n\nIsi.\n\n# Bagian\n\n### Sub ###');
    expect(doc.blocks.map((b) => [b.kind, b.source])).toEqual([
      ['title', 'Judul'],
      ['paragraph', 'Isi.'],
      ['heading', 'Bagian'],
      ['heading', 'Sub'],
    ]);
  });

  it('does not read "2023. Tahun ..." in the middle of a paragraph as a list', () => {
    const doc = readMarkdown('Peristiwa penting terjadi pada\n2023. Tahun itu Kim berkunjung.');
    expect(doc.blocks).toEqual([{ source: 'Peristiwa penting terjadi pada\n2023. Tahun itu Kim berkunjung.', kind: 'paragraph' }]);
  });

  it('starts a table right after a paragraph line', () => {
    const doc = readMarkdown('Tabel berikut:\n| Negara | Sikap |\n| --- | --- |\n| AS | Sanksi |');
    expect(doc.blocks.map((b) => [b.kind, b.source])).toEqual([
      ['paragraph', 'Tabel berikut:'],
      ['table-cell', 'Negara'],
      ['table-cell', 'Sikap'],
      ['table-cell', 'AS'],
      ['table-cell', 'Sanksi'],
    ]);
  });

  it('reads indented code as locked and HTML blocks as text', () => {
    const doc = readMarkdown('Paragraf.\n\n    kode();\n\n<div class="catatan"><p>Teks <b>HTML</b>.</p></div>');
    expect(doc.blocks).toEqual([
      { source: 'Paragraf.', kind: 'paragraph' },
      { source: 'kode();', kind: 'paragraph', locked: true },
      { source: 'Teks HTML.', kind: 'paragraph' },
    ]);
  });

  it('flattens inline markup without touching underscores inside words or code spans', () => {
    expect(flattenInline('**Tebal**, *miring*, __juga__, ~~coret~~ dan nama_file_ini')).toBe('Tebal, miring, juga, coret dan nama_file_ini');
    expect(flattenInline('Jalankan `npm run *build*` lalu \\*bintang\\* &amp; [tautan](https://a.b/(c)) ![alt](x.png)')).toBe('Jalankan npm run *build* lalu *bintang* & tautan alt');
    expect(flattenInline('Baris satu<br>baris dua <span class="x">span</span>')).toBe('Baris satu\nbaris dua span');
  });

  it('refuses an empty file, one with only front matter or code, and binary data', () => {
    expect(() => readMarkdown('')).toThrow(FormatError);
    expect(() => readMarkdown('---\ntitle: x\n---\n\n<!-- kosong -->\n')).toThrow(/no text to translate/);
    expect(() => readMarkdown('```\nkode\n```')).toThrow(/no text to translate/);
    expect(() => readMarkdown('\u0000\u0001')).toThrow(/binary/);
  });
});
