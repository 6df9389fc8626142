/**
 * What an English draft drops or leaves in Indonesian: approximate numbers with a scale word
 * (puluhan juta = tens of millions), codes that begin with a digit (9M723, 2S19, 5G), and
 * Indonesian abbreviations left in the English (Korut, AS, Jabar, Pemprov).
 */
import { quote, say, span, type SegmentCheck } from './context';
import type { RawFinding } from './types';

// ---- numbers.scale-word ---------------------------------------------------------------------

const VAGUE: Readonly<Record<string, [string, number]>> = {
  puluhan: ['tens', 1],
  belasan: ['dozens', 1],
  ratusan: ['hundreds', 2],
  ribuan: ['thousands', 3],
  jutaan: ['millions', 6],
  miliaran: ['billions', 9],
  milyaran: ['billions', 9],
  triliunan: ['trillions', 12],
};
const SCALE_ID: Readonly<Record<string, [string, number]>> = { ribu: ['thousands', 3], juta: ['millions', 6], miliar: ['billions', 9], milyar: ['billions', 9], triliun: ['trillions', 12] };
const SOURCE_VAGUE = /(?<![\p{L}])(puluhan|belasan|ratusan|ribuan|jutaan|miliaran|milyaran|triliunan)(?:\s+(ribu|juta|miliar|milyar|triliun))?(?![\p{L}])/giu;

const EN_VAGUE: Readonly<Record<string, number>> = { tens: 1, dozens: 1, scores: 1, hundreds: 2, thousands: 3, millions: 6, billions: 9, trillions: 12 };
const TARGET_VAGUE = /(?<![\p{L}])(tens|dozens|scores|hundreds|thousands|millions|billions|trillions)(?:\s+of\s+(thousands|millions|billions|trillions))?(?![\p{L}])/giu;

// Cheap first pass (no Unicode classes): most segments have no approximate number at all.
const MAY_HAVE_VAGUE = /(?:puluh|belas|ratus|ribu|juta|miliar|milyar|triliun)an/i;

interface Magnitude {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly power: number;
}

function sourceMagnitudes(text: string): Magnitude[] {
  if (!MAY_HAVE_VAGUE.test(text)) return [];
  return [...text.matchAll(SOURCE_VAGUE)].map((m) => {
    const v = VAGUE[(m[1] ?? '').toLowerCase()] ?? ['', 0];
    const s = m[2] ? (SCALE_ID[m[2].toLowerCase()] ?? ['', 0]) : null;
    return { text: m[0], start: m.index, end: m.index + m[0].length, power: v[1] + (s ? s[1] : 0) };
  });
}

function english(m: Magnitude, source: string): string {
  const lower = source.toLowerCase();
  const [vague, scale] = lower.split(/\s+/);
  const v = VAGUE[vague ?? ''];
  const s = scale ? SCALE_ID[scale] : undefined;
  return s ? `${v?.[0] ?? ''} of ${s[0]}` : (v?.[0] ?? m.text);
}

export const checkScaleWords: SegmentCheck = (ctx) => {
  const src = sourceMagnitudes(ctx.source);
  if (src.length === 0 || ctx.target.trim() === '') return [];
  const tgt: Magnitude[] = [...ctx.target.matchAll(TARGET_VAGUE)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
    power: (EN_VAGUE[(m[1] ?? '').toLowerCase()] ?? 0) + (m[2] ? (EN_VAGUE[m[2].toLowerCase()] ?? 0) : 0),
  }));
  const used = tgt.map(() => false);
  const out: RawFinding[] = [];
  const left: Magnitude[] = [];
  for (const s of src) {
    const j = tgt.findIndex((t, k) => !used[k] && t.power === s.power);
    if (j >= 0) used[j] = true;
    else left.push(s);
  }
  for (const s of left) {
    const expected = english(s, s.text);
    const j = tgt.findIndex((_, k) => !used[k]);
    const t = j >= 0 ? tgt[j] : undefined;
    if (t) used[j] = true;
    out.push({
      checkId: 'numbers.scale-word',
      ...(t
        ? say('scaleWordChanged', { source: quote(s.text), target: quote(t.text), expected: quote(expected) }, `${quote(s.text)} is ${quote(expected)}, but the target has ${quote(t.text)}: correct the order of magnitude.`)
        : say('scaleWordMissing', { source: quote(s.text), expected: quote(expected) }, `${quote(s.text)} (${expected}) is not in the target: write ${quote(expected)}.`)),
      sourceSpans: [span(s.start, s.end)],
      ...(t ? { targetSpans: [span(t.start, t.end)] } : {}),
      details: { source: s.text, expected },
    });
  }
  return out;
};

