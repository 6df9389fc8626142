/** File formats and their readers: XML, XLIFF, TMX, TBX, DOCX, XLSX, CSV, HTML, Markdown, text. */
import type { MessageTable } from '.';

export const formatsMessages = {
  // Where in an XML file a problem is; line and column are positions, given as written.
  'xml.lineColumn': { en: 'line {line}, column {column}', id: 'baris {line}, kolom {column}' },

  // The XML parser (shared/xml): every refusal is followed by "(line L, column C)".
  'xml.textAfterRoot': { en: 'text after the root element', id: 'ada teks setelah elemen akar' },
  'xml.textBeforeRoot': {
    en: 'this is not an XML file (text before the root element)',
    id: 'ini bukan berkas XML (ada teks sebelum elemen akar)',
  },
  'xml.unfinishedEndTag': { en: 'unfinished end tag', id: 'tag penutup tidak selesai' },
  'xml.endTagWithoutStart': { en: 'end tag </{name}> without a start tag', id: 'tag penutup </{name}> tanpa tag pembuka' },
  'xml.endTagMismatch': { en: 'end tag </{name}> does not match <{open}>', id: 'tag penutup </{name}> tidak cocok dengan <{open}>' },
  'xml.unfinishedComment': { en: 'unfinished comment', id: 'komentar tidak selesai' },
  'xml.cdataOutsideRoot': { en: 'CDATA outside the root element', id: 'CDATA berada di luar elemen akar' },
  'xml.unfinishedCdata': { en: 'unfinished CDATA section', id: 'bagian CDATA tidak selesai' },
  'xml.doctypeInsideDocument': { en: 'DOCTYPE inside the document', id: 'DOCTYPE berada di dalam isi dokumen' },
  'xml.unexpectedBang': { en: 'unexpected "<!"', id: '"<!" tidak pada tempatnya' },
  'xml.unfinishedProcessingInstruction': { en: 'unfinished processing instruction', id: 'instruksi pemrosesan tidak selesai' },
  'xml.declarationNotFirst': { en: 'the XML declaration must come first', id: 'deklarasi XML harus berada paling awal' },
  'xml.badProcessingInstruction': { en: 'bad processing instruction', id: 'instruksi pemrosesan tidak sah' },
  'xml.secondRoot': { en: 'a second root element', id: 'ada elemen akar kedua' },
  'xml.nestedTooDeep': { en: 'elements nested more than {depth} deep', id: 'elemen bersarang lebih dari {depth} tingkat' },
  'xml.endsBeforeEndTag': { en: 'the file ends before </{name}> (truncated?)', id: 'berkas berakhir sebelum </{name}> (terpotong?)' },
  'xml.noRoot': { en: 'no root element: this is not an XML file', id: 'tidak ada elemen akar: ini bukan berkas XML' },
  'xml.badElementName': { en: 'bad element name "{name}"', id: 'nama elemen "{name}" tidak sah' },
  'xml.strayLessThan': { en: 'stray "<" (write it as &lt;)', id: '"<" tidak pada tempatnya (tulis sebagai &lt;)' },
  'xml.endsInsideTag': { en: 'the file ends inside <{name}> (truncated?)', id: 'berkas berakhir di dalam <{name}> (terpotong?)' },
  'xml.expectedSelfClose': { en: 'expected "/>" in <{name}>', id: 'seharusnya ada "/>" di <{name}>' },
  'xml.attributesNotSpaced': {
    en: 'attributes in <{name}> must be separated by spaces',
    id: 'atribut di <{name}> harus dipisahkan dengan spasi',
  },
  'xml.badAttributeName': { en: 'bad attribute name in <{name}>', id: 'nama atribut tidak sah di <{name}>' },
  'xml.attributeNoValue': {
    en: 'attribute {attribute} in <{name}> has no value',
    id: 'atribut {attribute} di <{name}> tidak memiliki nilai',
  },
  'xml.attributeNotQuoted': {
    en: 'attribute {attribute} in <{name}> must be quoted',
    id: 'nilai atribut {attribute} di <{name}> harus diapit tanda kutip',
  },
  'xml.endsInsideAttribute': {
    en: 'the file ends inside an attribute of <{name}> (truncated?)',
    id: 'berkas berakhir di dalam atribut <{name}> (terpotong?)',
  },
  'xml.lessThanInAttribute': {
    en: '"<" inside attribute {attribute} of <{name}>',
    id: 'ada "<" di dalam atribut {attribute} pada <{name}>',
  },
  'xml.attributeRepeated': {
    en: 'attribute {attribute} repeated in <{name}>',
    id: 'atribut {attribute} muncul lebih dari sekali di <{name}>',
  },
  'xml.entityDeclaration': { en: 'entity declarations are not allowed', id: 'deklarasi entitas tidak diizinkan' },
  'xml.unfinishedDoctype': { en: 'unfinished DOCTYPE', id: 'DOCTYPE tidak selesai' },
  'xml.badDoctype': { en: 'bad DOCTYPE', id: 'DOCTYPE tidak sah' },
  'xml.externalDtd': {
    en: 'external DTD references (SYSTEM/PUBLIC) are not allowed',
    id: 'rujukan DTD eksternal (SYSTEM/PUBLIC) tidak diizinkan',
  },
  'xml.strayAmpersand': { en: 'stray "&" (write it as &amp;)', id: '"&" tidak pada tempatnya (tulis sebagai &amp;)' },
  'xml.invalidCharacterReference': { en: 'invalid character reference &{name};', id: 'rujukan karakter &{name}; tidak sah' },
  'xml.undefinedEntity': {
    en: 'undefined entity &{name}; (only the five predefined XML entities are allowed)',
    id: 'entitas &{name}; tidak dikenal (hanya lima entitas bawaan XML yang diizinkan)',
  },

  // Bilingual XML formats.
  'xliff.notXliff': {
    en: 'not an XLIFF file: the root element is not <xliff>',
    id: 'bukan berkas XLIFF: elemen akarnya bukan <xliff>',
  },
  'tmx.notTmx': { en: 'not a TMX file: the root element is not <tmx>', id: 'bukan berkas TMX: elemen akarnya bukan <tmx>' },

  // Warnings of the bilingual XML readers: the import went on without these parts.
  'xliff.noFileElement': { en: 'the XLIFF file has no <file> element', id: 'berkas XLIFF ini tidak memiliki elemen <file>' },
  'xliff.noUnits': { en: 'the XLIFF file has no units', id: 'berkas XLIFF ini tidak memiliki unit' },
  'xliff.binaryUnitSkipped': {
    en: 'binary unit {id} skipped (kept in the file)',
    id: 'unit biner {id} dilewati (tetap disimpan di berkas)',
  },
  'xliff.unitNoSource': {
    en: 'unit {id} has no <source> and was skipped',
    id: 'unit {id} tidak memiliki <source> sehingga dilewati',
  },
  'xliff.unitsWithoutText': {
    en: '{count} unit(s) without text to review (empty or only tags) were skipped: {ids}',
    id: '{count} unit tanpa teks untuk ditinjau (kosong atau hanya berisi tag) dilewati: {ids}',
  },
  'tmx.unitsWithoutSource': {
    en: '{count} unit(s) without {language} were skipped',
    id: '{count} unit tanpa {language} dilewati',
  },
  'tbx.notTbx': {
    en: 'Not a TBX file: the root element is <{root}>, expected <martif> or <tbx>',
    id: 'Bukan berkas TBX: elemen akarnya <{root}>, seharusnya <martif> atau <tbx>',
  },

  // Text formats.
  'encoding.readAsWindows1252': {
    en: 'This file is not UTF-8; it was read as Windows-1252 (Western European). If letters look wrong, save it as UTF-8 and import it again.',
    id: 'Berkas ini bukan UTF-8; berkas dibaca sebagai Windows-1252 (Eropa Barat). Jika ada huruf yang tampak salah, simpan sebagai UTF-8 lalu impor lagi.',
  },
  'encoding.binary': {
    en: 'This file is not text (it looks like a binary file); nothing was imported',
    id: 'Berkas ini bukan teks (tampaknya berkas biner); tidak ada yang diimpor',
  },
  'txt.noText': { en: 'The file has no text to translate', id: 'Berkas ini tidak berisi teks untuk diterjemahkan' },
  'md.binary': { en: 'This is not a Markdown file: it holds binary data', id: 'Ini bukan berkas Markdown: isinya data biner' },
  'md.noText': { en: 'The Markdown file has no text to translate', id: 'Berkas Markdown ini tidak berisi teks untuk diterjemahkan' },
  'html.binary': { en: 'This is not an HTML file: it holds binary data', id: 'Ini bukan berkas HTML: isinya data biner' },
  'html.noText': { en: 'The HTML file has no text to translate', id: 'Berkas HTML ini tidak berisi teks untuk diterjemahkan' },
  'xlsx.otherSheetsSkipped': {
    en: 'Only the sheet "{sheet}" was imported; these sheets with text were not: {others}. Save each as its own file to import it.',
    id: 'Hanya lembar "{sheet}" yang diimpor; lembar berisi teks ini tidak: {others}. Simpan masing-masing sebagai berkas tersendiri untuk mengimpornya.',
  },
  'csv.unclosedQuote': {
    en: 'The quote (") that opens a field on line {line} is never closed, so the rest of the file would be one cell; close it or remove it',
    id: 'Tanda kutip (") yang membuka sebuah sel di baris {line} tidak pernah ditutup, sehingga sisa berkas akan menjadi satu sel; tutup atau hapus tanda kutip itu',
  },
  'csv.binary': { en: 'This is not a {format} file: it holds binary data', id: 'Ini bukan berkas {format}: isinya data biner' },
  'html.leftOutBlocks': {
    en: 'Left out {count} block(s) outside the article (menus, related links, page footer)',
    id: '{count} blok di luar artikel tidak diambil (menu, tautan terkait, kaki halaman)',
  },
  'html.keptAllText': {
    en: 'The page looked like navigation or ads only; all of its text was kept.',
    id: 'Halaman ini tampak hanya berisi navigasi atau iklan; seluruh teksnya tetap diambil.',
  },

  // Bilingual tables (CSV, TSV, XLSX).
  'document.tableNoSource': {
    en: 'The table has no source text: the source column is empty',
    id: 'Tabel ini tidak berisi teks sumber: kolom sumbernya kosong',
  },
  'document.tableEmpty': { en: 'The table is empty', id: 'Tabel ini kosong' },
  'document.tableTitleRowsSkipped': {
    en: 'Skipped {count} title row(s) above the header row',
    id: '{count} baris judul di atas baris kepala tabel dilewati',
  },
  // {rows}: the row numbers, the first ten then "…".
  'document.tableOrphanRowsSkipped': {
    en: '{count} row(s) have a translation but no source text and were skipped: row {rows}',
    id: '{count} baris berisi terjemahan tetapi tidak berisi teks sumber sehingga dilewati: baris {rows}',
  },

  // Word and Excel files.
  'docx.noText': { en: 'The document has no text to translate', id: 'Dokumen ini tidak berisi teks untuk diterjemahkan' },
  'docx.damaged': {
    en: 'This Word document (.docx) is damaged and cannot be read: {detail}',
    id: 'Dokumen Word (.docx) ini rusak dan tidak dapat dibaca: {detail}',
  },
  // A warning of the Word converter (mammoth), in its own English words.
  'docx.conversionWarning': { en: '{detail}', id: 'Peringatan konversi Word: {detail}' },
  'docx.moreConversionWarnings': {
    en: '…and {count} more conversion warnings',
    id: '…dan {count} peringatan konversi lainnya',
  },
  'docx.damagedPackage': {
    en: 'This Word document (.docx) is damaged and cannot be read (the ZIP package is incomplete or corrupt)',
    id: 'Dokumen Word (.docx) ini rusak dan tidak dapat dibaca (paket ZIP-nya tidak lengkap atau rusak)',
  },
  'xlsx.noText': {
    en: 'The Excel workbook (.xlsx) has no cells with text',
    id: 'Buku kerja Excel (.xlsx) ini tidak memiliki sel yang berisi teks',
  },
  'xlsx.damaged': {
    en: 'This Excel workbook (.xlsx) is damaged and cannot be read: {detail}',
    id: 'Buku kerja Excel (.xlsx) ini rusak dan tidak dapat dibaca: {detail}',
  },
  'xlsx.damagedPackage': {
    en: 'This Excel workbook (.xlsx) is damaged and cannot be read (the ZIP package is incomplete or corrupt)',
    id: 'Buku kerja Excel (.xlsx) ini rusak dan tidak dapat dibaca (paket ZIP-nya tidak lengkap atau rusak)',
  },
  'xlsx.worksheet': { en: 'worksheet "{sheet}"', id: 'lembar kerja "{sheet}"' },

  // What a file really is, when it is not what its name says ({expected} and {what} are kinds below).
  'document.emptyNotKind': { en: 'The file is empty, not {expected}', id: 'Berkas ini kosong, bukan {expected}' },
  'document.otherKind': { en: 'This is not {expected}: it is {what}', id: 'Berkas ini bukan {expected}, melainkan {what}' },
  'document.unpacksTooLarge': {
    en: 'This file unpacks to {size} of text and markup; Tinjau reads {expected} of up to {limit} unpacked. Split the document into smaller files.',
    id: 'Berkas ini menjadi {size} teks dan markah setelah dibuka; Tinjau membaca {expected} hingga {limit} setelah dibuka. Pecah dokumennya menjadi beberapa berkas yang lebih kecil.',
  },
  'document.notZip': { en: 'This is not {expected}: it is not a ZIP package', id: 'Berkas ini bukan {expected}: isinya bukan paket ZIP' },
  'document.kindPng': { en: 'a PNG image', id: 'gambar PNG' },
  'document.kindJpeg': { en: 'a JPEG image', id: 'gambar JPEG' },
  'document.kindGif': { en: 'a GIF image', id: 'gambar GIF' },
  'document.kindPdf': { en: 'a PDF document', id: 'dokumen PDF' },
  'document.kindOldOffice': {
    en: 'an old Office 97–2003 file (.doc/.xls); save it in the newer format first',
    id: 'berkas Office 97–2003 lama (.doc/.xls); simpan dulu dalam format yang lebih baru',
  },
  'document.kindRtf': { en: 'an RTF document', id: 'dokumen RTF' },
  'document.kindDocx': { en: 'a Word document (.docx)', id: 'dokumen Word (.docx)' },
  'document.kindXlsx': { en: 'an Excel workbook (.xlsx)', id: 'buku kerja Excel (.xlsx)' },
  'document.kindPptx': { en: 'a PowerPoint presentation (.pptx)', id: 'presentasi PowerPoint (.pptx)' },
  'document.kindOpenDocument': {
    en: 'an OpenDocument file (.odt/.ods); save it as .docx or .xlsx first',
    id: 'berkas OpenDocument (.odt/.ods); simpan dulu sebagai .docx atau .xlsx',
  },
  'document.kindZip': { en: 'a ZIP archive of other files', id: 'arsip ZIP berisi berkas lain' },

  // Pairing a separate draft file with the source.
  'document.draftCountMismatch': {
    en: 'The draft {draftName} has {draftCount} paragraphs but the source has {sourceCount}, so they cannot be paired one to one',
    id: 'Draf {draftName} memiliki {draftCount} paragraf, sedangkan sumbernya {sourceCount} paragraf, sehingga keduanya tidak dapat dipasangkan satu per satu',
  },
} as const satisfies MessageTable;
