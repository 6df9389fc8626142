/**
 * Indonesian stemmer in the Nazief–Adriani / Enhanced Confix Stripping (ECS) tradition.
 *
 * Affixes come off in the order Indonesian puts them on: particle (-lah, -kah, -tah, -pun),
 * possessive (-ku, -mu, -nya), derivational suffix (-kan, -an, -i), then up to three
 * prefixes with nasal assimilation undone ("recoding": menulis → tulis, memakai → pakai).
 * The dictionary is consulted after every step and the shallowest analysis that yields a
 * known root wins, which is ECS's backtracking expressed as a breadth-first search. A word
 * with no known root is returned unchanged (lower-cased), as Nazief–Adriani does.
 */
import { loadRootSet, rootFlags } from './roots';
import { isReduplication } from './tokenizer';

/** Canonical prefix names, as a linguist writes them (meN- covers mem-/men-/meng-/meny-). */
export type IdPrefix = 'di' | 'ke' | 'se' | 'ber' | 'ter' | 'meN' | 'peN' | 'per' | 'pe' | 'memper' | 'ku' | 'kau';
/**
 * -isasi, -isme, -is, -wan and -wati are loan suffixes (finalisasi, idealisme, budayawan),
 * tried only when nothing native explains the word.
 */
export type IdSuffix = 'kan' | 'an' | 'i' | 'isasi' | 'isme' | 'is' | 'wan' | 'wati';

export interface StemResult {
  /** The root, lower case; the word itself when no root was found. */
  readonly root: string;
  /** What came off, outermost first, e.g. ["-kan", "meN-"]; empty when nothing did. */
  readonly steps: readonly string[];
  /** True when `root` is in the dictionary (or the word is a known root itself). */
  readonly known: boolean;
  readonly prefixes: readonly IdPrefix[];
  readonly suffix: IdSuffix | null;
  /** Particles and possessives removed (-lah, -nya ...). */
  readonly clitics: readonly string[];
  readonly reduplicated: boolean;
  /** An infix or a reduplicated first syllable that came off (kinerja: "in", rerata: "re"). */
  readonly infix?: string;
}

export interface Stemmer {
  stem(word: string): StemResult;
  /** "melanggar → langgar", or just the word when it is its own root. */
  explain(word: string): string;
  readonly dictionary: ReadonlySet<string>;
}

const PARTICLES = ['lah', 'kah', 'tah', 'pun'];
const POSSESSIVES = ['nya', 'ku', 'mu'];
const SUFFIXES: readonly IdSuffix[] = ['kan', 'an', 'i'];
// ECS: combinations of first prefix and suffix that Indonesian does not form.
const DISALLOWED: Readonly<Record<string, readonly IdSuffix[]>> = {
  ber: ['i'],
  di: ['an'],
  ke: ['i', 'kan'],
  meN: ['an'],
  se: ['i', 'kan'],
  ter: ['an'],
};
const VOWEL = /^[aeiou]/;
const ASCII_LOWER = /^[a-z-]*$/;
const MIN_ROOT = 2;

interface State {
  readonly word: string;
  readonly steps: readonly string[];
  readonly prefixes: readonly IdPrefix[];
  readonly suffix: IdSuffix | null;
  readonly clitics: readonly string[];
  /** 0 nothing removed on the right, 1 particle, 2 possessive, 3 derivational suffix. */
  readonly level: number;
}

