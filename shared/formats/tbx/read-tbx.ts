/**
 * TBX reader: TBX v2 (`<martif type="TBX-Basic">`, termEntry/langSet/tig or ntig/termGrp) and
 * TBX v3 (`<tbx type="TBX-Basic" style="dca">`, conceptEntry/langSec/termSec), into glossary
 * entries. Indonesian terms become the entry's source forms, English terms its targets with
 * their administrative status (deprecated and superseded terms become forbidden).
 */
import { TERM_MATCH_KINDS, type GlossaryEntry, type GlossaryTarget, type MorphologyMode, type TermStatus } from '../../glossary/model';
import { entryIdFor, stampRevision } from '../../glossary/revision';
import { FormatError } from '../../model/imported';
import { say, type Said } from '../../messages/text';
import type { SafeXmlOptions, XmlElement } from './xml-tree';
import { childElements, descendants, localName, parseSafeXml, textContent } from './xml-tree';

export interface TbxReadOptions extends SafeXmlOptions {
  /** Used for entries without dates. */
  readonly now: string;
  readonly sourceLang?: string;
  readonly targetLang?: string;
}

export interface TbxImport {
  readonly version: 'v2' | 'v3';
  readonly entries: GlossaryEntry[];
  /** What the import ran into, summarised: one line per reason (counts, the first few entries). */
  readonly warnings: Said[];
  /** Every entry-level problem, one line each, for a details list. */
  readonly details: Said[];
}

/** How many entries a summary line names before "and the rest in the details". */
const EXAMPLES = 3;

const STATUS: Readonly<Record<string, TermStatus>> = {
  'preferredterm-admn-sts': 'preferred',
  'admittedterm-admn-sts': 'admitted',
  'deprecatedterm-admn-sts': 'forbidden',
  'supersededterm-admn-sts': 'forbidden',
  preferred: 'preferred',
  admitted: 'admitted',
  deprecated: 'forbidden',
  superseded: 'forbidden',
  forbidden: 'forbidden',
};

const TERM_HOLDERS = new Set(['tig', 'ntig', 'termSec']);

interface TermInfo {
  readonly text: string;
  readonly status: TermStatus;
  readonly pos?: string;
  readonly note?: string;
  /** Tinjau's private `x-tinjau-forms` termNote: the widest kind of hit the entry accepts. */
  readonly forms?: MorphologyMode;
}

const lang = (el: XmlElement) => (el.attrs['xml:lang'] ?? el.attrs['lang'] ?? '').toLowerCase();
const typed = (el: XmlElement, name: string, type: string) =>
  childElements(el, name).filter((c) => c.attrs['type'] === type).map((c) => textContent(c).trim());

function readTerm(holder: XmlElement): TermInfo | null {
  // v2 tig / v3 termSec hold term + termNote directly; v2 ntig wraps them in termGrp.
  const grp = childElements(holder, 'termGrp')[0] ?? holder;
  const term = childElements(grp, 'term')[0];
  if (!term) return null;
  const text = textContent(term).trim().replace(/\s+/g, ' ');
  if (!text) return null;
  const statusWord = (typed(grp, 'termNote', 'administrativeStatus')[0] ?? '').toLowerCase();
  const pos = typed(grp, 'termNote', 'partOfSpeech')[0] ?? typed(holder, 'termNote', 'partOfSpeech')[0];
  const note = [...childElements(holder, 'note'), ...(grp !== holder ? childElements(grp, 'note') : [])]
    .map((n) => textContent(n).trim())
    .filter(Boolean)
    .join('\n');
  const formsWord = (typed(grp, 'termNote', 'x-tinjau-forms')[0] ?? '').toLowerCase();
  const forms = TERM_MATCH_KINDS.find((k) => k === formsWord);
  return { text, status: STATUS[statusWord] ?? 'preferred', ...(pos ? { pos } : {}), ...(note ? { note } : {}), ...(forms ? { forms } : {}) };
}

function dates(el: XmlElement): { created?: string; updated?: string; author?: string } {
  const out: { created?: string; updated?: string; author?: string } = {};
  for (const g of childElements(el, 'transacGrp')) {
    const kind = textContent(childElements(g, 'transac')[0] ?? g).trim().toLowerCase();
    const date = childElements(g, 'date').map((d) => textContent(d).trim())[0];
    const who = childElements(g, 'transacNote').map((d) => textContent(d).trim())[0];
    const iso = date && !Number.isNaN(Date.parse(date)) ? new Date(Date.parse(date)).toISOString() : undefined;
    if (kind.startsWith('origination')) {
      if (iso) out.created = iso;
      if (who) out.author = who;
    } else if (kind.startsWith('modification')) {
      if (iso) out.updated = iso;
      if (who) out.author = who;
    }
  }
  return out;
}

