/** English: the details list under a glossary import's summary (the `glossaryImport` section of renderer/i18n/en.ts). */
export const glossaryImportStringsEn = {
  glossaryImport: {
    details_one: 'Details: {{count}} entry',
    details_other: 'Details: {{count}} entries',
  },
};
