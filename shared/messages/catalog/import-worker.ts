/** Messages of imports run in a worker thread (electron/services/import/run-in-worker.ts). */
import type { MessageTable } from '.';

export const importWorkerMessages = {
  'import.outOfMemory': {
    en: '{name} needs more than the {limit} MB of memory an import may take, so it was stopped; the project is as it was. Split the file into smaller files and import them one by one.',
    id: '{name} memerlukan lebih dari {limit} MB memori yang boleh dipakai satu impor, jadi impor dihentikan; proyek tetap seperti semula. Pecah berkas menjadi beberapa berkas yang lebih kecil lalu impor satu per satu.',
  },
  'import.workerFailed': {
    en: 'Tinjau could not finish importing {name} ({detail}); the project is as it was. Try again; if it happens again, restart Tinjau.',
    id: 'Tinjau tidak dapat menyelesaikan impor {name} ({detail}); proyek tetap seperti semula. Coba lagi; jika terjadi lagi, mulai ulang Tinjau.',
  },
} as const satisfies MessageTable;
