import type { editorStringsEn } from './strings-en';

/** Indonesian tooltips of the segment actions: the `actionHints` section of renderer/i18n/id.ts. */
export const editorStringsId: typeof editorStringsEn = {
  actionHints: {
    exclude: 'Biarkan paragraf ini tidak diterjemahkan (boilerplate situs, keterangan foto): tetap ada di berkas tetapi tidak ditinjau',
    include: 'Tinjau dan terjemahkan paragraf ini lagi',
    join: 'Gabungkan segmen ini dengan segmen berikutnya menjadi satu',
    shiftUp: 'Draf ini diawali teks paragraf sebelumnya: pindahkan paragraf draf pertamanya ke segmen sebelumnya',
    shiftDown: 'Draf ini diakhiri teks paragraf berikutnya: pindahkan paragraf draf terakhirnya ke segmen berikutnya',
    noDraft: 'Berkas draf tidak memuat terjemahan paragraf ini: biarkan tanpa draf',
    mergeNext: 'Paragraf ini dan berikutnya diterjemahkan bersama: pasangkan keduanya dengan satu draf',
    splitPair: 'Pasangkan paragraf ini lagi dengan drafnya sendiri, terpisah dari paragraf sebelumnya',
    undoPair: 'Batalkan koreksi pemasangan terakhir',
  },
  alignmentMenu: {
    more: 'Pemasangan lain',
    hint: 'Koreksi pemasangan yang lebih jarang: tanpa draf, pasangkan dengan berikutnya, lepas pasangan, batalkan pemasangan',
  },
};
