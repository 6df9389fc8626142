import type { glossaryImportStringsEn } from './strings-import-en';

/** Indonesian: the details list under a glossary import's summary (the `glossaryImport` section of renderer/i18n/id.ts). */
export const glossaryImportStringsId: typeof glossaryImportStringsEn = {
  glossaryImport: {
    details_one: 'Rincian: {{count}} entri',
    details_other: 'Rincian: {{count}} entri',
  },
};