/** Candidate (prefix, residue) pairs for the word's leading prefix, most likely first. */
export function prefixCandidates(w: string): Array<[IdPrefix, string]> {
  const out: Array<[IdPrefix, string]> = [];
  const add = (p: IdPrefix, r: string) => {
    if (r.length >= MIN_ROOT) out.push([p, r]);
  };
  if (w.startsWith('di')) add('di', w.slice(2));
  if (w.startsWith('ke')) add('ke', w.slice(2));
  if (w.startsWith('se')) add('se', w.slice(2));
  // Proclitic pronouns: kupukul, kauhajar (Nazief–Adriani's ku-/kau-).
  if (w.startsWith('kau')) add('kau', w.slice(3));
  else if (w.startsWith('ku')) add('ku', w.slice(2));
  if (w.startsWith('ber')) {
    add('ber', w.slice(3));
    if (VOWEL.test(w.slice(3))) add('ber', 'r' + w.slice(3)); // be-rV: berambut? (r-initial root)
  } else if (w.startsWith('bel') && w.slice(3) === 'ajar') add('ber', 'ajar');
  else if (/^be[^aeiour]er/.test(w)) add('ber', w.slice(2)); // bekerja → kerja
  if (w.startsWith('ter')) {
    add('ter', w.slice(3));
    if (VOWEL.test(w.slice(3))) add('ter', 'r' + w.slice(3));
  } else if (/^te[^aeiour]er/.test(w)) add('ter', w.slice(2));
  if (w.startsWith('memper')) add('memper', w.slice(6));
  if (w.startsWith('me')) meNCandidates(w.slice(2), 'meN', add);
  if (w.startsWith('per')) {
    add('per', w.slice(3));
    if (VOWEL.test(w.slice(3))) add('pe', 'r' + w.slice(3));
  }
  if (w.startsWith('pe')) {
    if (w.startsWith('pelajar')) add('pe', w.slice(3));
    meNCandidates(w.slice(2), 'peN', add);
  }
  return out;
}

/** Nasal assimilation after me-/pe- (the tail after "me"/"pe"). */
function meNCandidates(t: string, p: IdPrefix, add: (p: IdPrefix, r: string) => void): void {
  if (t.startsWith('nge') && t.length > 3 && !VOWEL.test(t.slice(3))) add(p, t.slice(3)); // mengebom → bom
  if (t.startsWith('ng')) {
    const r = t.slice(2);
    if (/^[ghkq]/.test(r)) add(p, r); // menggunakan, mengkritik
    if (VOWEL.test(r)) {
      add(p, r); // mengambil → ambil
      add(p, 'k' + r); // mengirim → kirim
      add(p, 'ng' + r); // menganga → nganga (an ng-initial root keeps its nasal)
    }
    return;
  }
  if (t.startsWith('ny')) {
    const r = t.slice(2);
    if (VOWEL.test(r)) {
      add(p, 's' + r); // menyerang → serang
      add(p, 'ny' + r); // menyanyi → nyanyi
    }
    return;
  }
  if (t.startsWith('m')) {
    const r = t.slice(1);
    if (/^[bfpv]/.test(r)) add(p, r); // membeli; mempublikasikan (loanword keeps p)
    if (VOWEL.test(r)) {
      add(p, 'm' + r); // memakan → makan
      add(p, 'p' + r); // memakai → pakai
    }
    return;
  }
  if (t.startsWith('n')) {
    const r = t.slice(1);
    if (/^[cdjzst]/.test(r)) add(p, r); // menjatuhkan, mendapat; mentransfer
    if (VOWEL.test(r)) {
      add(p, 'n' + r); // menanti → nanti
      add(p, 't' + r); // menulis → tulis
    }
    return;
  }
  if (/^[lrwy]/.test(t)) add(p, t); // melanggar, merusak, mewarnai, meyakini
  else if (p === 'peN' && /^[^aeiou]/.test(t)) add('pe', t); // pekerja, petani, pedagang
}

/** The surface form of meN-/peN- at the start of `w`: meng, menge, meny, mem, men or me. */
function nasalSurface(w: string): string {
  const head = w.slice(0, 2);
  const m = /^(?:nge(?=[^aeiou])|ng|ny|m|n)?/.exec(w.slice(2));
  return head + (m?.[0] ?? '');
}

