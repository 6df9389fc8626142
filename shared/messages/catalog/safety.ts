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
} as const satisfies MessageTable;
