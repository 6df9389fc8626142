/** Exports, reports and the reviewer DOCX round trip, QA runs. */
import type { MessageTable } from '.';

export const exportMessages = {
  'export.cancelled': { en: 'The export was cancelled; no file was written', id: 'Ekspor dibatalkan; tidak ada berkas yang ditulis' },
  'export.outInsideProject': {
    en: '{out} is inside the project folder; write exports somewhere else (the project keeps its own files there)',
    id: '{out} berada di dalam folder proyek; tulis hasil ekspor di tempat lain (proyek menyimpan berkasnya sendiri di sana)',
  },
  'export.outIsFolder': {
    en: '{out} is a folder; give the name of the file to write',
    id: '{out} adalah folder; berikan nama berkas yang akan ditulis',
  },

  // The reviewer's DOCX, coming back
  'reviewDocx.notDocx': {
    en: '{file} is not a DOCX file (it could not be opened as one); nothing was changed',
    id: '{file} bukan berkas DOCX (berkas ini tidak dapat dibuka sebagai DOCX); tidak ada yang diubah',
  },
  'reviewDocx.notWord': {
    en: '{file} is not a Word document (it has no word/document.xml); nothing was changed',
    id: '{file} bukan dokumen Word (tidak ada word/document.xml di dalamnya); tidak ada yang diubah',
  },
  'reviewDocx.refused': { en: '{file}: {reason}; nothing was changed', id: '{file}: {reason}; tidak ada yang diubah' },
  'reviewDocx.noReviewTable': {
    en: 'This DOCX has no Tinjau review table (a table whose first row is id | Indonesian | English | Status | Comments)',
    id: 'DOCX ini tidak berisi tabel tinjauan Tinjau (tabel yang baris pertamanya id | Indonesian | English | Status | Comments)',
  },
  'reviewDocx.noRows': {
    en: '{file} has a review table but no segment rows; nothing was changed',
    id: '{file} berisi tabel tinjauan tetapi tanpa baris segmen; tidak ada yang diubah',
  },
  'reviewDocx.foreignId': {
    en: '{file} is not a review of this project: 1 segment id does not belong to it ({ids}); nothing was changed',
    id: '{file} bukan tinjauan proyek ini: 1 id segmen bukan milik proyek ini ({ids}); tidak ada yang diubah',
  },
  'reviewDocx.foreignIds': {
    en: '{file} is not a review of this project: {count} segment ids do not belong to it ({ids}); nothing was changed',
    id: '{file} bukan tinjauan proyek ini: {count} id segmen bukan milik proyek ini ({ids}); tidak ada yang diubah',
  },
  'reviewDocx.foreignIdsAndMore': {
    en: '{file} is not a review of this project: {count} segment ids do not belong to it ({ids} and {more} more); nothing was changed',
    id: '{file} bukan tinjauan proyek ini: {count} id segmen bukan milik proyek ini ({ids} dan {more} lainnya); tidak ada yang diubah',
  },
  'reviewDocx.duplicateRow': {
    en: 'Segment {id} appears more than once; only its first row was read',
    id: 'Segmen {id} muncul lebih dari sekali; hanya baris pertamanya yang dibaca',
  },
  'reviewDocx.codeRemoved': {
    en: 'Segment {id}: the reviewer removed the inline code {codes}; check the tags',
    id: 'Segmen {id}: peninjau menghapus kode sisipan {codes}; periksa tagnya',
  },
  'reviewDocx.codesRemoved': {
    en: 'Segment {id}: the reviewer removed the inline codes {codes}; check the tags',
    id: 'Segmen {id}: peninjau menghapus kode sisipan {codes}; periksa tagnya',
  },

  // QA
  'qa.profileInvalid': { en: 'The QA profile is not valid: {errors}', id: 'Profil QA tidak sah: {errors}' },
  'qa.ignoreNeedsReason': {
    en: 'Say why the finding is ignored: the reason stays with it for the next reviewer',
    id: 'Tuliskan alasan temuan ini diabaikan: alasan itu tetap menyertainya untuk peninjau berikutnya',
  },
  // QA run notes: what a run could not check
  'qa.noGlossary': {
    en: 'The project has no glossary: terminology was not checked.',
    id: 'Proyek ini tidak memiliki glosarium: terminologi tidak diperiksa.',
  },
  'qa.glossaryUnreadable': {
    en: 'The glossary could not be read ({reason}): terminology was not checked.',
    id: 'Glosarium tidak dapat dibaca ({reason}): terminologi tidak diperiksa.',
  },
  'qa.dictionaryUnavailable': {
    en: 'The English dictionary could not be loaded ({reason}): spelling was not checked.',
    id: 'Kamus bahasa Inggris tidak dapat dimuat ({reason}): ejaan tidak diperiksa.',
  },
  'qa.profileDamaged': {
    en: "The project's QA profile is damaged ({reason}); the default profile was used.",
    id: 'Profil QA proyek ini rusak ({reason}); profil bawaan yang dipakai.',
  },
} as const satisfies MessageTable;