function stripRight(s: State): State[] {
  const out: State[] = [];
  const w = s.word;
  const push = (cut: string, kind: 'particle' | 'possessive' | 'suffix', level: number) => {
    if (w.length - cut.length < MIN_ROOT) return;
    const word = w.slice(0, w.length - cut.length);
    out.push({
      ...s,
      word,
      level,
      steps: [...s.steps, '-' + cut],
      clitics: kind === 'suffix' ? s.clitics : [...s.clitics, cut],
      suffix: kind === 'suffix' ? (cut as IdSuffix) : s.suffix,
    });
  };
  if (s.level < 1) for (const p of PARTICLES) if (w.endsWith(p)) push(p, 'particle', 1);
  if (s.level < 2) for (const p of POSSESSIVES) if (w.endsWith(p)) push(p, 'possessive', 2);
  if (s.level < 3)
    for (const x of SUFFIXES) {
      if (!w.endsWith(x)) continue;
      const first = s.prefixes[0];
      if (first && DISALLOWED[first]?.includes(x)) continue;
      push(x, 'suffix', 3);
    }
  return out;
}

function stripLeft(s: State): State[] {
  if (s.prefixes.length >= 3) return [];
  const out: State[] = [];
  for (const [p, residue] of prefixCandidates(s.word)) {
    // ECS: the same prefix twice in a row is not a word (dididik is di-didik, not di-di-dik).
    if (s.prefixes[s.prefixes.length - 1] === p) continue;
    if (s.prefixes.length === 0 && s.suffix && DISALLOWED[p]?.includes(s.suffix)) continue;
    const label = p === 'meN' || p === 'peN' ? `${nasalSurface(s.word)}-` : `${p}-`;
    out.push({ ...s, word: residue, prefixes: [...s.prefixes, p], steps: [...s.steps, label] });
  }
  return out;
}

/** Hunspell's flag letter for each outermost prefix (the .aff's naming: M = meN-, P = peN- ...). */
const PREFIX_FLAG: Readonly<Record<IdPrefix, string>> = {
  di: 'D',
  ke: 'K',
  se: 'S',
  ber: 'B',
  ter: 'T',
  meN: 'M',
  peN: 'P',
  pe: 'P',
  per: 'R',
  memper: 'M',
  ku: 'O',
  kau: 'O',
};
const SUFFIX_FLAG: Readonly<Record<IdSuffix, string>> = { i: 'i', kan: 'k', an: 'a', isasi: '-', isme: '-', is: '-', wan: '-', wati: '-' };

/** True when the dictionary says the root takes this prefix and suffix together. */
function licensed(s: State): boolean {
  const f = rootFlags(s.word);
  if (!f) return false;
  const first = s.prefixes[0];
  const suffix = s.suffix ? SUFFIX_FLAG[s.suffix] : '0';
  const want = first ? PREFIX_FLAG[first] + suffix : suffix + '0';
  for (let i = 0; i + 1 < f.length; i += 2) if (f[i] === want[0] && f[i + 1] === want[1]) return true;
  return false;
}

/**
 * ECS precedence adjustment: in these shapes the prefix comes off before the suffix
 * (petani is pe- + tani, not petan + -i; berlapisan, menduai, diakui).
 */
const PREFIX_FIRST = /^(?:be.*(?:lah|an)|(?:me|di|pe|ter).*i)$/;

/** Among equally short analyses: one the dictionary licenses, the most productive root first. */
function choose(found: readonly State[]): State {
  let best: State | null = null;
  let bestFlags = -1;
  for (const s of found) {
    if (!licensed(s)) continue;
    const n = rootFlags(s.word).length;
    if (n > bestFlags) {
      best = s;
      bestFlags = n;
    }
  }
  return best ?? (found[0] as State);
}

