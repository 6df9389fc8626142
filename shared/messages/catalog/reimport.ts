import type { MessageTable } from '.';

/** Importing a file whose name is already in the project. */
export const reimportMessages = {
  'reimport.exists': {
    en: '{name} is already in this project. Choose replace (keeps the review of the segments whose Indonesian is unchanged), copy (adds it as "{copy}") or cancel; on the command line: --on-existing replace|copy|cancel',
    id: '{name} sudah ada di proyek ini. Pilih ganti (tinjauan segmen yang teks Indonesianya tidak berubah tetap ada), salinan (ditambahkan sebagai "{copy}"), atau batal; di baris perintah: --on-existing replace|copy|cancel',
  },
  'reimport.cancelled': {
    en: '{name} was not imported: it is already in this project, which is as it was.',
    id: '{name} tidak diimpor: berkas itu sudah ada di proyek ini, dan proyek tetap seperti semula.',
  },
  /** Said after a replace: how many segments kept their review, came in new, and went. */
  'reimport.replaced': {
    en: '{name} replaced: {kept} segments kept their review, {fresh} are new or changed, {removed} removed (their history is kept)',
    id: '{name} diganti: {kept} segmen tetap dengan tinjauannya, {fresh} baru atau berubah, {removed} dihapus (riwayatnya tetap disimpan)',
  },
} as const satisfies MessageTable;
