import type { MessageTable } from '.';

/** Applying the boilerplate rules to documents already imported, and undoing that. */
export const boilerplateApplyMessages = {
  'rulesApply.noBatch': {
    en: 'There is nothing to undo: no application of the boilerplate rules with the id {batch} is in this project.',
    id: 'Tidak ada yang bisa dibatalkan: tidak ada penerapan aturan boilerplate dengan id {batch} di proyek ini.',
  },
  'rulesApply.noDocument': {
    en: 'No document named {name} is in this project. Its documents: {names}',
    id: 'Tidak ada dokumen bernama {name} di proyek ini. Dokumennya: {names}',
  },
} as const satisfies MessageTable;
