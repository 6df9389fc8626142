import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FormatError } from '../../../../shared/model';
import { decodeEntities } from '../../../../shared/formats/html/entities';
import { readHtml } from '../../../../shared/formats/html/html-reader';
import { FIXTURES_DIR } from '../../../support/paths';

const kompasPage = readFileSync(path.join(FIXTURES_DIR, 'docs/kompas-style-article.html'), 'utf8');

describe('readHtml on a Kompas-style article page', () => {
  const read = readHtml(kompasPage);
  // The article's own blocks; the page around it (navigation, footer) is kept apart, as furniture.
  const doc = { ...read, blocks: read.blocks.filter((b) => !b.pageFurniture) };
  const furniture = read.blocks.filter((b) => b.pageFurniture).map((b) => b.source);
  const texts = doc.blocks.map((b) => b.source);
  const all = texts.join('\n');

  it('returns the article in reading order with the right kinds', () => {
    expect(doc.format).toBe('html');
    expect(doc.sourceLang).toBe('id');
    expect(doc.blocks.map((b) => b.kind)).toEqual([
      'title',
      'paragraph',
      'caption',
      ...Array<string>(5).fill('paragraph'),
      'heading',
      ...Array<string>(4).fill('paragraph'),
      ...Array<string>(3).fill('list-item'),
      ...Array<string>(6).fill('table-cell'),
      'paragraph',
    ]);
    expect(texts[3]).toMatch(/^WASHINGTON DC, KOMPAS\.com - Presiden Rusia Vladimir Putin/);
    expect(texts.at(-1)).toMatch(/^Sekretaris Jenderal PBB/);
  });

  it('keeps navigation, asides and the page footer as page furniture, in reading order', () => {
    expect(furniture).toEqual([
      'News',
      'Nasional',
      'Global',
      'Baca juga: Kim Jong Un Mengundang Putin ke Korea Utara',
      'Terpopuler',
      'Berita populer satu',
      'Tentang Kami | Kebijakan Data Pribadi',
      'Copyright 2008 - 2023 PT. Kompas Cyber Media',
    ]);
    // Before the article's title in the file's order: the site menu comes first.
    expect(read.blocks[0]).toMatchObject({ source: 'News', pageFurniture: true });
  });

  it('leaves share buttons, ads, forms and scripts out of the article, and the page furniture out of its text', () => {
    for (const chrome of ['Global', 'Cari', 'Advertisement', 'Facebook', 'WhatsApp', 'Bagikan', 'Terpopuler', 'Berita Terkait', 'Komentar', 'Copyright', 'Login', 'Selanjutnya', 'googletag', 'not text', 'font-size', 'Home', 'Tag:']) {
      expect(all).not.toContain(chrome);
    }
    // Page bars around <main> go with the rest of the page outside the article.
    for (const outside of ['Gabung Kompas.com+', 'Video rekomendasi', 'Video lainnya', 'Bagikan artikel ini melalui', 'Close Ads']) {
      expect(all).not.toContain(outside);
    }
    expect(doc.warnings.map((w) => w.message)).toEqual(['Left out 5 block(s) outside the article (menus, related links, page footer)']);
    // The aside's "Baca juga" link is not article text (it is kept as furniture, above)...
    expect(all).not.toContain('Kim Jong Un Mengundang Putin');
    // ...while an in-text "Baca juga" paragraph is kept for the boilerplate rules to mark.
    expect(texts).toContain('Baca juga: Putin Terima Undangan Kim Jong Un untuk Kunjungi Korea Utara');
  });

  it('reads a page nested far deeper than any real one (a hostile file) without stalling', () => {
    const depth = 50_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>Teks di dasar.</p>${'</div>'.repeat(depth)}<p>Sesudahnya.</p></body></html>`;
    expect(readHtml(html).blocks.map((b) => b.source)).toEqual(['Teks di dasar.', 'Sesudahnya.']);
  });

  it('closes unclosed <p>, <li> and table cells as a browser would', () => {
    expect(texts[4]).toBe('Pertemuan tersebut terjadi di tengah peringatan dari Amerika dan Korea Selatan terhadap potensi transfer senjata.');
    expect(texts).toContain('Pokok pertemuan menurut para pejabat:');
    expect(texts).toContain('Kerja sama militer yang sedang berkembang');
    const cells = doc.blocks.filter((b) => b.kind === 'table-cell').map((b) => b.source);
    expect(cells).toEqual(['Negara', 'Sikap', 'Amerika Serikat', 'Siap menjatuhkan sanksi tambahan', 'Korea Selatan', 'Mengancam konsekuensi serius']);
  });

  it('decodes entities, keeps <br> as a line break and flattens inline markup', () => {
    // A no-break space is part of the text, as in a plain-text file; the export writes it back.
    expect(texts[0]).toBe('AS Terusik dengan Kerja Sama Militer Rusia dan Korea\u00a0Utara');
    expect(all).toContain('ada “kemungkinan” untuk');
    expect(all).toContain('“Kami selalu mendukung penuh');
    expect(all).toContain('sanksi — termasuk larangan ekspor senjata…');
    expect(texts).toContain(
      'Juru bicara Dewan Keamanan Nasional AS, John Kirby mengatakan,\ntidak ada satupun negara di dunia dan tidak seorang pun yang boleh membantu Putin membunuh warga Ukraina yang tidak bersalah.',
    );
    expect(doc.blocks[2]).toMatchObject({ kind: 'caption', source: expect.stringMatching(/Vostochny, Rabu \(13\/9\/2023\)\. \(AFP\/VLADIMIR SMIRNOV\)$/) });
  });
});

describe('readHtml on small pages', () => {
  it('uses <title> as the title when the page has no h1', () => {
    const doc = readHtml('<html><head><title>Harga Beras Naik &amp; Stok Menipis</title></head><body><p>Harga beras naik lagi.</p></body></html>');
    expect(doc.blocks).toEqual([
      { source: 'Harga Beras Naik & Stok Menipis', kind: 'title' },
      { source: 'Harga beras naik lagi.', kind: 'paragraph' },
    ]);
  });

  it('reads the page language, including the old "in" code for Indonesian', () => {
    expect(readHtml('<html lang=IN><p>Teks.</p></html>').sourceLang).toBe('id');
    expect(readHtml('<html lang="en-GB"><p>Text.</p></html>').sourceLang).toBe('en');
  });

  it('makes only the first h1 the title; later ones are headings', () => {
    const doc = readHtml('<h1>Judul</h1><p>Isi.</p><h1>Bagian kedua</h1><h3>Sub</h3>');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['title', 'paragraph', 'heading', 'heading']);
  });

  it('reads nested lists and paragraphs inside list items as list items', () => {
    const doc = readHtml('<ul><li>Induk<ul><li>Anak satu<li><p>Anak dua</p></ul></li><li>Kedua</ul>');
    expect(doc.blocks).toEqual([
      { source: 'Induk', kind: 'list-item' },
      { source: 'Anak satu', kind: 'list-item' },
      { source: 'Anak dua', kind: 'list-item' },
      { source: 'Kedua', kind: 'list-item' },
    ]);
  });

  it('splits loose text at double <br>, as old CMS pages separate paragraphs', () => {
    const doc = readHtml('<div class=isi>Paragraf satu.<br><br>Paragraf dua,<br>baris dua.</div>');
    expect(doc.blocks.map((b) => b.source)).toEqual(['Paragraf satu.', 'Paragraf dua,\nbaris dua.']);
  });

  it('tolerates unquoted attributes, stray < and unterminated comments', () => {
    const doc = readHtml('<p class=lead data-x=1>Inflasi 3 < 4 persen</p><p title=\'a > b\'>Dua</p><!-- komentar tanpa akhir <p>hilang');
    expect(doc.blocks.map((b) => b.source)).toEqual(['Inflasi 3 < 4 persen', 'Dua']);
  });

  it('decodes numeric references in the windows-1252 range as browsers do', () => {
    expect(decodeEntities('2010&#150;2023 &#147;kutip&#148; &eacute &copy; &unknown; &amp')).toBe('2010–2023 “kutip” é © &unknown; &');
  });

  it('keeps an h1 above the <article> as the title and ignores a teaser <article> beside the text', () => {
    const scoped = readHtml('<div class=top>Menu atas</div><h1>Judul berita</h1><article><p>Isi berita yang panjang sekali.</p></article>');
    expect(scoped.blocks.map((b) => b.source)).toEqual(['Judul berita', 'Isi berita yang panjang sekali.']);
    const teaser = readHtml('<div><p>Paragraf pertama artikel yang panjang.</p><p>Paragraf kedua artikel yang juga panjang.</p></div><article><p>Kartu</p></article>');
    expect(teaser.blocks).toHaveLength(3);
  });

  it('keeps the headline from a page-level <header> as text and the rest of it as page furniture', () => {
    const doc = readHtml('<header class=entry-header><a href=/>Beranda</a><h1>Judul di header</h1><div class=meta>Oleh Redaksi</div></header><div class=content><p>Isi.</p></div>');
    expect(doc.blocks).toEqual([
      { source: 'Beranda', kind: 'paragraph', pageFurniture: true },
      { source: 'Judul di header', kind: 'title' },
      { source: 'Oleh Redaksi', kind: 'paragraph', pageFurniture: true },
      { source: 'Isi.', kind: 'paragraph' },
    ]);
  });

  it('drops an inline script, ad, button or image inside a paragraph without splitting it', () => {
    const doc = readHtml('<p>Kim tiba di <script>ad()</script>Vladivostok <span class=ads>Iklan</span>pada <button>Bagikan</button>Selasa<img class=emoji alt=":)" src=e.png>.</p>');
    expect(doc.blocks).toEqual([{ source: 'Kim tiba di Vladivostok pada Selasa.', kind: 'paragraph' }]);
  });

  it('keeps the line breaks of <pre> text', () => {
    expect(readHtml('<pre>  baris satu\n    baris dua</pre>').blocks).toEqual([{ source: 'baris satu\nbaris dua', kind: 'paragraph' }]);
  });

  it('keeps the text of a page whose only container looks like page furniture', () => {
    const doc = readHtml('<div class="sidebar-content"><p>Satu-satunya paragraf.</p></div>');
    expect(doc.blocks.map((b) => b.source)).toEqual(['Satu-satunya paragraf.']);
    expect(doc.warnings).toHaveLength(1);
  });

  it('refuses an empty file, a page with no text and binary data', () => {
    expect(() => readHtml('')).toThrow(FormatError);
    expect(() => readHtml('<html><body><script>x()</script><nav>Menu</nav></body></html>')).toThrow(/no text to translate/);
    expect(() => readHtml('\u0089PNG\r\n\u001a\n\u0000\u0000')).toThrow(/binary/);
  });
});
