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
  // Sizes: {n} is a number, written in the interface language's style (1.5 / 1,5).
  'size.megabytes': { en: '{n} MB', id: '{n} MB' },
  'size.kilobytes': { en: '{n} KB', id: '{n} KB' },
  'size.bytes': { en: '{n} bytes', id: '{n} bita' },
  // The loopback bridge itself (electron/bridge/server.ts).
  'bridge.requestTooLarge': {
    en: 'The request is too large; files up to {limit} can be imported',
    id: 'Permintaan ini terlalu besar; berkas hingga {limit} dapat diimpor',
  },
  'bridge.notJson': { en: 'The request is not JSON', id: 'Permintaan ini bukan JSON' },
} as const satisfies MessageTable;
