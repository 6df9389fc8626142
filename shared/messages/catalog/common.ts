/** Messages of the API layer itself: calls, input validation, locks, jobs. */
import type { MessageTable } from '.';

export const commonMessages = {
  'api.unknownCall': { en: 'Unknown call {channel}', id: 'Panggilan tidak dikenal: {channel}' },
  'api.invalidInput': { en: 'Invalid input for {channel}: {detail}', id: 'Masukan tidak sah untuk {channel}: {detail}' },
  'api.internal': { en: 'Something went wrong in {channel}: {detail}', id: 'Terjadi kesalahan di {channel}: {detail}' },
  'api.pdfDesktopOnly': {
    en: 'PDF reports are made by the desktop app. Here, export the HTML report and print it to PDF from the browser.',
    id: 'Laporan PDF dibuat oleh aplikasi desktop. Di sini, ekspor laporan HTML lalu cetak ke PDF dari peramban.',
  },
  'api.folderPickerDesktopOnly': {
    en: 'Type the folder path; the folder picker is part of the desktop app.',
    id: 'Ketik jalur foldernya; pemilih folder hanya ada di aplikasi desktop.',
  },
  'job.alreadyRunning': { en: 'A job with the id {jobId} is already running', id: 'Tugas dengan id {jobId} sudah berjalan' },
  'client.disconnected': {
    en: 'Tinjau is not running any more (the connection to its service was lost). Start it again with `npm run web`.',
    id: 'Tinjau sudah tidak berjalan (sambungan ke layanannya terputus). Jalankan lagi dengan `npm run web`.',
  },
  'client.badToken': {
    en: 'The access token is missing or wrong; open the address `npm run web` printed.',
    id: 'Token akses tidak ada atau salah; buka alamat yang dicetak oleh `npm run web`.',
  },
  'client.badReply': { en: "Unexpected reply from Tinjau's service (HTTP {status})", id: 'Balasan tak terduga dari layanan Tinjau (HTTP {status})' },
  'at.place': { en: '{problem} ({where})', id: '{problem} ({where})' },
} as const satisfies MessageTable;
