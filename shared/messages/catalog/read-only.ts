/** Messages of a project opened for viewing only (a colleague's folder, a CD, a share without write access). */
import type { MessageTable } from '.';

export const readOnlyMessages = {
  'project.readOnly': {
    en: 'This project is open read-only: its folder cannot be written (a CD, a shared folder without write access, or a colleague\'s files). You can read, search, run QA and export; to edit, copy the project folder to a place you can write and open the copy.',
    id: 'Proyek ini dibuka hanya-baca: foldernya tidak dapat ditulisi (CD, folder bersama tanpa hak tulis, atau berkas rekan). Anda dapat membaca, mencari, menjalankan QA, dan mengekspor; untuk menyunting, salin folder proyek ke tempat yang dapat Anda tulisi lalu buka salinannya.',
  },
} as const satisfies MessageTable;
