/** English: which glossary a row of the glossary manager comes from (the `glossarySource` section of renderer/i18n/en.ts). */
export const glossarySourceStringsEn = {
  glossarySource: {
    own: 'Project glossary',
    shared: 'Shared: {{name}}',
  },
};
