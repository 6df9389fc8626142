/**
 * Messages of hostile input and failing disks: a malformed address, a package that unpacks past
 * the limit, a folder that cannot be created, a save or backup that failed.
 */
import type { MessageTable } from '.';

export const safetyMessages = {
  'bridge.badAddress': {
    en: 'The address of this request is malformed: a percent sign (%) must be followed by two hexadecimal digits',
    id: 'Alamat permintaan ini salah bentuk: tanda persen (%) harus diikuti dua digit heksadesimal',
  },
  'csv.strayQuote': {
    en: 'The quote (") on line {line} is closed only on line {closeLine}, with more text after it, so lines {line} to {closeLine} would become one cell; check the quotes on those lines (a quote inside a cell is written "")',
    id: 'Tanda kutip (") di baris {line} baru ditutup di baris {closeLine}, dengan teks lain sesudahnya, sehingga baris {line} sampai {closeLine} akan menjadi satu sel; periksa tanda kutip di baris-baris itu (tanda kutip di dalam sel ditulis "")',
  },
  'document.unpacksPastLimit': {
    en: 'This file unpacks to more than {limit} of text and markup, although its ZIP headers declare {declared}; Tinjau reads {expected} of up to {limit} unpacked and stopped there. Split the document into smaller files, or save it again from its program.',
    id: 'Berkas ini menjadi lebih dari {limit} teks dan markah setelah dibuka, padahal header ZIP-nya menyatakan {declared}; Tinjau membaca {expected} hingga {limit} setelah dibuka dan berhenti di situ. Pecah dokumennya menjadi beberapa berkas yang lebih kecil, atau simpan ulang dari programnya.',
  },
  'storage.failed': {
    en: 'Tinjau could not finish {action}: {reason} ({path}). Everything already shown as saved is safe; only this last action was not done. {advice}',
    id: 'Tinjau tidak dapat menyelesaikan {action}: {reason} ({path}). Semua yang sudah ditampilkan tersimpan tetap aman; hanya tindakan terakhir ini yang tidak dilakukan. {advice}',
  },
  'storage.cannotCreateFolder': {
    en: 'Cannot create the folder {dir}: {reason}. {advice}',
    id: 'Folder {dir} tidak dapat dibuat: {reason}. {advice}',
  },
  'storage.closeFailed': {
    en: 'the change is saved (in the project\'s journal), but finishing the project on close failed: {detail} Tinjau completes it the next time the project opens.',
    id: 'perubahan sudah tersimpan (di jurnal proyek), tetapi penyelesaian proyek saat ditutup gagal: {detail} Tinjau menyelesaikannya saat proyek dibuka lagi.',
  },
  'storage.action.closing': { en: 'writing the snapshot and backup on close', id: 'menulis snapshot dan cadangan saat menutup' },
  'storage.action.generic': { en: 'writing to the disk', id: 'menulis ke disk' },
  'storage.reason.noSpace': { en: 'the disk is full', id: 'disk penuh' },
  'storage.reason.readOnly': { en: 'the disk or folder is read-only', id: 'disk atau foldernya hanya-baca' },
  'storage.reason.denied': { en: 'you do not have permission to write there', id: 'Anda tidak punya izin menulis di sana' },
  'storage.reason.missing': {
    en: 'the folder does not exist or cannot hold files',
    id: 'foldernya tidak ada atau tidak dapat menampung berkas',
  },
  'storage.reason.busy': { en: 'the system has too many files open or the file is in use', id: 'sistem membuka terlalu banyak berkas atau berkasnya sedang dipakai' },
  'storage.reason.other': { en: 'the disk refused the write ({code})', id: 'disk menolak penulisan ({code})' },
  'storage.advice.noSpace': {
    en: 'Free some space on that disk (or choose another), then try again.',
    id: 'Kosongkan sebagian ruang di disk itu (atau pilih disk lain), lalu coba lagi.',
  },
  'storage.advice.readOnly': {
    en: 'Copy the project to a folder you can write to, or open it read-only to view, export and check it.',
    id: 'Salin proyek ke folder yang dapat Anda tulisi, atau buka dalam mode hanya-baca untuk melihat, mengekspor, dan memeriksanya.',
  },
  'storage.advice.denied': {
    en: 'Ask for write access to the folder, or copy the project to a folder of your own.',
    id: 'Mintalah izin menulis ke folder itu, atau salin proyek ke folder Anda sendiri.',
  },
  'storage.advice.missing': {
    en: 'Choose a folder on a normal disk (not a system folder such as /proc).',
    id: 'Pilih folder di disk biasa (bukan folder sistem seperti /proc).',
  },
  'storage.advice.busy': { en: 'Close some programs, then try again.', id: 'Tutup beberapa program, lalu coba lagi.' },
  'storage.advice.other': {
    en: 'Check the disk (is it still connected?), then try again.',
    id: 'Periksa disknya (masih tersambung?), lalu coba lagi.',
  },
} as const satisfies MessageTable;