/** Reads a TBX file; a file that is not TBX, or unsafe XML, is refused with a FormatError. */
export function readTbx(text: string, options: TbxReadOptions): TbxImport {
  const root = parseSafeXml(text, options);
  const rootName = localName(root);
  if (rootName !== 'martif' && rootName !== 'tbx') {
    throw new FormatError(say('tbx.notTbx', { root: root.name }));
  }
  const version = rootName === 'martif' ? 'v2' : 'v3';
  const src = (options.sourceLang ?? 'id').toLowerCase();
  const tgt = (options.targetLang ?? 'en').toLowerCase();
  const isLang = (l: string, want: string) => l === want || l.startsWith(want + '-') || (want === 'id' && (l === 'in' || l.startsWith('in-')));
  const concepts = descendants(root, version === 'v2' ? 'termEntry' : 'conceptEntry');
  if (concepts.length === 0 && version === 'v3') concepts.push(...descendants(root, 'termEntry'));
  const details: Said[] = [];
  const noTerm = new Map<string, string[]>();
  const duplicates: string[] = [];
  const languages = new Set<string>();
  let anySource = false;
  const entries: GlossaryEntry[] = [];
  const seen = new Set<string>();
  concepts.forEach((c, n) => {
    const sources: TermInfo[] = [];
    const targets: TermInfo[] = [];
    for (const ls of childElements(c).filter((x) => localName(x) === 'langSet' || localName(x) === 'langSec')) {
      const l = lang(ls);
      // Document order: a langSet may mix tig and ntig.
      const terms = childElements(ls)
        .filter((t) => TERM_HOLDERS.has(localName(t)))
        .map(readTerm)
        .filter((t): t is TermInfo => t !== null);
      if (l) languages.add(l);
      if (isLang(l, src)) sources.push(...terms);
      else if (isLang(l, tgt)) targets.push(...terms);
    }
    const entry = c.attrs['id'] || String(n + 1);
    if (sources.length > 0) anySource = true;
    if (sources.length === 0 || targets.length === 0) {
      const language = sources.length === 0 ? src : tgt;
      details.push(say('glossary.tbxSkippedNoTerm', { entry, language }));
      noTerm.set(language, [...(noTerm.get(language) ?? []), entry]);
      return;
    }
    const definition = typed(c, 'descrip', 'definition');
    const notes = childElements(c, 'note').map((x) => textContent(x).trim());
    const note = [...definition, ...notes].filter(Boolean).join('\n');
    const domain = typed(c, 'descrip', 'subjectField')[0];
    const caseSensitive = /^(true|yes|1)$/i.test(typed(c, 'admin', 'x-tinjau-caseSensitive')[0] ?? '');
    const d = dates(c);
    const sourceTerms = [...new Set(sources.map((s) => s.text))];
    let id = c.attrs['id'] || entryIdFor(sourceTerms, domain);
    if (seen.has(id)) {
      details.push(say('glossary.tbxDuplicateId', { entry }));
      duplicates.push(entry);
      id = `${id}-${n + 1}`;
    }
    seen.add(id);
    const pos = sources.find((s) => s.pos)?.pos ?? targets.find((t) => t.pos)?.pos;
    const morphology = sources.find((s) => s.forms)?.forms;
    const glossTargets: GlossaryTarget[] = targets.map((t) => ({ text: t.text, status: t.status, ...(t.note ? { note: t.note } : {}) }));
    entries.push(
      stampRevision({
        id,
        version: '',
        sourceTerms,
        targets: glossTargets,
        caseSensitive,
        ...(pos ? { pos } : {}),
        ...(note ? { note } : {}),
        ...(domain ? { domain } : {}),
        ...(morphology && morphology !== 'inflected' ? { morphology } : {}),
        ...(d.author ? { author: d.author } : {}),
        createdAt: d.created ?? d.updated ?? options.now,
        updatedAt: d.updated ?? d.created ?? options.now,
      }),
    );
  });
  const examples = (ids: readonly string[]) => ids.slice(0, EXAMPLES).join(', ');
  if (concepts.length === 0) return { version, entries, warnings: [say('glossary.tbxNoEntries')], details: [] };
  // A file in other languages only: one line saying which, not one per entry.
  if (!anySource) {
    const held = [...languages].sort().join(', ') || '?';
    return { version, entries, warnings: [say('glossaryImport.noIndonesian', { count: concepts.length, languages: held })], details: [] };
  }
  // One line per reason; a reason met once is said as it is, with no details list behind it.
  const warnings: Said[] = [];
  for (const [language, ids] of noTerm) {
    warnings.push(ids.length === 1 ? say('glossary.tbxSkippedNoTerm', { entry: ids[0] ?? '', language }) : say('glossaryImport.skippedNoTerm', { count: ids.length, language, examples: examples(ids) }));
  }
  if (duplicates.length === 1) warnings.push(say('glossary.tbxDuplicateId', { entry: duplicates[0] ?? '' }));
  else if (duplicates.length > 1) warnings.push(say('glossaryImport.duplicateIds', { count: duplicates.length, examples: examples(duplicates) }));
  return { version, entries, warnings, details: warnings.length < details.length ? details : [] };
}