// ---- preserved.code -------------------------------------------------------------------------

// A code that begins with digits and carries capitals: 9M723, 2S19, 5G, 3D. Units (10 km, 5MW)
// and the Indonesian money scale "Rp 1,2 M" are quantities, which the number check owns.
const DIGIT_CODE = /(?<![\p{L}\p{N}.,/#@-])\d+\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*(?![\p{L}\p{N}])/gu;
const UNITS = new Set(['M', 'T', 'K', 'B', 'KM', 'KG', 'KW', 'MW', 'GW', 'KWH', 'MB', 'GB', 'TB', 'KB', 'CM', 'MM', 'HA', 'WIB', 'WITA', 'WIT', 'RB', 'JT', 'AM', 'PM', 'AD', 'BC', 'ST', 'ND', 'RD', 'TH']);

function isCode(token: string): boolean {
  const letters = token.replace(/[\d-]/g, '');
  return !UNITS.has(letters.toUpperCase()) || /\d\p{L}+\d/u.test(token);
}

export const checkCodes: SegmentCheck = (ctx) => {
  if (!/\d\p{Lu}/u.test(ctx.source) || ctx.target.trim() === '') return [];
  const out: RawFinding[] = [];
  const norm = (s: string) => s.replace(/-/g, '').toUpperCase();
  const inTarget = new Map<string, number>();
  for (const m of ctx.target.matchAll(DIGIT_CODE)) inTarget.set(norm(m[0]), (inTarget.get(norm(m[0])) ?? 0) + 1);
  for (const m of ctx.source.matchAll(DIGIT_CODE)) {
    if (!isCode(m[0])) continue;
    const key = norm(m[0]);
    const n = inTarget.get(key) ?? 0;
    if (n > 0) {
      inTarget.set(key, n - 1);
      continue;
    }
    out.push({
      checkId: 'preserved.code',
      ...say('codeNotCarried', { code: quote(m[0]) }, `The code ${quote(m[0])} is not in the target: copy it exactly.`),
      sourceSpans: [span(m.index, m.index + m[0].length)],
      details: { source: m[0] },
    });
  }
  return out;
};

// ---- words.id-abbreviation ------------------------------------------------------------------

/**
 * Indonesian press abbreviations with their English. Written as the press writes them; matched
 * case-sensitively as whole words, so English "as" or "Ri" never match.
 */
export const ID_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  Korut: ['North Korea', 'North Korean'],
  Korsel: ['South Korea', 'South Korean'],
  AS: ['United States', 'US', 'U.S.', 'American', 'America'],
  RI: ['Indonesia', 'Indonesian', 'Republic of Indonesia'],
  PBB: ['United Nations', 'UN', 'U.N.'],
  UE: ['European Union', 'EU'],
  DK: ['Security Council'],
  KTT: ['summit', 'Summit'],
  Jabar: ['West Java'],
  Jateng: ['Central Java'],
  Jatim: ['East Java'],
  Jakpus: ['Central Jakarta'],
  Jaksel: ['South Jakarta'],
  Jaktim: ['East Jakarta'],
  Jakbar: ['West Jakarta'],
  Jakut: ['North Jakarta'],
  Sumut: ['North Sumatra'],
  Sumbar: ['West Sumatra'],
  Sulsel: ['South Sulawesi'],
  Kaltim: ['East Kalimantan'],
  Kalbar: ['West Kalimantan'],
  Pemprov: ['provincial government', 'Provincial Government', 'provincial administration'],
  Pemkot: ['city government', 'City Government', 'municipal government', 'city administration'],
  Pemkab: ['regency government', 'Regency Government', 'regency administration'],
  Pemda: ['local government', 'regional government', 'Regional Government'],
  DPR: ['House of Representatives', 'parliament', 'Parliament', 'House'],
  DPRD: ['regional legislature', 'Regional Legislative Council', 'council', 'Council', 'legislature'],
  KPK: ['Corruption Eradication Commission', 'anti-graft', 'antigraft'],
  Polri: ['National Police', 'police'],
  Kapolri: ['National Police chief', 'police chief'],
  Menlu: ['Foreign Minister', 'foreign minister'],
  Wamenlu: ['Deputy Foreign Minister', 'deputy foreign minister'],
  Kemlu: ['Foreign Ministry', 'Ministry of Foreign Affairs', 'foreign ministry'],
  Menhan: ['Defence Minister', 'Defense Minister', 'defence minister', 'defense minister'],
  Kemenhan: ['Defence Ministry', 'Defense Ministry', 'Ministry of Defence', 'Ministry of Defense'],
  Pilkada: ['regional election', 'local election'],
  Pilpres: ['presidential election'],
  Pemilu: ['election', 'general election'],
  Bansos: ['social aid', 'social assistance'],
  Parpol: ['political party', 'political parties'],
  Ormas: ['mass organisation', 'mass organization', 'civil society organisation'],
  Puskesmas: ['community health centre', 'community health center', 'health centre', 'health center'],
  Kades: ['village head'],
  Dirjen: ['Director General', 'director general', 'Director-General'],
};

// Capitalised ASCII words, looked up in the list: one cheap pass instead of a big alternation.
const CAPITALISED = /[A-Z][A-Za-z]{1,8}/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const ANY_ABBREVIATION = new RegExp(`\\b(?:${Object.keys(ID_ABBREVIATIONS).join('|')})\\b`);

function mostlyCaps(text: string): boolean {
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  return words.length > 0 && words.filter((w) => w === w.toUpperCase()).length / words.length >= 0.5;
}

export const checkIndonesianAbbreviations: SegmentCheck = (ctx) => {
  const { target } = ctx;
  if (!ANY_ABBREVIATION.test(target)) return [];
  let shouting: boolean | undefined;
  const out: RawFinding[] = [];
  const seen = new Set<string>();
  for (const m of target.matchAll(CAPITALISED)) {
    const abbr = m[0];
    if (!Object.hasOwn(ID_ABBREVIATIONS, abbr) || seen.has(abbr)) continue;
    const before = target[m.index - 1] ?? ' ';
    const after = target[m.index + abbr.length] ?? ' ';
    if (WORD_CHAR.test(before) || before === '.' || before === '-' || WORD_CHAR.test(after) || (after === '-' && WORD_CHAR.test(target[m.index + abbr.length + 1] ?? ' '))) continue;
    seen.add(abbr);
    shouting ??= mostlyCaps(target);
    if (shouting) break;
    const english = ID_ABBREVIATIONS[abbr] ?? [];
    // Kept beside its English ("the House of Representatives (DPR)"), the abbreviation is fine.
    if (english.some((e) => e !== abbr && target.includes(e))) continue;
    out.push({
      checkId: 'words.id-abbreviation',
      ...say('idAbbreviation', { abbr: quote(abbr), english: quote(english[0] ?? '') }, `${quote(abbr)} is an Indonesian abbreviation: write ${quote(english[0] ?? '')} in English.`),
      targetSpans: [span(m.index, m.index + abbr.length)],
      details: { abbreviation: abbr, expected: english },
    });
  }
  return out;
};
