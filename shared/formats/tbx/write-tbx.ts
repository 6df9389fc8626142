/**
 * TBX writer: TBX-Basic as v2 (`martif`, for older CAT tools) or v3 (DCA style, ISO 30042:2019).
 * One concept per live entry; Indonesian and English terms with part of speech and status.
 * Tinjau's own fields use private data categories (`x-tinjau-…`, which other tools skip): the
 * entry's case sensitivity as an admin, and the forms its Indonesian terms match (exact,
 * inflected, derived) as a termNote on each Indonesian term.
 */
import type { GlossaryEntry, TermStatus } from '../../glossary/model';
import { escapeXml as esc } from './xml-tree';

export interface TbxWriteOptions {
  readonly version: 'v2' | 'v3';
  readonly sourceLang?: string;
  readonly targetLang?: string;
  /** Title written in the header. */
  readonly title?: string;
}

const STATUS: Readonly<Record<TermStatus, string>> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  forbidden: 'deprecatedTerm-admn-sts',
};

function term(text: string, pos: string | undefined, status: TermStatus | undefined, note: string | undefined, v: 'v2' | 'v3', pad: string, forms?: string): string {
  const tag = v === 'v2' ? 'tig' : 'termSec';
  const lines = [`${pad}<${tag}>`, `${pad}  <term>${esc(text)}</term>`];
  if (pos) lines.push(`${pad}  <termNote type="partOfSpeech">${esc(pos)}</termNote>`);
  if (forms) lines.push(`${pad}  <termNote type="x-tinjau-forms">${esc(forms)}</termNote>`);
  if (status) lines.push(`${pad}  <termNote type="administrativeStatus">${STATUS[status]}</termNote>`);
  if (note) lines.push(`${pad}  <note>${esc(note)}</note>`);
  lines.push(`${pad}</${tag}>`);
  return lines.join('\n');
}

function transac(kind: 'origination' | 'modification', date: string, author: string | undefined, pad: string): string {
  return [
    `${pad}<transacGrp>`,
    `${pad}  <transac type="transactionType">${kind}</transac>`,
    ...(author ? [`${pad}  <transacNote type="responsibility">${esc(author)}</transacNote>`] : []),
    `${pad}  <date>${esc(date)}</date>`,
    `${pad}</transacGrp>`,
  ].join('\n');
}

/** Writes live entries (tombstones are left out) as a TBX-Basic file. */
export function writeTbx(entries: readonly GlossaryEntry[], options: TbxWriteOptions): string {
  const v = options.version;
  const src = options.sourceLang ?? 'id';
  const tgt = options.targetLang ?? 'en';
  const concept = v === 'v2' ? 'termEntry' : 'conceptEntry';
  const langTag = v === 'v2' ? 'langSet' : 'langSec';
  const body: string[] = [];
  for (const e of entries) {
    if (e.deleted) continue;
    const p = '      ';
    const lines = [`${p}<${concept} id="${esc(e.id)}">`];
    if (e.domain) lines.push(`${p}  <descrip type="subjectField">${esc(e.domain)}</descrip>`);
    if (e.caseSensitive) lines.push(`${p}  <admin type="x-tinjau-caseSensitive">true</admin>`);
    if (e.note) lines.push(`${p}  <note>${esc(e.note)}</note>`);
    lines.push(transac('origination', e.createdAt, e.author, `${p}  `));
    if (e.updatedAt !== e.createdAt) lines.push(transac('modification', e.updatedAt, e.author, `${p}  `));
    lines.push(`${p}  <${langTag} xml:lang="${esc(src)}">`);
    for (const s of e.sourceTerms) lines.push(term(s, e.pos, undefined, undefined, v, `${p}    `, e.morphology));
    lines.push(`${p}  </${langTag}>`, `${p}  <${langTag} xml:lang="${esc(tgt)}">`);
    for (const t of e.targets) lines.push(term(t.text, e.pos, t.status, t.note, v, `${p}    `));
    lines.push(`${p}  </${langTag}>`, `${p}</${concept}>`);
    body.push(lines.join('\n'));
  }
  const title = esc(options.title ?? 'Tinjau glossary');
  const head =
    v === 'v2'
      ? `<martif type="TBX-Basic" xml:lang="${esc(tgt)}">\n  <martifHeader>\n    <fileDesc>\n      <titleStmt><title>${title}</title></titleStmt>\n      <sourceDesc><p>Exported by Tinjau</p></sourceDesc>\n    </fileDesc>\n  </martifHeader>`
      : `<tbx type="TBX-Basic" style="dca" xml:lang="${esc(tgt)}" xmlns="urn:iso:std:iso:30042:ed-2">\n  <tbxHeader>\n    <fileDesc>\n      <titleStmt><title>${title}</title></titleStmt>\n      <sourceDesc><p>Exported by Tinjau</p></sourceDesc>\n    </fileDesc>\n  </tbxHeader>`;
  const close = v === 'v2' ? '</martif>' : '</tbx>';
  return `<?xml version="1.0" encoding="UTF-8"?>\n${head}\n  <text>\n    <body>\n${body.join('\n')}\n    </body>\n  </text>\n${close}\n`;
}
