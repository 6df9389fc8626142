import type { MessageTable } from './index';

/** The project's content-addressed files (`blobs/`): originals and per-document shards. */
export const storageMessages = {
  'storage.blobRestored': {
    en: 'A part of the project ({file}) was damaged and has been restored from its backup copy; nothing was lost. The damaged file is kept as {kept}.',
    id: 'Sebagian proyek ({file}) rusak dan telah dipulihkan dari salinan cadangannya; tidak ada yang hilang. Berkas yang rusak disimpan sebagai {kept}.',
  },
  'storage.blobLost': {
    en: 'A part of the project ({file}) is damaged or missing, and so is its backup copy ({backup}): {reason}. Restore the project folder from your own backup, or ask for help with the files named here.',
    id: 'Sebagian proyek ({file}) rusak atau hilang, begitu pula salinan cadangannya ({backup}): {reason}. Pulihkan folder proyek dari cadangan Anda sendiri, atau mintalah bantuan dengan berkas-berkas yang disebut di sini.',
  },
  'storage.blobMismatch': {
    en: 'its content does not match its name (checksum)',
    id: 'isinya tidak cocok dengan namanya (checksum)',
  },
  'storage.shardNotDocument': {
    en: 'it does not hold document {id}',
    id: 'berkas ini tidak berisi dokumen {id}',
  },
  'storage.chunkNotIndexed': {
    en: 'its segments are not the ones the index of document {id} lists for it',
    id: 'segmennya bukan segmen yang tercantum untuknya dalam indeks dokumen {id}',
  },
} as const satisfies MessageTable;
