/** Projects, documents, segments, review, import and the CLI. */
import type { MessageTable } from '.';

export const projectMessages = {
  // The project lock (electron/services/lock.ts).
  'lock.sameWindow': { en: 'This project is already open in this window', id: 'Proyek ini sudah terbuka di jendela ini' },
  'lock.otherTinjau': {
    en: 'This project is open in another Tinjau ({owner}, process {pid}, since {since}). Close it there first.',
    id: 'Proyek ini terbuka di Tinjau lain ({owner}, proses {pid}, sejak {since}). Tutup dulu di sana.',
  },
  'lock.otherComputer': {
    en: 'This project is open on another computer ({host}, since {since}). Close it there, or delete the file "lock" in the project folder if that computer crashed.',
    id: 'Proyek ini terbuka di komputer lain ({host}, sejak {since}). Tutup di sana, atau hapus berkas "lock" di folder proyek jika komputer itu mogok.',
  },
  'lock.contended': {
    en: 'Could not lock the project; another process keeps taking it',
    id: 'Proyek tidak dapat dikunci; proses lain terus mengambil kuncinya',
  },

  // The project store (electron/services/project-store.ts).
  'project.alreadyExists': { en: '{dir} already holds a Tinjau project', id: '{dir} sudah berisi proyek Tinjau' },
  'project.notFound': { en: 'No Tinjau project in {dir}', id: 'Tidak ada proyek Tinjau di {dir}' },
  'project.noDocument': { en: 'No document {id} in this project', id: 'Tidak ada dokumen {id} di proyek ini' },
  'project.noSegment': { en: 'No segment {id} in this project', id: 'Tidak ada segmen {id} di proyek ini' },
  'project.closed': { en: 'The project is closed', id: 'Proyek ini sudah ditutup' },

  // Snapshots and backups (electron/services/backups.ts).
  'backup.newerTinjau': {
    en: 'This project was saved by a newer Tinjau; update Tinjau to open it',
    id: 'Proyek ini disimpan oleh Tinjau yang lebih baru; perbarui Tinjau untuk membukanya',
  },
  'backup.damagedNoBackup': {
    en: 'The project file {file} is damaged ({reason}) and there is no usable backup in {folder}. Nothing was changed: the damaged file is kept as it is.',
    id: 'Berkas proyek {file} rusak ({reason}) dan tidak ada cadangan yang dapat dipakai di {folder}. Tidak ada yang diubah: berkas yang rusak disimpan apa adanya.',
  },
  'backup.damagedBackupsTried': {
    en: 'The project file {file} is damaged ({reason}) and there is no usable backup in {folder} ({count} tried, see details). Nothing was changed: the damaged file is kept as it is.',
    id: 'Berkas proyek {file} rusak ({reason}) dan tidak ada cadangan yang dapat dipakai di {folder} ({count} dicoba, lihat rinciannya). Tidak ada yang diubah: berkas yang rusak disimpan apa adanya.',
  },
  'backup.cannotRead': { en: 'it cannot be read ({code})', id: 'berkas tidak dapat dibaca ({code})' },
  'backup.notJson': { en: 'it is not valid JSON: {detail}', id: 'isinya bukan JSON yang sah: {detail}' },
  'backup.empty': { en: 'it is empty', id: 'berkasnya kosong' },
  'backup.missing': { en: 'it is missing', id: 'berkasnya tidak ada' },

  // What opening a project repaired (electron/services/project-store.ts, backups.ts, journal.ts):
  // shown once when the project opens, and by the CLI on stderr. {reason} is one of the backup.*
  // reasons above; ".one" / ".other" are the singular and plural forms of a count.
  'recovery.upgraded': {
    en: 'This project was saved by an older Tinjau (format {from}) and was upgraded to format {to}; the original file is kept as {file}.',
    id: 'Proyek ini disimpan oleh Tinjau versi lama (format {from}) dan telah diperbarui ke format {to}; berkas aslinya disimpan sebagai {file}.',
  },
  'recovery.restored.one': {
    en: 'project.json was damaged ({reason}); restored from the backup of {time}; 1 later change replayed from the journal.',
    id: 'project.json rusak ({reason}); dipulihkan dari cadangan {time}; 1 perubahan sesudahnya diterapkan ulang dari jurnal suntingan.',
  },
  'recovery.restored.other': {
    en: 'project.json was damaged ({reason}); restored from the backup of {time}; {count} later changes replayed from the journal.',
    id: 'project.json rusak ({reason}); dipulihkan dari cadangan {time}; {count} perubahan sesudahnya diterapkan ulang dari jurnal suntingan.',
  },
  'recovery.lostSinceBackup.one': {
    en: '1 change made between that backup and the damage could not be recovered.',
    id: '1 perubahan yang dibuat antara cadangan itu dan kerusakannya tidak dapat dipulihkan.',
  },
  'recovery.lostSinceBackup.other': {
    en: '{count} changes made between that backup and the damage could not be recovered.',
    id: '{count} perubahan yang dibuat antara cadangan itu dan kerusakannya tidak dapat dipulihkan.',
  },
  'recovery.damagedSnapshotKept': { en: 'The damaged file is kept as {file}.', id: 'Berkas yang rusak disimpan sebagai {file}.' },
  'recovery.missing.one': {
    en: '1 change is missing from the edit journal and could not be recovered.',
    id: '1 perubahan hilang dari jurnal suntingan dan tidak dapat dipulihkan.',
  },
  'recovery.missing.other': {
    en: '{count} changes are missing from the edit journal and could not be recovered.',
    id: '{count} perubahan hilang dari jurnal suntingan dan tidak dapat dipulihkan.',
  },
  'recovery.halfWritten': {
    en: 'The last change before Tinjau stopped was only half written and was dropped.',
    id: 'Perubahan terakhir sebelum Tinjau berhenti hanya tertulis sebagian dan dibuang.',
  },
  'recovery.journalDamaged': {
    en: 'Line {line} of the edit journal is damaged; changes after it were not recovered.',
    id: 'Baris {line} jurnal suntingan rusak; perubahan sesudahnya tidak dapat dipulihkan.',
  },
  'recovery.journalKept': {
    en: 'The damaged edit journal is kept as {file}.',
    id: 'Jurnal suntingan yang rusak disimpan sebagai {file}.',
  },

  // Why a snapshot or backup cannot be upgraded to the current format (electron/services/migrations.ts);
  // they stand for {reason} above. Format versions are whole numbers, given as written.
  'migration.notProject': {
    en: 'it is not a Tinjau project (no valid schemaVersion)',
    id: 'isinya bukan proyek Tinjau (tidak ada schemaVersion yang sah)',
  },
  'migration.newerFormat': {
    en: 'it was saved in format {from}, newer than this Tinjau ({target})',
    id: 'berkas ini disimpan dalam format {from}, lebih baru daripada Tinjau ini ({target})',
  },
  'migration.noStep': { en: 'no migration from format {version}', id: 'tidak ada migrasi dari format {version}' },
  'migration.notObject': { en: 'it is not a JSON object', id: 'isinya bukan objek JSON' },
  'migration.wrongVersion': { en: 'its schemaVersion is {version}', id: 'schemaVersion-nya {version}' },
  'migration.noLastSeq': { en: 'it has no valid lastSeq', id: 'tidak ada lastSeq yang sah' },
  'migration.noMetadata': { en: 'it has no project metadata', id: 'tidak ada metadata proyek' },
  'migration.notRecords': { en: 'its {key} are not a list of records', id: 'isi {key} bukan daftar rekaman' },
  'migration.incompleteSegment': { en: 'segment {id} is incomplete', id: 'segmen {id} tidak lengkap' },

  // Files the user picks (electron/services/files.ts).
  'file.notAFile': { en: '{file} is not a file', id: '{file} bukan berkas' },
  'file.cannotRead': { en: 'Cannot read {file}: {code}', id: 'Tidak dapat membaca {file}: {code}' },
  'file.tooLarge': {
    en: '{name} is {size}; Tinjau imports files up to {limit}',
    id: '{name} berukuran {size}; Tinjau mengimpor berkas hingga {limit}',
  },

  // Splitting, joining and re-pairing segments (electron/services/segment-service.ts).
  'segment.splitWhere': {
    en: 'Put the cursor inside the Indonesian text, between two words, to split the segment there',
    id: 'Letakkan kursor di dalam teks bahasa Indonesia, di antara dua kata, untuk memisah segmen di sana',
  },
  'segment.lastCannotJoin': {
    en: 'This is the last segment; there is nothing to join it with',
    id: 'Ini segmen terakhir; tidak ada segmen lain untuk digabungkan dengannya',
  },
  'segment.noDraftFile': {
    en: 'This document has no separate draft file to re-pair',
    id: 'Dokumen ini tidak memiliki berkas draf terpisah untuk dipasangkan ulang',
  },
  'segment.noPairingUndo': { en: 'There is no pairing change to undo', id: 'Tidak ada perubahan pasangan untuk dibatalkan' },
  'segment.changeNotApplicable': { en: 'That change does not apply here', id: 'Perubahan itu tidak berlaku di sini' },
  'segment.bilingualSegmentation': {
    en: "Segments of a bilingual file (XLIFF, TMX, CSV) keep the file's segmentation; they cannot be split or joined",
    id: 'Segmen dari berkas dwibahasa (XLIFF, TMX, CSV) mengikuti segmentasi berkasnya; segmen tersebut tidak dapat dipisah atau digabung',
  },

  // Review actions (electron/services/review-service.ts).
  'review.nothingToUndo': { en: 'There is nothing to undo for that change', id: 'Tidak ada yang dapat dibatalkan untuk perubahan itu' },
  'review.threadGone': { en: 'That comment thread is gone', id: 'Utas komentar itu sudah tidak ada' },
  'replace.emptyFind': { en: 'Type what to find', id: 'Ketik teks yang ingin dicari' },
  'replace.invalidRegex': {
    en: 'The regular expression {pattern} is not valid: {detail}',
    id: 'Ekspresi reguler {pattern} tidak sah: {detail}',
  },
  // Why a regular expression is not valid, for the engine's usual complaints ({detail} above).
  'regex.unterminatedGroup': { en: 'a group "(" is not closed', id: 'ada grup "(" yang tidak ditutup' },
  'regex.unmatchedParen': { en: 'a ")" has no "(" before it', id: 'ada ")" tanpa "(" sebelumnya' },
  'regex.unterminatedClass': { en: 'a "[" is not closed', id: 'ada "[" yang tidak ditutup' },
  'regex.nothingToRepeat': {
    en: 'a repeat (*, + or ?) follows nothing; write \\* to find the character itself',
    id: 'ada pengulang (*, + atau ?) tanpa apa pun sebelumnya; tulis \\* untuk mencari karakternya sendiri',
  },
  'regex.badEscape': { en: 'a backslash starts an escape that does not exist', id: 'ada garis miring terbalik yang memulai escape yang tidak ada' },
  'regex.badQuantifier': { en: 'a repeat count in braces is incomplete', id: 'ada jumlah pengulangan dalam kurung kurawal yang tidak lengkap' },
  'regex.other': { en: 'the pattern cannot be read', id: 'polanya tidak dapat dibaca' },
  'replace.sourceNeverChanged': {
    en: 'The Indonesian source is never changed; search it to find segments, and replace in the English.',
    id: 'Sumber bahasa Indonesia tidak pernah diubah; cari di sumber untuk menemukan segmen, lalu ganti di teks bahasa Inggris.',
  },
  'review.selectAnnotationWords': {
    en: 'Select the words of the English the error is in, then add the annotation',
    id: 'Pilih kata dalam bahasa Inggris yang mengandung kesalahan, lalu tambahkan anotasi',
  },

  // Importing documents (electron/services/import-service.ts, electron/services/import/read-document.ts).
  'import.cancelled': { en: 'The import was cancelled; the project is as it was.', id: 'Impor dibatalkan; proyek tetap seperti semula.' },
  'import.draftForBilingual': {
    en: '{name} already holds its translations; a separate English draft goes with a plain document (.txt, .docx, .html, .md)',
    id: '{name} sudah berisi terjemahannya; draf bahasa Inggris terpisah hanya untuk dokumen biasa (.txt, .docx, .html, .md)',
  },
  'import.unsupportedExtension': {
    en: '{name}: Tinjau cannot import {ext} files. It reads {supported}.',
    id: '{name}: Tinjau tidak dapat mengimpor berkas {ext}. Tinjau membaca {supported}.',
  },
  'import.noExtension': {
    en: '{name}: Tinjau cannot import files without an extension. It reads {supported}.',
    id: '{name}: Tinjau tidak dapat mengimpor berkas tanpa ekstensi. Tinjau membaca {supported}.',
  },
  'import.empty': { en: '{name} is empty', id: '{name} kosong' },
  'import.otherLanguages': {
    en: 'This file is in {file}, the project in {project}: check that it is the right file.',
    id: 'Berkas ini berbahasa {file}, proyeknya {project}: periksa apakah berkasnya benar.',
  },
  'import.tooManySegments': {
    en: '{name} has {count} segments; Tinjau imports documents of up to {limit} segments. Split it into smaller files.',
    id: '{name} berisi {count} segmen; Tinjau mengimpor dokumen hingga {limit} segmen. Pecah menjadi beberapa berkas yang lebih kecil.',
  },
  'import.refused': { en: '{name}: {problem}', id: '{name}: {problem}' },
  'import.unreadable': { en: '{name} could not be read: {detail}', id: '{name} tidak dapat dibaca: {detail}' },
  'import.noText': { en: '{name} has no text to translate', id: '{name} tidak berisi teks untuk diterjemahkan' },

  // Boilerplate rules (shared/boilerplate/validate.ts).
  'boilerplate.unnamedRule': { en: 'Rule', id: 'Aturan' },
  'boilerplate.needsId': { en: '{name}: the rule needs an id.', id: '{name}: aturan ini memerlukan id.' },
  'boilerplate.emptyPattern': { en: '{name}: the pattern is empty.', id: '{name}: polanya kosong.' },
  'boilerplate.patternTooLong': {
    en: '{name}: the pattern is longer than {max} characters.',
    id: '{name}: polanya lebih panjang dari {max} karakter.',
  },
  'boilerplate.badFlag': {
    en: '{name}: flag "{flag}" is not allowed (use i, m, s or u).',
    id: '{name}: flag "{flag}" tidak diizinkan (gunakan i, m, s, atau u).',
  },
  'boilerplate.badAppliesTo': {
    en: `{name}: "applies to" must be 'whole' or 'start'.`,
    id: `{name}: "yang dicocokkan" harus 'whole' atau 'start'.`,
  },
  'boilerplate.invalidRegex': {
    en: '{name}: the pattern is not a valid regular expression ({detail}).',
    id: '{name}: polanya bukan ekspresi reguler yang sah ({detail}).',
  },
  'boilerplate.nestedRepetition': {
    en: '{name}: "{nested}" repeats something that already repeats; on a long line this can freeze the app. Write it without the nested repetition.',
    id: '{name}: "{nested}" mengulang sesuatu yang sudah berulang; pada baris yang panjang hal ini dapat membuat aplikasi macet. Tulis tanpa pengulangan bersarang.',
  },

  // The command line (electron/cli).
  'cli.noDocuments': {
    en: 'The project has no documents yet; import one first',
    id: 'Proyek ini belum memiliki dokumen; impor dokumen dulu',
  },
} as const satisfies MessageTable;
