/**
 * Abbreviations that end in a full stop without ending the sentence.
 *
 * 'always': the next word belongs to the same sentence whatever its case (titles before names,
 * street and number markers before numbers). 'before-lowercase': the abbreviation may also end a
 * sentence ("... kursi, meja, dll. Kemudian ..."), so it only joins when the next word is lowercase.
 * 'before-number': "No. 5", "Jan. 12", but "He said no. Then ..." ends a sentence.
 */
export type AbbreviationKind = 'always' | 'before-lowercase' | 'before-number';

const ID_ALWAYS = [
  'jl.', 'jln.', 'dr.', 'mr.', 'mrs.', 'ms.', 'prof.', 'h.', 'hj.', 'tgl.', 'ir.', 'drs.', 'dra.', 'kol.',
  'letjen.', 'brigjen.', 'mayjen.', 'jend.', 'a.n.', 'u.p.', 'bpk.', 'sdr.', 'kab.', 'kec.', 'kel.',
  'st.',
];
const ID_BEFORE_NUMBER = ['no.', 'hal.', 'vol.', 'rt.', 'rw.'];
const ID_BEFORE_LOWERCASE = ['dll.', 'dsb.', 'dkk.', 'dst.', 's.h.', 'm.hum.', 's.pd.', 's.e.', 'm.si.', 'ph.d.'];

const EN_ALWAYS = [
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'st.', 'sen.', 'rep.', 'gov.', 'gen.', 'col.', 'lt.', 'sgt.',
  'capt.',
];
const EN_BEFORE_NUMBER = [
  'no.', 'vol.', 'p.', 'pp.', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.',
  'oct.', 'nov.', 'dec.',
];
const EN_BEFORE_LOWERCASE = ['u.s.', 'u.k.', 'u.n.', 'e.g.', 'i.e.', 'etc.', 'vs.', 'inc.', 'ltd.', 'co.', 'jr.', 'sr.'];

function table(
  always: readonly string[],
  beforeLowercase: readonly string[],
  beforeNumber: readonly string[],
): ReadonlyMap<string, AbbreviationKind> {
  const map = new Map<string, AbbreviationKind>();
  for (const a of beforeNumber) map.set(a, 'before-number');
  for (const a of beforeLowercase) map.set(a, 'before-lowercase');
  for (const a of always) map.set(a, 'always');
  return map;
}

export const ABBREVIATIONS: Readonly<Record<'id' | 'en', ReadonlyMap<string, AbbreviationKind>>> = {
  id: table(ID_ALWAYS, ID_BEFORE_LOWERCASE, ID_BEFORE_NUMBER),
  en: table(EN_ALWAYS, EN_BEFORE_LOWERCASE, EN_BEFORE_NUMBER),
};

/** The abbreviation a text ends with ("... di Jl." → 'always'), or null. */
export function trailingAbbreviation(text: string, lang: 'id' | 'en'): AbbreviationKind | null {
  const match = /([\p{L}.]+)$/u.exec(text.trimEnd());
  if (!match?.[1]) return null;
  const token = match[1].toLowerCase();
  const table = ABBREVIATIONS[lang];
  // "S.H." ends "Budi, S.H." but the token match also catches "Budi.S.H." glued text; try suffixes.
  for (let start = 0; start < token.length; start++) {
    if (start > 0 && token[start - 1] !== '.') continue;
    const kind = table.get(token.slice(start));
    if (kind) return kind;
  }
  return null;
}
