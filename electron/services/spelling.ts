/**
 * Offline en-US spelling for QA: nspell with the Hunspell dictionary from `dictionary-en`.
 *
 * Electron's own checker downloads its dictionaries at run time, which offline reviewers cannot,
 * so the dictionary ships in node_modules. It is loaded once, lazily (about a second), and every
 * word's verdict is cached: news text repeats its names and words a lot.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Segment } from '../../shared/model/segment';
import type { SpellIssue, SpellPort } from '../../shared/qa/types';

interface NSpell {
  correct(word: string): boolean;
  suggest(word: string): string[];
  /** Word forms to their affix flags, filled from the .dic file (the costly part of loading). */
  data: Record<string, string[]>;
  compoundRuleCodes: Record<string, string[]>;
  compoundRules: Array<string | RegExp>;
}
type NSpellFactory = (dictionary: { aff: Buffer; dic?: Buffer }) => NSpell;

// nspell is CommonJS without types; the shape above is all Tinjau uses.
const requireCjs = createRequire(import.meta.url);

/** Words longer than this get no suggestions: nspell's search grows fast with length. */
const MAX_SUGGEST_LENGTH = 20;
/** Bounds the clean-token cache of one spelling port (one run or one live check). */
const MAX_CLEAN_TOKENS = 200_000;

export class SpellChecker {
  private readonly verdicts = new Map<string, boolean>();
  private readonly suggestions = new Map<string, readonly string[]>();

  constructor(private readonly nspell: NSpell) {}

  correct(word: string): boolean {
    let ok = this.verdicts.get(word);
    if (ok === undefined) {
      const ascii = word.replace(/\u2019/g, "'");
      ok = this.nspell.correct(ascii);
      this.verdicts.set(word, ok);
    }
    return ok;
  }

  suggest(word: string): readonly string[] {
    let list = this.suggestions.get(word);
    if (!list) {
      list = word.length > MAX_SUGGEST_LENGTH ? [] : this.nspell.suggest(word.replace(/\u2019/g, "'")).slice(0, 5);
      this.suggestions.set(word, list);
    }
    return list;
  }
}

let loading: Promise<SpellChecker> | null = null;

/** The process's one spell checker, loaded on first use (from the word-form cache in the user data folder). */
export function loadSpellChecker(): Promise<SpellChecker> {
  loading ??= (async () => {
    const { resolveDataDir } = await import('./paths');
    return buildSpellChecker(path.join(resolveDataDir(), 'cache', 'spelling-en.json'));
  })();
  loading.catch(() => (loading = null));
  return loading;
}

/** Bump when the cache file's shape changes. */
const CACHE_FORMAT = 1;

interface WordFormCache {
  readonly format: number;
  readonly key: string;
  readonly data: Record<string, string[]>;
  readonly compoundRuleCodes: Record<string, string[]>;
}

/**
 * A spell checker for `dictionary-en`. Building nspell's word forms from the .dic file costs a few
 * hundred milliseconds of every QA run, so they are kept as JSON in `cacheFile`, keyed by the
 * dictionary and nspell versions and the cache format; a missing, stale or unreadable cache is
 * rebuilt (and rewritten when the folder is writable), never an error.
 */
