/** The file formats Tinjau reads and writes: plain lists, importable without the API's schemas. */

/** Bilingual files for other tools, the clean English document, and the review report. */
export const exportFormats = ['txt', 'csv', 'xliff12', 'xliff20', 'tmx', 'docx-bilingual', 'xlsx', 'md', 'docx', 'html', 'report'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const paragraphModes = ['auto', 'blank-line', 'line'] as const;

/** Every file type Tinjau imports (the services check they have a reader for each). */
export const IMPORT_EXTENSIONS = [
  '.txt', '.text', '.md', '.markdown', '.html', '.htm', '.docx',
  '.xlf', '.xliff', '.sdlxliff', '.mqxliff', '.mxliff', '.tmx', '.csv', '.tsv', '.xlsx',
] as const;

export const glossaryExportFormats = ['tbx', 'tbx-v3', 'csv', 'xlsx'] as const;