function search(word: string, dict: ReadonlySet<string>, start?: State): State | null {
  const prefixFirst = PREFIX_FIRST.test(word);
  let frontier: State[] = [start ?? { word, steps: [], prefixes: [], suffix: null, clitics: [], level: 0 }];
  for (let depth = 0; depth < 7 && frontier.length > 0; depth++) {
    const next: State[] = [];
    const found: State[] = [];
    for (const s of frontier) {
      // Suffixes before prefixes at equal depth: Nazief–Adriani's order.
      for (const n of prefixFirst ? [...stripLeft(s), ...stripRight(s)] : [...stripRight(s), ...stripLeft(s)]) {
        if (dict.has(n.word)) found.push(n);
        else next.push(n);
      }
    }
    // Several equally short analyses (mengunjungi: unjung or kunjung): prefer the one whose
    // root the dictionary says takes these affixes (kunjung/Mi), else the first in rule order.
    if (found.length > 0) return choose(found);
    frontier = next.length > 2000 ? next.slice(0, 2000) : next;
  }
  return null;
}

const HYPHEN_CLITICS = new Set([...PARTICLES, ...POSSESSIVES]);
const LOAN_SUFFIXES: readonly IdSuffix[] = ['isasi', 'isme', 'is', 'wati', 'wan'];

function fromState(found: State, extra: Partial<StemResult> = {}): StemResult {
  return {
    root: found.word,
    known: true,
    steps: found.steps,
    prefixes: found.prefixes,
    suffix: found.suffix,
    clitics: found.clitics,
    reduplicated: false,
    ...extra,
  };
}

/**
 * Last resorts for a word no affix analysis explains: a loan suffix (finalisasi, idealisme),
 * an infix after the first consonant (kinerja, gemetar, telunjuk) or a reduplicated first
 * syllable (rerata, lelembut, tetangga).
 */
function fallback(lower: string, dict: ReadonlySet<string>): StemResult | null {
  for (const x of LOAN_SUFFIXES) {
    if (!lower.endsWith(x) || lower.length - x.length < 4) continue;
    const base = lower.slice(0, lower.length - x.length);
    const start: State = { word: base, steps: ['-' + x], prefixes: [], suffix: x, clitics: [], level: 3 };
    if (dict.has(base)) return fromState(start);
    const found = search(base, dict, start);
    if (found) return fromState(found);
  }
  // A reduplicated first syllable is read before an infix, so rerata is re- + rata, not
  // r-er-ata; the infix reading is still tried when the reduplication explains nothing.
  const readings: Array<[string, string, string]> = [];
  const r = /^([bcdfghjklmnpqrstvwxyz])e(\1.{3,})$/.exec(lower);
  if (r) readings.push([r[1] as string, 'e', r[2] as string]);
  const m = /^([bcdfghjklmnpqrstvwxyz])(el|er|em|in|e)(.{3,})$/.exec(lower);
  if (m) readings.push([m[1] as string, m[2] as string, m[3] as string]);
  for (const [c, infix, rest] of readings) {
    // CeC- is a reduplicated first syllable only when the consonant repeats (rerata, not ketat).
    const candidate = infix === 'e' ? (rest.startsWith(c) ? rest : null) : c + rest;
    if (candidate && candidate.length >= 4) {
      const label = infix === 'e' ? c + 'e' : infix;
      const start: State = { word: candidate, steps: [`-${label}-`], prefixes: [], suffix: null, clitics: [], level: 0 };
      if (dict.has(candidate)) return fromState(start, { infix: label });
      const found = search(candidate, dict, start);
      if (found) return fromState(found, { infix: label });
    }
  }
  return null;
}