export async function buildSpellChecker(cacheFile: string): Promise<SpellChecker> {
  const { default: dictionary } = await import('dictionary-en');
  const nspell = requireCjs('nspell') as NSpellFactory;
  const aff = toBuffer(dictionary.aff);
  const dic = toBuffer(dictionary.dic);
  const key = await cacheKey(dic.byteLength);
  const cached = await readCache(cacheFile, key);
  if (cached) {
    const spell = nspell({ aff });
    spell.data = cached.data;
    spell.compoundRuleCodes = cached.compoundRuleCodes;
    // What nspell does after reading a .dic: compound rules become expressions over their words.
    spell.compoundRules = spell.compoundRules.map((rule) => {
      if (typeof rule !== 'string') return rule;
      let source = '';
      for (const ch of rule) {
        const words = cached.compoundRuleCodes[ch];
        source += words?.length ? `(?:${words.join('|')})` : ch;
      }
      return new RegExp(source, 'i');
    });
    return new SpellChecker(spell);
  }
  const spell = nspell({ aff, dic });
  const entry: WordFormCache = { format: CACHE_FORMAT, key, data: spell.data, compoundRuleCodes: spell.compoundRuleCodes };
  try {
    await mkdir(path.dirname(cacheFile), { recursive: true });
    const temp = `${cacheFile}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(entry));
    await rename(temp, cacheFile);
  } catch {
    // A read-only data folder only costs the next run the build again.
  }
  return new SpellChecker(spell);
}

async function cacheKey(dicBytes: number): Promise<string> {
  const version = async (pkg: string, entry: string) => {
    const dir = path.dirname(requireCjs.resolve(entry));
    const up = path.basename(dir) === 'lib' ? path.dirname(dir) : dir;
    return (JSON.parse(await readFile(path.join(up, 'package.json'), 'utf8')) as { version?: string }).version ?? '?';
  };
  return `dictionary-en@${await version('dictionary-en', 'dictionary-en')} nspell@${await version('nspell', 'nspell')} dic ${dicBytes}`;
}

async function readCache(file: string, key: string): Promise<WordFormCache | null> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<WordFormCache> | null;
    if (!parsed || parsed.format !== CACHE_FORMAT || parsed.key !== key) return null;
    const { data, compoundRuleCodes } = parsed;
    if (!isRecordOfLists(data) || Object.keys(data).length === 0 || !isRecordOfLists(compoundRuleCodes)) return null;
    // nspell looks words up with `data[word]`: no prototype, so "constructor" is no word.
    Object.setPrototypeOf(data, null);
    Object.setPrototypeOf(compoundRuleCodes, null);
    return { format: CACHE_FORMAT, key, data, compoundRuleCodes };
  } catch {
    return null;
  }
}

function isRecordOfLists(v: unknown): v is Record<string, string[]> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  // A sample is enough to tell a truncated or foreign file; JSON.parse already vouched for the syntax.
  let n = 0;
  for (const k in v) {
    if (!Array.isArray((v as Record<string, unknown>)[k])) return false;
    if (++n >= 64) break;
  }
  return true;
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export interface SpellOptions {
  /** The project's word list: never misspelled (compared ignoring case). */
  readonly projectWords?: readonly string[];
  /** Words of glossary terms (either language), lower-cased. */
  readonly glossaryWords?: ReadonlySet<string>;
  /** Suggestions cost far more than a verdict; a whole-project run may leave them out. */
  readonly suggestions?: boolean;
}

// A token is left alone when it looks like code, a URL, an address, a handle or a number.
const SKIP_TOKEN = /[\d@/\\_<>{}=`|~^[\]$%&*+#]|:\/\/|^www\.|[\uE000-\uEFFF]/u;
// example.com, file.docx: a dot inside a word before two or more letters.
const DOTTED = /\p{L}\.\p{L}{2,}/u;
const WORD = /\p{L}+(?:['\u2019]\p{L}+)*/gu;
// Hyphenated names (Jong-un, Komsomolsk-on-Amur) are kept whole when the source has them.
const COMPOUND = /\p{L}+(?:-\p{L}+)+/gu;
const SOURCE_WORD = /\p{L}+(?:-\p{L}+)*/gu;

/** The spelling port for QA: misspelled words of a target, with the exceptions reviewers expect. */
export function createSpellPort(checker: SpellChecker, options: SpellOptions = {}): SpellPort {
  const projectWords = new Set((options.projectWords ?? []).map((w) => w.trim().toLowerCase()).filter(Boolean));
  const glossaryWords = options.glossaryWords ?? new Set<string>();
  const withSuggestions = options.suggestions ?? true;
  // Tokens found clean without looking at a source: most of a project's tokens, met again and again.
  const clean = new Set<string>();
  return (text: string, segment: Segment): SpellIssue[] => {
    const issues: SpellIssue[] = [];
    let names: Set<string> | null = null;
    let askedSource = false;
    // Capitalised words (and hyphenated names) that the source has too: names, never misspelled.
    const isSourceName = (word: string) => {
      if (!isCapitalised(word)) return false;
      askedSource = true;
      // A plain word is a source name when the source has it as a whole run of letters; only
      // words with other characters need the source's word list.
      if (LETTERS.test(word)) return standsAlone(segment.source, word);
      return (names ??= sourceNames(segment.source)).has(word);
    };
    // Tokens are the runs of non-white-space (what /\S+/g finds), split by a plain loop.
    const n = text.length;
    for (let i = 0; i < n; ) {
      if (isJsSpace(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const tokenStart = i;
      while (++i < n && !isJsSpace(text.charCodeAt(i)));
      const raw = text.slice(tokenStart, i);
      if (clean.has(raw) || SKIP_TOKEN.test(raw) || DOTTED.test(raw)) continue;
      const before = issues.length;
      const skip: [number, number][] = [];
      for (const c of raw.matchAll(COMPOUND)) if (isSourceName(c[0])) skip.push([c.index ?? 0, (c.index ?? 0) + c[0].length]);
      for (const m of raw.matchAll(WORD)) {
        const at = m.index ?? 0;
        if (skip.some(([a, b]) => at >= a && at < b)) continue;
        const word = m[0].replace(/['\u2019]s$/i, '');
        if (word.length < 2 || !needsCheck(word)) continue;
        const lower = word.toLowerCase();
        // The dictionary before the source: a token whose words are all known is clean in any segment.
        if (projectWords.has(lower) || glossaryWords.has(lower) || checker.correct(word) || isSourceName(word)) continue;
        const start = tokenStart + at;
        const suggestions = withSuggestions ? checker.suggest(word) : [];
        issues.push({ start, end: start + word.length, word, ...(suggestions.length ? { suggestions } : {}) });
      }
      if (issues.length === before && !askedSource && clean.size < MAX_CLEAN_TOKENS) clean.add(raw);
      askedSource = false;
    }
    return issues;
  };
}

/** White space as the regex `\s` reads it (ECMAScript WhiteSpace and LineTerminator). */
function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

const LETTERS = /^\p{L}+$/u;
const LETTER_AT = /\p{L}/uy;
const LETTER_BEFORE = /(?<=\p{L})/uy;

/** Whether `word` (letters only) occurs in `text` with no letter on either side: one of sourceNames' words. */
function standsAlone(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    LETTER_BEFORE.lastIndex = at;
    if (LETTER_BEFORE.test(text)) continue;
    LETTER_AT.lastIndex = at + word.length;
    if (!LETTER_AT.test(text)) return true;
  }
  return false;
}

function sourceNames(source: string): Set<string> {
  const out = new Set<string>();
  for (const m of source.matchAll(SOURCE_WORD)) {
    out.add(m[0]);
    if (m[0].includes('-')) for (const part of m[0].split('-')) out.add(part);
  }
  return out;
}

/** ALL-CAPS (NATO, RI) and mixed case (iPhone, McDonald) are names or codes, not dictionary words. */
function needsCheck(word: string): boolean {
  const rest = word.slice(1);
  return rest === rest.toLowerCase();
}

function isCapitalised(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLowerCase();
}

/** Every word of the given terms, lower-cased, for `SpellOptions.glossaryWords`. */
export function termWords(terms: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const term of terms) for (const m of term.matchAll(WORD)) out.add(m[0].toLowerCase());
  return out;
}
