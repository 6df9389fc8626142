/** Glossaries and shared glossary folders. */
import type { MessageTable } from '.';

export const glossaryMessages = {
  // Entries and their revisions
  'glossary.noEntry': { en: 'No glossary entry {id} in {glossary}', id: 'Tidak ada entri glosarium {id} di {glossary}' },
  'glossary.unknownRevision': {
    en: 'The revision {version} of entry {id} is unknown; reload the glossary and edit again',
    id: 'Revisi {version} dari entri {id} tidak dikenal; muat ulang glosarium lalu sunting lagi',
  },
  'glossary.noConflict': {
    en: 'Entry {id} in {glossary} has no conflict to resolve',
    id: 'Entri {id} di {glossary} tidak memiliki konflik yang perlu diselesaikan',
  },
  'glossary.notConflictingRevision': {
    en: '{version} is not one of the conflicting revisions of entry {id}',
    id: '{version} bukan salah satu revisi entri {id} yang berkonflik',
  },
  'glossary.mergeNeedsTwo': {
    en: 'Merging needs at least two different entries',
    id: 'Penggabungan memerlukan setidaknya dua entri yang berbeda',
  },

  // Glossary files (import)
  'glossary.fileRefused': { en: '{file}: {reason}; the glossary was not changed', id: '{file}: {reason}; glosarium tidak diubah' },
  'glossary.unsupportedFile': {
    en: '{file}: Tinjau imports glossaries from {extensions} files',
    id: '{file}: Tinjau mengimpor glosarium dari berkas {extensions}',
  },
  'glossary.workbookEmpty': { en: 'The workbook has no cells with text', id: 'Buku kerja ini tidak memiliki sel yang berisi teks' },
  'glossary.columnBeyondFile': {
    en: "The {column} column ({position}) is beyond the file's {width} columns",
    id: 'Kolom {column} ({position}) berada di luar {width} kolom yang ada di berkas ini',
  },
  'glossary.columnSource': { en: 'source', id: 'istilah bahasa Indonesia' },
  'glossary.columnTarget': { en: 'target', id: 'istilah bahasa Inggris' },
  'glossary.columnStatus': { en: 'status', id: 'status' },
  'glossary.columnNote': { en: 'note', id: 'catatan' },
  'glossary.columnPos': { en: 'pos', id: 'kelas kata' },
  'glossary.columnForms': { en: 'forms', id: 'bentuk kata' },
  'glossary.csvNeedsColumns': {
    en: 'A glossary CSV needs a source column (source_id) and a target column (target_en)',
    id: 'CSV glosarium memerlukan kolom sumber (source_id) dan kolom terjemahan (target_en)',
  },
  'glossary.csvLine': { en: 'line {line}', id: 'baris {line}' },

  // Glossary files (import): rows and entries left out or read differently
  'glossary.csvSkippedNoTarget': { en: 'line {line}: skipped, no English term', id: 'baris {line}: dilewati, tidak ada istilah bahasa Inggris' },
  'glossary.csvSkippedNoSource': { en: 'line {line}: skipped, no Indonesian term', id: 'baris {line}: dilewati, tidak ada istilah bahasa Indonesia' },
  'glossary.csvUnknownStatus': {
    en: 'line {line}: unknown status "{status}", read as preferred',
    id: 'baris {line}: status "{status}" tidak dikenal, dibaca sebagai diutamakan (preferred)',
  },
  'glossary.csvUnknownForms': {
    en: 'line {line}: unknown forms "{forms}" (use exact, inflected or derived), read as inflected',
    id: 'baris {line}: bentuk "{forms}" tidak dikenal (gunakan exact, inflected, atau derived), dibaca sebagai inflected',
  },
  /** `language` is the language code the entry lacks (id, en). */
  'glossary.tbxSkippedNoTerm': {
    en: 'entry {entry}: skipped, it has no {language} term',
    id: 'entri {entry}: dilewati, tidak ada istilah untuk bahasa {language}',
  },
  'glossary.tbxDuplicateId': { en: 'entry {entry}: duplicate id, given a new one', id: 'entri {entry}: id ganda, diberi id baru' },
  'glossary.tbxNoEntries': { en: 'The file has no term entries', id: 'Berkas ini tidak berisi entri istilah' },

  // Attaching glossaries to a project
  'glossary.mergesNotRecorded': {
    en: 'Automatic merges could not be recorded in the shared folder: {reason}',
    id: 'Penggabungan otomatis tidak dapat dicatat di folder bersama: {reason}',
  },
  'glossary.readFailed': { en: 'Reading {path} failed: {reason}', id: 'Gagal membaca {path}: {reason}' },
  // Record files of shared glossary and TM folders (electron/services/records/record-folder.ts).
  'records.fileShrank': {
    en: '{name} got shorter (replaced by a sync tool?); it was read again from the start',
    id: '{name} menjadi lebih pendek (diganti oleh alat sinkronisasi?); berkas dibaca ulang dari awal',
  },
  'records.damagedLine': {
    en: '{name}: a damaged line was skipped (line {line} after byte {byte}); the other changes in it were read',
    id: '{name}: satu baris rusak dilewati (baris {line} setelah bita {byte}); perubahan lain di dalamnya tetap dibaca',
  },
  'glossary.notAttached': { en: 'The glossary {path} is not attached to this project', id: 'Glosarium {path} tidak terpasang pada proyek ini' },
  'glossary.unreachable': {
    en: 'The glossary in {path} cannot be reached right now; check the shared folder',
    id: 'Glosarium di {path} tidak dapat dijangkau saat ini; periksa folder bersamanya',
  },
  'glossary.ownAlwaysAttached': {
    en: 'This is the project\u2019s own glossary; it is always attached',
    id: 'Ini glosarium milik proyek ini sendiri; glosarium ini selalu terpasang',
  },
  'glossary.folderNotEmpty': {
    en: '{path} already holds other files; choose an empty folder or a new folder name for the glossary',
    id: '{path} sudah berisi berkas lain; pilih folder kosong atau nama folder baru untuk glosarium ini',
  },

  // Glossary folders
  'glossary.cannotCreate': { en: 'Cannot create a glossary in {path}: {reason}', id: 'Tidak dapat membuat glosarium di {path}: {reason}' },
  'glossary.missing': { en: 'No Tinjau glossary in {path} ({file} is missing)', id: 'Tidak ada glosarium Tinjau di {path} ({file} tidak ditemukan)' },
  'glossary.missingAttachCreate': {
    en: 'No Tinjau glossary in {path}; tick "Create it" (or use --create) to make one there',
    id: 'Tidak ada glosarium Tinjau di {path}; centang "Buat baru" (atau pakai --create) untuk membuatnya di sana',
  },
  'glossary.fileUnreadable': { en: '{file} cannot be read: {reason}', id: '{file} tidak dapat dibaca: {reason}' },
  'glossary.notAGlossary': { en: '{path} is not a Tinjau glossary', id: '{path} bukan glosarium Tinjau' },
  'glossary.newerVersion': {
    en: 'The glossary in {path} was written by a newer Tinjau; update Tinjau to use it',
    id: 'Glosarium di {path} ditulis oleh Tinjau versi yang lebih baru; perbarui Tinjau untuk memakainya',
  },
  'glossary.closed': { en: 'The glossary {name} is closed', id: 'Glosarium {name} sudah ditutup' },
  'glossary.cannotWrite': { en: 'Cannot write to the glossary in {path}: {reason}', id: 'Tidak dapat menulis ke glosarium di {path}: {reason}' },
} as const satisfies MessageTable;
