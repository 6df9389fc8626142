/** Bilingual files from other tools: which reader, which version, which encoding, what was left out. */
import type { MessageTable } from '.';

export const bilingualFilesMessages = {
  'xliff.unknownVersion': {
    en: 'this is XLIFF version "{version}", which Tinjau does not read (it reads XLIFF 1.0–1.2 and 2.0–2.2); export the file from its tool as XLIFF 2.2 or 1.2 and import that',
    id: 'ini XLIFF versi "{version}", yang tidak dibaca Tinjau (Tinjau membaca XLIFF 1.0–1.2 dan 2.0–2.2); ekspor berkas itu dari alatnya sebagai XLIFF 2.2 atau 1.2 lalu impor hasilnya',
  },
  'xml.notBilingual': {
    en: 'the root element is <{root}>, not <xliff> or <tmx>: this is not a bilingual XML file Tinjau reads; export XLIFF or TMX from the tool that made it',
    id: 'elemen akarnya <{root}>, bukan <xliff> atau <tmx>: ini bukan berkas XML dwibahasa yang dibaca Tinjau; ekspor XLIFF atau TMX dari alat yang membuatnya',
  },
  'xliff.segmentsWithoutText': {
    en: '{count} segment(s) without text to review (empty or only tags) were left out of the list and stay in the file as they are: {ids}',
    id: '{count} segmen tanpa teks untuk ditinjau (kosong atau hanya berisi tag) tidak dimasukkan ke daftar dan tetap di berkas apa adanya: {ids}',
  },
  'encoding.unknownDeclared': {
    en: 'the file declares the encoding "{encoding}", which Tinjau cannot decode; save it as UTF-8 and import it again',
    id: 'berkas ini menyatakan pengodean "{encoding}", yang tidak dapat dibaca Tinjau; simpan sebagai UTF-8 lalu impor lagi',
  },
  'encoding.notAsDeclared': {
    en: 'the file declares the encoding "{encoding}" but its bytes are not valid {encoding}; save it again from its tool (as UTF-8 if it can) and import it again',
    id: 'berkas ini menyatakan pengodean "{encoding}" tetapi isinya bukan {encoding} yang sah; simpan lagi dari alatnya (sebagai UTF-8 jika bisa) lalu impor lagi',
  },
  'docx.elementsIgnored': {
    en: 'Some parts of the Word document were not read ({elements}); if text is missing, check those places in Word (for example, accept tracked changes or convert content controls to text) and import again',
    id: 'Beberapa bagian dokumen Word tidak terbaca ({elements}); jika ada teks yang hilang, periksa bagian itu di Word (misalnya, terima perubahan terlacak atau ubah kontrol konten menjadi teks) lalu impor lagi',
  },
  'docx.partsNotConverted': {
    en: '{count} part(s) of the Word document could not be converted; compare the segments with the document in Word before you review',
    id: '{count} bagian dokumen Word tidak dapat dikonversi; bandingkan segmen dengan dokumen di Word sebelum meninjau',
  },
} as const satisfies MessageTable;