function analyse(lower: string, dict: ReadonlySet<string>, stemPart: (w: string) => StemResult): StemResult {
  const none = { steps: [], prefixes: [], suffix: null, clitics: [], reduplicated: false };
  const dash = lower.lastIndexOf('-');
  if (dict.has(lower) && dash < 0) return { root: lower, known: true, ...none };
  if (dash > 0) {
    const tail = lower.slice(dash + 1);
    // kuasa-Mu, malaikat-malaikat-Nya, Allah-lah: a clitic written after a hyphen.
    if (HYPHEN_CLITICS.has(tail)) {
      const head = stemPart(lower.slice(0, dash));
      return { ...head, steps: [...head.steps, '-' + tail], clitics: [...head.clitics, tail] };
    }
    const first = lower.indexOf('-');
    if (first !== dash) return { root: lower, known: dict.has(lower), ...none };
    const a = lower.slice(0, dash);
    const b = tail;
    if (isReduplication(a, b)) {
      // negara-negara, sekutu-sekutunya, berlari-lari, tembak-menembak, meniru-nirukan.
      const x = stemPart(a);
      let y = stemPart(b);
      if (y.root !== x.root) {
        // The second half repeats the first's stem as the nasal left it (memanggil-manggil,
        // menyebut-nyebut): put the first half's prefix back on and compare again.
        for (let k = 2; k <= 3 && y.root !== x.root; k++) {
          const z = stemPart(a.slice(0, k) + b);
          if (z.root === x.root) y = z;
        }
      }
      if (x.root === y.root || y.root.startsWith(x.root) || x.root === b) {
        const affixed = x.prefixes.length > 0 || x.suffix ? x : y;
        return {
          root: x.root,
          known: x.known,
          steps: ['reduplication', ...y.steps.filter((s) => !x.steps.includes(s)), ...x.steps],
          prefixes: affixed.prefixes,
          suffix: affixed.suffix ?? y.suffix,
          clitics: [...x.clitics, ...y.clitics],
          reduplicated: true,
        };
      }
    }
    return { root: lower, known: dict.has(lower), ...none };
  }
  const found = search(lower, dict);
  if (found) return fromState(found);
  return fallback(lower, dict) ?? { root: lower, known: false, ...none };
}

/**
 * A stemmer over the bundled roots plus `extraRoots` (glossary words the dictionary lacks,
 * such as "korut" or closed compounds like "kerjasama"). Each stemmer caches its results.
 *
 * A word the bundled dictionary already explains keeps that analysis (taken from the shared
 * stemmer's cache); only words it cannot explain are analysed again with the extra roots.
 * The dictionary wins, as in Nazief–Adriani, and a glossary index with thousands of extra
 * roots does not re-stem the whole language.
 */
export function createStemmer(extraRoots: Iterable<string> = []): Stemmer {
  const baseDict = loadRootSet();
  const extra = [...new Set([...extraRoots].map((w) => w.toLowerCase()))].filter((w) => !baseDict.has(w));
  const base = extra.length > 0 ? sharedStemmer() : null;
  const extraSet = new Set(extra);
  const dictionary: ReadonlySet<string> = extra.length > 0 ? new Set([...baseDict, ...extra]) : baseDict;
  const cache = new Map<string, StemResult>();
  const stem = (word: string): StemResult => {
    // Cached under the word as written too, so the hot path is one Map lookup.
    let hit = cache.get(word);
    if (hit) return hit;
    const lower = ASCII_LOWER.test(word) ? word : word.normalize('NFC').toLowerCase().replace(/[’]/g, "'");
    hit = cache.get(lower);
    if (!hit) {
      if (extraSet.has(lower)) {
        hit = { root: lower, known: true, steps: [], prefixes: [], suffix: null, clitics: [], reduplicated: false };
      } else {
        const known = base?.stem(lower);
        hit = known?.known ? known : analyse(lower, dictionary, stem);
      }
      cache.set(lower, hit);
    }
    if (lower !== word) cache.set(word, hit);
    return hit;
  };
  return {
    stem,
    explain(word: string): string {
      const r = stem(word);
      return r.root === word.toLowerCase() ? r.root : `${word} → ${r.root}`;
    },
    dictionary,
  };
}

let shared: Stemmer | null = null;

/** The stemmer over the bundled dictionary alone, shared so its cache is too. */
export function sharedStemmer(): Stemmer {
  shared ??= createStemmer();
  return shared;
}



/** Stems one word with the bundled dictionary: `stem("melanggar")` → root "langgar". */
export function stem(word: string): StemResult {
  return sharedStemmer().stem(word);
}
