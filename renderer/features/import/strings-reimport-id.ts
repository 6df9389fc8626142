import type { reimportStringsEn } from './strings-reimport-en';

/** Indonesian: asking what to do with a file already in the project (the `reimport` section of renderer/i18n/id.ts). */
export const reimportStringsId: typeof reimportStringsEn = {
  reimport: {
    title: '{{name}} sudah ada di proyek ini',
    explain: 'Ganti: segmen yang teks Indonesianya tidak berubah tetap dengan status, suntingan, dan komentarnya; segmen yang berubah dan baru masuk sebagai baru; segmen yang hilang dihapus, riwayatnya tetap disimpan. Atau tambahkan di samping yang sudah ada.',
    replace: 'Ganti, pertahankan tinjauan',
    copy: 'Tambahkan sebagai salinan ({{copy}})',
    cancel: 'Jangan impor',
  },
};
