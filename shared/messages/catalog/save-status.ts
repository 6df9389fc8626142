/** Messages of writes done in the background (electron/services/save-status.ts). */
import type { MessageTable } from '.';

export const saveStatusMessages = {
  'save.backgroundFailed': {
    en: 'Tinjau could not write the project’s files in the background: {reason} ({path}). Your changes so far are kept in the project’s journal and are safe, but the project is not fully saved; Tinjau keeps trying. {advice}',
    id: 'Tinjau tidak dapat menulis berkas proyek di latar belakang: {reason} ({path}). Perubahan Anda sejauh ini tersimpan di jurnal proyek dan aman, tetapi proyek belum tersimpan sepenuhnya; Tinjau terus mencoba. {advice}',
  },
  'save.backgroundFailedOther': {
    en: 'Tinjau could not write the project’s files in the background ({detail}). Your changes so far are kept in the project’s journal and are safe; Tinjau keeps trying. If this stays, close and reopen the project.',
    id: 'Tinjau tidak dapat menulis berkas proyek di latar belakang ({detail}). Perubahan Anda sejauh ini tersimpan di jurnal proyek dan aman; Tinjau terus mencoba. Jika tetap begini, tutup lalu buka kembali proyeknya.',
  },
} as const satisfies MessageTable;
