/**
 * Messages of hostile input and failing disks: a malformed address, a package that unpacks past
 * the limit, a folder that cannot be created, a save or backup that failed.
 */
import type { MessageTable } from '.';

export const safetyMessages = {
  'bridge.badAddress': {
    en: 'The address of this request is malformed: a percent sign (%) must be followed by two hexadecimal digits',
    id: 'Alamat permintaan ini salah bentuk: tanda persen (%) harus diikuti dua digit heksadesimal',
  },
  'csv.strayQuote': {
    en: 'The quote (") on line {line} is closed only on line {closeLine}, with more text after it, so lines {line} to {closeLine} would become one cell; check the quotes on those lines (a quote inside a cell is written "")',
    id: 'Tanda kutip (") di baris {line} baru ditutup di baris {closeLine}, dengan teks lain sesudahnya, sehingga baris {line} sampai {closeLine} akan menjadi satu sel; periksa tanda kutip di baris-baris itu (tanda kutip di dalam sel ditulis "")',
  },
} as const satisfies MessageTable;
