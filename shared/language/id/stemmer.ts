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
export type IdPrefix = 'di' | 'ke' | 'se' | 'ber' | 'ter' | 'meN' | 'peN' | 'per' | 'pe' | 'memper';
export type IdSuffix = 'kan' | 'an' | 'i';

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
};
const SUFFIX_FLAG: Readonly<Record<IdSuffix, string>> = { i: 'i', kan: 'k', an: 'a' };

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

function search(word: string, dict: ReadonlySet<string>): State | null {
  let frontier: State[] = [{ word, steps: [], prefixes: [], suffix: null, clitics: [], level: 0 }];
  for (let depth = 0; depth < 7 && frontier.length > 0; depth++) {
    const next: State[] = [];
    const found: State[] = [];
    for (const s of frontier) {
      // Suffixes before prefixes at equal depth: Nazief–Adriani's order.
      for (const n of [...stripRight(s), ...stripLeft(s)]) {
        if (dict.has(n.word)) found.push(n);
        else next.push(n);
      }
    }
    // Several equally short analyses (mengunjungi: unjung or kunjung): prefer the one whose
    // root the dictionary says takes these affixes (kunjung/Mi), else the first in rule order.
    if (found.length > 0) return found.find(licensed) ?? (found[0] as State);
    frontier = next.length > 2000 ? next.slice(0, 2000) : next;
  }
  return null;
}

function analyse(lower: string, dict: ReadonlySet<string>, stemPart: (w: string) => StemResult): StemResult {
  const none = { steps: [], prefixes: [], suffix: null, clitics: [], reduplicated: false };
  if (dict.has(lower)) return { root: lower, known: true, ...none };
  const dash = lower.indexOf('-');
  if (dash > 0) {
    const a = lower.slice(0, dash);
    const b = lower.slice(dash + 1);
    if (!b.includes('-') && isReduplication(a, b)) {
      // negara-negara, sekutu-sekutunya, berlari-lari: the halves share a root.
      const x = stemPart(a);
      const y = stemPart(b);
      if (x.root === y.root || y.root.startsWith(x.root) || x.root === b) {
        const affixed = x.prefixes.length > 0 || x.suffix ? x : y;
        return {
          root: x.root,
          known: x.known,
          steps: ['reduplication', ...y.steps.filter((s) => !x.steps.includes(s)), ...x.steps],
          prefixes: affixed.prefixes,
          suffix: affixed.suffix,
          clitics: [...x.clitics, ...y.clitics],
          reduplicated: true,
        };
      }
    }
    return { root: lower, known: false, ...none };
  }
  const found = search(lower, dict);
  if (!found) return { root: lower, known: false, ...none };
  return {
    root: found.word,
    known: true,
    steps: found.steps,
    prefixes: found.prefixes,
    suffix: found.suffix,
    clitics: found.clitics,
    reduplicated: false,
  };
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
