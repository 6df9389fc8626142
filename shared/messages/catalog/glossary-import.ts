import type { MessageTable } from '.';

/** What a TBX import ran into, summarised: counts by reason with the first few entries. */
export const glossaryImportMessages = {
  /** `languages`: the language codes the file does hold ("de, en, fr"); `count`: its entries. */
  'glossaryImport.noIndonesian': {
    en: 'The file holds no Indonesian terms: its {count} entries are in {languages}. Tinjau imports Indonesian→English glossaries; export one with Indonesian (id) terms and import it again.',
    id: 'Berkas ini tidak memuat istilah bahasa Indonesia: {count} entrinya dalam bahasa {languages}. Tinjau mengimpor glosarium Indonesia→Inggris; ekspor glosarium yang memuat istilah bahasa Indonesia (id) lalu impor lagi.',
  },
  /** `examples`: the first few entry ids; `language`: the code of the missing language. */
  'glossaryImport.skippedNoTerm': {
    en: '{count} entries skipped because they have no {language} term (e.g. {examples})',
    id: '{count} entri dilewati karena tidak memiliki istilah {language} (mis. {examples})',
  },
  'glossaryImport.duplicateIds': {
    en: '{count} entries had an id used before and were given a new one (e.g. {examples})',
    id: '{count} entri memiliki id yang sudah dipakai dan diberi id baru (mis. {examples})',
  },
} as const satisfies MessageTable;
