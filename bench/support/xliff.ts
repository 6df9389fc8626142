/** A large XLIFF 1.2 built in memory, as benches import it (groups, g/x codes, targets, notes). */
const SENTENCES = [
  'Pemerintah desa membangun <g id="1" ctype="bold">jembatan baru</g> di atas sungai.',
  'Warga diminta <x id="2"/>membawa kartu identitas saat pemungutan suara.',
  'Harga beras naik &amp; pasokan dari petani berkurang selama musim kemarau.',
  'Sekolah dasar itu menerima bantuan buku dari perpustakaan daerah.',
];

export function buildXliff(units: number): string {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n',
    '<file original="besar.docx" source-language="id-ID" target-language="en-US" datatype="plaintext"><body>\n',
  ];
  for (let i = 0; i < units; i++) {
    if (i % 50 === 0) parts.push(`${i > 0 ? '</group>\n' : ''}<group id="g${i / 50}">\n`);
    const source = SENTENCES[i % SENTENCES.length] ?? '';
    const target = i % 3 === 0 ? '' : `<target state="translated">Translation ${i} of <g id="1" ctype="bold">the unit</g>.</target>`;
    const note = i % 10 === 0 ? `<note>Catatan ${i}</note>` : '';
    parts.push(`  <trans-unit id="u${i}" xml:space="preserve">\n    <source>${source} (${i})</source>\n    ${target}${note}\n  </trans-unit>\n`);
  }
  parts.push('</group>\n</body></file>\n</xliff>\n');
  return parts.join('');
}

