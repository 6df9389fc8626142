/** Team projects on a git remote: linking, cloning, syncing, conflicts. */
import type { MessageTable } from '.';

export const teamMessages = {
  'team.notLinked': {
    en: 'The project {dir} is not linked to a team remote. Link it first (Team → Link to a remote, or `tinjau team clone`).',
    id: 'Proyek {dir} belum ditautkan ke remote tim. Tautkan dulu (Tim → Tautkan ke remote, atau `tinjau team clone`).',
  },
  'team.badUrl': {
    en: 'Not a remote address: "{url}". Use an https:// address of a git repository or the path of a folder.',
    id: 'Bukan alamat remote: "{url}". Gunakan alamat https:// repositori git atau jalur sebuah folder.',
  },
  'team.authFailed': {
    en: 'The remote {url} refused the sign-in ({detail}). Check the access token (it must be allowed to read and write the repository). Nothing was lost; your changes sync once it works.',
    id: 'Remote {url} menolak masuk ({detail}). Periksa token aksesnya (harus boleh membaca dan menulis repositori). Tidak ada yang hilang; perubahan Anda disinkronkan setelah berhasil.',
  },
  'team.offline': {
    en: 'Cannot reach {url} ({detail}). You are working offline: every change is kept here and syncs when the remote can be reached again.',
    id: 'Tidak dapat menghubungi {url} ({detail}). Anda bekerja luring: setiap perubahan disimpan di sini dan disinkronkan saat remote dapat dihubungi lagi.',
  },
  'team.notTinjau': {
    en: 'The remote {url} holds a git repository that is not a Tinjau team project (it has no tinjau-team.json). Use an empty repository, or one a Tinjau project was linked to.',
    id: 'Remote {url} berisi repositori git yang bukan proyek tim Tinjau (tidak ada tinjau-team.json). Gunakan repositori kosong, atau repositori yang sudah ditautkan ke proyek Tinjau.',
  },
  'team.otherProject': {
    en: 'The remote {url} holds another Tinjau project ("{name}"). Clone it into a new folder instead of linking this project to it.',
    id: 'Remote {url} berisi proyek Tinjau lain ("{name}"). Klon ke folder baru alih-alih menautkan proyek ini ke sana.',
  },
  'team.diverged': {
    en: "The history on {url} no longer contains the version this copy last synced (it was rewritten or replaced). Nothing was merged and nothing is lost here. Ask whoever rewrote it to restore it, or clone the remote into a new folder.",
    id: 'Riwayat di {url} tidak lagi memuat versi yang terakhir disinkronkan salinan ini (ditulis ulang atau diganti). Tidak ada yang digabung dan tidak ada yang hilang di sini. Minta yang menulis ulang untuk memulihkannya, atau klon remote ke folder baru.',
  },
  'team.emptyRemote': {
    en: 'The remote {url} is empty: there is no project to clone. Link an existing project to it first.',
    id: 'Remote {url} kosong: tidak ada proyek untuk diklon. Tautkan proyek yang ada ke remote itu dulu.',
  },
  'team.busyRemote': {
    en: 'The remote {url} kept changing while this copy synced ({attempts} tries). Nothing was lost; sync again in a moment.',
    id: 'Remote {url} terus berubah selama sinkronisasi ({attempts} kali dicoba). Tidak ada yang hilang; sinkronkan lagi sebentar lagi.',
  },
  'team.remoteError': {
    en: 'The remote {url} answered with an error: {detail}. Nothing was lost; sync again later.',
    id: 'Remote {url} menjawab dengan galat: {detail}. Tidak ada yang hilang; sinkronkan lagi nanti.',
  },
  'team.cancelled': {
    en: 'Sync cancelled. Nothing was lost; what was not sent yet goes with the next sync.',
    id: 'Sinkronisasi dibatalkan. Tidak ada yang hilang; yang belum terkirim ikut sinkronisasi berikutnya.',
  },
  'team.cloneTargetExists': {
    en: 'The folder {dir} already holds a project; clone into a new folder.',
    id: 'Folder {dir} sudah berisi proyek; klon ke folder baru.',
  },
  'team.noConflict': {
    en: 'Segment {id} has no conflict to resolve (someone may have resolved it already).',
    id: 'Segmen {id} tidak punya konflik untuk diselesaikan (mungkin sudah diselesaikan orang lain).',
  },
  'team.badRange': {
    en: 'Segments {from}–{to} are not a range of the document "{name}" (it has {count} segments).',
    id: 'Segmen {from}–{to} bukan rentang dokumen "{name}" (dokumen itu punya {count} segmen).',
  },
} as const satisfies MessageTable;
