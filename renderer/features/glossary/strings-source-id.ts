import type { glossarySourceStringsEn } from './strings-source-en';

/** Indonesian: which glossary a row of the glossary manager comes from (the `glossarySource` section of renderer/i18n/id.ts). */
export const glossarySourceStringsId: typeof glossarySourceStringsEn = {
  glossarySource: {
    own: 'Glosarium proyek',
    shared: 'Bersama: {{name}}',
  },
};
