/** Strings of the first-start question (who is reviewing), the `firstStart` section of the UI strings. */
export const firstStartStringsEn = {
  title: 'Who is reviewing?',
  intro: 'Tinjau puts your name on every edit, comment and glossary change, so colleagues and clients can see who did what. You can change it later in Settings.',
  name: 'Your name',
  initials: 'Initials',
  role: 'Your role',
  roleHint: 'A second reviewer’s confirmation approves a segment; the other roles mark it reviewed.',
  start: 'Start reviewing',
  saving: 'Saving…',
};

export const firstStartStringsId: typeof firstStartStringsEn = {
  title: 'Siapa yang meninjau?',
  intro: 'Tinjau mencantumkan nama Anda pada setiap suntingan, komentar, dan perubahan glosarium, agar rekan dan klien tahu siapa mengerjakan apa. Nama dapat diubah nanti di Pengaturan.',
  name: 'Nama Anda',
  initials: 'Inisial',
  role: 'Peran Anda',
  roleHint: 'Konfirmasi peninjau kedua menyetujui segmen; peran lain menandainya sudah ditinjau.',
  start: 'Mulai meninjau',
  saving: 'Menyimpan…',
};
