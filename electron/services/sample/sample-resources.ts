/**
 * The glossary and translation memory the sample project starts with, so a newcomer sees terms
 * highlighted in the Indonesian, the term panel, a term QA finding and a fuzzy TM match on the
 * first screen. Added through the glossary and TM services, like a reviewer's own entries.
 */
import type { ChannelArgs } from '../../../shared/api/contract';
import { escapeText } from '../../../shared/xml/escape';
import type { GlossaryService } from '../glossary/glossary-service';
import type { TmService } from '../tm/tm-service';

type SampleEntry = ChannelArgs<'glossary:save'>['fields'];

const preferred = (text: string) => ({ text, status: 'preferred' as const });

/** Terms that occur in the sample report, in the forms it uses (menyiapkan, dibersihkan, mengungsi). */
export const SAMPLE_GLOSSARY: readonly SampleEntry[] = [
  { sourceTerms: ['banjir'], targets: [preferred('flood')], pos: 'noun', caseSensitive: false },
  { sourceTerms: ['anggaran'], targets: [preferred('budget')], pos: 'noun', caseSensitive: false },
  { sourceTerms: ['saluran air'], targets: [preferred('drainage channel')], pos: 'noun', caseSensitive: false },
  {
    sourceTerms: ['kelurahan'],
    targets: [
      preferred('urban village'),
      { text: 'sub-district', status: 'forbidden', note: 'A sub-district is a kecamatan, one level above the kelurahan' },
    ],
    pos: 'noun',
    note: 'The lowest tier of city administration, headed by a lurah',
    caseSensitive: false,
  },
  { sourceTerms: ['Wali Kota'], targets: [preferred('mayor')], pos: 'noun', caseSensitive: false },
  {
    sourceTerms: ['BPBD', 'Badan Penanggulangan Bencana Daerah'],
    targets: [
      preferred('Regional Disaster Management Agency'),
      { text: 'BPBD', status: 'admitted', note: 'In brackets after the full name, and on later mentions' },
    ],
    pos: 'noun',
    note: 'Spell it out on first mention, with the abbreviation BPBD in brackets',
    caseSensitive: true,
  },
  { sourceTerms: ['mengungsi'], targets: [preferred('evacuate')], pos: 'verb', caseSensitive: false },
  { sourceTerms: ['menyiapkan'], targets: [preferred('prepare')], pos: 'verb', caseSensitive: false },
  { sourceTerms: ['membersihkan'], targets: [preferred('clean')], pos: 'verb', caseSensitive: false },
];

/** Units close to, not equal to, sentences of the sample, so the TM panel shows fuzzy matches. */
export const SAMPLE_TM: readonly { readonly source: string; readonly target: string }[] = [
  {
    source: 'Sensor tersebut akan mengirimkan peringatan dini melalui pesan singkat kepada warga yang tinggal di dekat sungai.',
    target: 'The sensors will send early warnings by text message to residents who live near the river.',
  },
  {
    source: 'Menurut data BPBD, banjir pada akhir tahun lalu merendam 1.200 rumah.',
    target: 'According to BPBD data, the flood at the end of last year submerged 1,200 houses.',
  },
];

export const SAMPLE_TM_FILE = 'contoh-memori.tmx';

/** The sample TM as a TMX 1.4 file, read by the same import a reviewer's TMX goes through. */
export function sampleTmx(): string {
  const units = SAMPLE_TM.map(
    (u) => `    <tu>\n      <tuv xml:lang="id"><seg>${escapeText(u.source)}</seg></tuv>\n      <tuv xml:lang="en"><seg>${escapeText(u.target)}</seg></tuv>\n    </tu>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    '  <header creationtool="Tinjau" creationtoolversion="1" segtype="sentence" o-tmf="Tinjau" adminlang="en" srclang="id" datatype="plaintext"/>',
    '  <body>',
    ...units,
    '  </body>',
    '</tmx>',
    '',
  ].join('\n');
}

/** Fills the sample project's own glossary and TM. */
export async function seedSampleResources(projectPath: string, glossary: GlossaryService, tm: TmService): Promise<void> {
  for (const fields of SAMPLE_GLOSSARY) await glossary.save({ project: projectPath, fields });
  await tm.import({ project: projectPath, file: { name: SAMPLE_TM_FILE, base64: Buffer.from(sampleTmx()).toString('base64') } });
}
