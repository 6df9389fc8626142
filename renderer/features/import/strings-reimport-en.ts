/** English: asking what to do with a file already in the project (the `reimport` section of renderer/i18n/en.ts). */
export const reimportStringsEn = {
  reimport: {
    title: '{{name}} is already in this project',
    explain: 'Replace it: segments whose Indonesian is unchanged keep their status, edits and comments; changed and new ones come in fresh; removed ones go, their history kept. Or add it next to the one there.',
    replace: 'Replace, keeping the review',
    copy: 'Add as a copy ({{copy}})',
    cancel: 'Do not import',
  },
};
