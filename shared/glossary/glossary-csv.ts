/**
 * The glossary CSV: `source_id,target_en,status,pos,note` (the team's corpus format), plus
 * optional `domain`, `case_sensitive`, `forms` (the widest kind of hit the entry accepts:
 * exact, inflected or derived; empty = inflected) and `id` columns that Tinjau writes so its own
 * export reads back unchanged. Rows with the same source (or id) make one entry with several targets.
 */
import { FormatError } from '../model/imported';
import { say, type Said } from '../messages/text';
import { parseCsv, stringifyCsv } from '../formats/csv/csv';
import { sniffDelimiter } from '../formats/bilingual-table/bilingual-table';
import type { GlossaryEntry, GlossaryTarget, MorphologyMode, TermStatus } from './model';
import { createEntry, entryIdFor } from './revision';

export interface GlossaryCsvOptions {
  readonly delimiter?: string;
  /** Split "privilege, hak istimewa" into two terms; off unless the user asks. */
  readonly splitAlternatives?: boolean;
  /** ISO time stamped on new entries. */
  readonly now: string;
  readonly author?: string;
}

export interface GlossaryImport {
  readonly entries: GlossaryEntry[];
  readonly warnings: Said[];
}

const COLUMNS = {
  source: ['source_id', 'source', 'id_term', 'indonesian', 'term'],
  target: ['target_en', 'target', 'en', 'english', 'translation'],
  status: ['status'],
  pos: ['pos', 'part_of_speech'],
  note: ['note', 'notes', 'comment'],
  domain: ['domain', 'subject'],
  caseSensitive: ['case_sensitive'],
  forms: ['forms', 'morphology'],
  id: ['id', 'entry_id'],
} as const;

const STATUS_WORDS: Readonly<Record<string, TermStatus>> = {
  preferred: 'preferred',
  admitted: 'admitted',
  forbidden: 'forbidden',
  deprecated: 'forbidden',
  superseded: 'forbidden',
  approved: 'preferred',
};

const FORMS_WORDS: readonly MorphologyMode[] = ['exact', 'inflected', 'derived'];

function splitCell(cell: string, split: boolean): string[] {
  const parts = split ? cell.split(/\s*[,;|]\s*/) : [cell];
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** Reads a glossary CSV/TSV; a file without source and target columns is refused. */
export function readGlossaryCsv(text: string, options: GlossaryCsvOptions): GlossaryImport {
  const delimiter = options.delimiter ?? sniffDelimiter(text);
  const rows = parseCsv(text, { delimiter, strict: true });
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const col = (names: readonly string[]) => header.findIndex((h) => names.includes(h));
  const at = {
    source: col(COLUMNS.source),
    target: col(COLUMNS.target),
    status: col(COLUMNS.status),
    pos: col(COLUMNS.pos),
    note: col(COLUMNS.note),
    domain: col(COLUMNS.domain),
    caseSensitive: col(COLUMNS.caseSensitive),
    forms: col(COLUMNS.forms),
    id: col(COLUMNS.id),
  };
  if (at.source < 0 || at.target < 0) {
    throw new FormatError(say('glossary.csvNeedsColumns'), say('glossary.csvLine', { line: '1' }));
  }
  const warnings: Said[] = [];
  const groups = new Map<string, { sources: string[]; targets: GlossaryTarget[]; row: string[]; line: number }>();
  rows.slice(1).forEach((row, i) => {
    const cell = (k: number) => (k >= 0 ? (row[k] ?? '').trim() : '');
    const source = cell(at.source);
    const target = cell(at.target);
    if (!source && !target) return;
    if (!source || !target) {
      const line = String(i + 2);
      warnings.push(source ? say('glossary.csvSkippedNoTarget', { line }) : say('glossary.csvSkippedNoSource', { line }));
      return;
    }
    const statusWord = cell(at.status).toLowerCase();
    const status = STATUS_WORDS[statusWord] ?? 'preferred';
    if (statusWord && !STATUS_WORDS[statusWord]) warnings.push(say('glossary.csvUnknownStatus', { line: String(i + 2), status: statusWord }));
    const key = cell(at.id) || `${source}\u0000${cell(at.domain)}`;
    let g = groups.get(key);
    if (!g) {
      g = { sources: [], targets: [], row, line: i + 2 };
      groups.set(key, g);
    }
    for (const s of splitCell(source, options.splitAlternatives === true)) if (!g.sources.includes(s)) g.sources.push(s);
    const note = cell(at.note);
    const firstNote = (g.row[at.note] ?? '').trim();
    for (const t of splitCell(target, options.splitAlternatives === true)) {
      if (g.targets.some((x) => x.text === t && x.status === status)) continue;
      // The first row's note describes the entry; a different note on a later row describes that rendering.
      g.targets.push(note && g.row !== row && note !== firstNote ? { text: t, status, note } : { text: t, status });
    }
  });
  const entries = [...groups.values()].map(({ sources, targets, row, line }) => {
    const cell = (k: number) => (k >= 0 ? (row[k] ?? '').trim() : '');
    const note = cell(at.note);
    const cs = cell(at.caseSensitive).toLowerCase();
    // The corpus glossary marks case-sensitive entries in the note ("Case-sensitive: ...").
    const caseSensitive = cs ? ['1', 'true', 'yes', 'y'].includes(cs) : /case[- ]sensitive/i.test(note);
    const domain = cell(at.domain);
    const formsWord = cell(at.forms).toLowerCase();
    const morphology = FORMS_WORDS.includes(formsWord as MorphologyMode) ? (formsWord as MorphologyMode) : undefined;
    if (formsWord && !morphology) warnings.push(say('glossary.csvUnknownForms', { line: String(line), forms: formsWord }));
    return createEntry(
      {
        id: cell(at.id) || entryIdFor(sources, domain || undefined),
        sourceTerms: sources,
        targets,
        caseSensitive,
        ...(cell(at.pos) ? { pos: cell(at.pos) } : {}),
        ...(note ? { note } : {}),
        ...(domain ? { domain } : {}),
        ...(morphology && morphology !== 'inflected' ? { morphology } : {}),
        ...(options.author ? { author: options.author } : {}),
      },
      options.now,
    );
  });
  return { entries, warnings };
}

/** Writes live entries, one row per English term; reads back with `readGlossaryCsv`. */
export function writeGlossaryCsv(entries: readonly GlossaryEntry[], options: { delimiter?: string; bom?: boolean } = {}): string {
  const rows: string[][] = [['source_id', 'target_en', 'status', 'pos', 'note', 'domain', 'case_sensitive', 'forms', 'id']];
  for (const e of entries) {
    if (e.deleted) continue;
    const n = Math.max(e.sourceTerms.length, e.targets.length);
    for (let i = 0; i < n; i++) {
      const t = e.targets[i] ?? e.targets[0];
      if (!t) continue;
      const note = i === 0 ? (e.note ?? '') : (t.note ?? (e.targets[i] ? '' : (e.note ?? '')));
      rows.push([
        e.sourceTerms[i] ?? e.sourceTerms[0] ?? '',
        t.text,
        t.status,
        e.pos ?? '',
        note,
        e.domain ?? '',
        e.caseSensitive ? 'true' : '',
        e.morphology ?? 'inflected',
        e.id,
      ]);
    }
  }
  return stringifyCsv(rows, options);
}

