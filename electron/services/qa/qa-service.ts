/**
 * QA of one project: runs over a document or the whole project, one segment as the reviewer
 * types, ignores with reasons, the profile, and reports.
 *
 * The checks are pure (shared/qa); this service feeds them the project's segments, profile,
 * glossary and spelling, and keeps the main process responsive on big runs by working in chunks.
 */
import type { QaRunResult } from '../../../shared/api/qa-types';
import { TinjauError } from '../../../shared/api/errors';
import { reason, say, type Said } from '../../../shared/messages/text';
import { safeFileName } from '../files';
import type { ExportedFile } from '../../../shared/api/types';
import type { QaIgnoreRecord } from '../../../shared/model/project';
import type { Segment } from '../../../shared/model/segment';
import type { QaFinding, QaOptions, QaProfile } from '../../../shared/qa';
import { applyIgnores, buildConsistencyIndex, DEFAULT_QA_PROFILE, isCheckEnabled, parseQaProfile, qaReportCsv, qaReportHtml, runQaForSegment, segmentQa, summarizeFindings } from '../../../shared/qa';
import type { JobHandle } from '../jobs';
import { nextTurn } from '../jobs';
import type { ProjectStore } from '../project-store';
import { createSpellPort, loadSpellChecker } from '../spelling';
import type { Workspace } from '../workspace';
import { isChecked, LiveConsistencyIndex } from './live-index';
import type { GlossaryIndexSource } from './qa-glossary';
import { qaGlossary } from './qa-glossary';

/** Segments per chunk between yields: a few milliseconds of work, so other calls wait little. */
const CHUNK = 200;
const TERMINOLOGY = ['terminology.missing', 'terminology.forbidden', 'terminology.untranslated', 'terminology.variant'];

export interface QaRunOptions {
  readonly documentId?: string;
  /** Overrides the project's profile for this run (the CLI's --profile). */
  readonly profile?: QaProfile;
  readonly job?: JobHandle;
}

/** A run's result with what the reviewer should know about it (no glossary, a damaged profile). */
export interface QaRunOutcome extends QaRunResult {
  readonly profile: QaProfile;
}

interface Ports {
  readonly options: QaOptions;
  readonly notes: Said[];
}

export class QaService {
  private readonly live = new LiveConsistencyIndex();

  constructor(
    private readonly workspace: Workspace,
    readonly projectPath: string,
    private readonly glossary: GlossaryIndexSource,
  ) {}

  private store(): Promise<ProjectStore> {
    return this.workspace.projectStore(this.projectPath);
  }

  /** The project's profile; a damaged stored profile falls back to the defaults (and says so). */
  async profile(): Promise<QaProfile> {
    return profileOf(await this.store()).profile;
  }

  /** Validates and stores a profile (an imported JSON file); a bad one is refused with every reason. */
  async setProfile(input: unknown): Promise<QaProfile> {
    const parsed = parseQaProfile(input);
    if (!parsed.ok) throw new TinjauError('invalid-input', say('qa.profileInvalid', { errors: parsed.errors.join('; ') }), parsed.errors);
    const store = await this.store();
    store.commit({ op: 'put-meta', meta: { ...store.projectMeta, qaProfile: parsed.profile } });
    return parsed.profile;
  }

  async ignores(): Promise<readonly QaIgnoreRecord[]> {
    return (await this.store()).projectMeta.qaIgnores ?? [];
  }

  /** Ignores a finding (with the reason, the reviewer and the time) or takes the ignore back. */
  async setIgnored(findingId: string, ignored: boolean, reason: string, author: string): Promise<readonly QaIgnoreRecord[]> {
    const store = await this.store();
    const meta = store.projectMeta;
    const list = meta.qaIgnores ?? [];
    const rest = list.filter((i) => i.findingId !== findingId);
    if (ignored) {
      if (!reason.trim()) throw new TinjauError('invalid-input', say('qa.ignoreNeedsReason'));
      const next = [...rest, { findingId, reason: reason.trim(), author, at: new Date().toISOString() }];
      store.commit({ op: 'put-meta', meta: { ...meta, qaIgnores: next } });
      return next;
    }
    if (rest.length !== list.length) store.commit({ op: 'put-meta', meta: { ...meta, qaIgnores: rest } });
    return rest;
  }

  /** QA of a document or the whole project; consistency is judged across the whole project. */
  async run(options: QaRunOptions = {}): Promise<QaRunOutcome> {
    const store = await this.store();
    const stored = profileOf(store);
    const profile = options.profile ?? stored.profile;
    const all = allSegments(store).filter(isChecked);
    const documentId = options.documentId;
    if (documentId !== undefined) store.document(documentId); // not-found for an unknown document
    const segments = documentId !== undefined ? all.filter((s) => s.documentId === documentId) : all;
    const ports = await this.ports(store, profile, false);
    const index = buildConsistencyIndex(all);
    const job = options.job;
    const check = segmentQa({ ...ports.options, index });
    job?.report(0, segments.length);
    const findings: QaFinding[] = [];
    let cancelled = false;
    for (let i = 0; i < segments.length; i += CHUNK) {
      if (job?.cancelled) {
        cancelled = true;
        break;
      }
      const end = Math.min(segments.length, i + CHUNK);
      for (let k = i; k < end; k++) for (const f of check(segments[k] as Segment)) findings.push(f);
      job?.report(end, segments.length);
      if (end < segments.length) await nextTurn();
    }
    const ignores = store.projectMeta.qaIgnores ?? [];
    const { open, ignored } = applyIgnores(findings, ignores);
    return {
      findings: open,
      ignored: ignored.map(({ ignoredReason, ...f }) => ({ ...f, reason: ignoredReason })),
      ignores,
      summary: summarizeFindings(open),
      segments: segments.length,
      // A cancel that arrives after the last chunk changes nothing: the run is complete.
      cancelled,
      notes: [...(options.profile ? [] : stored.notes), ...ports.notes],
      profile,
    };
  }

  /** QA of one segment with the reviewer's live text (on confirm and while typing); ignored findings left out. */
  async segment(segmentId: string, target?: string): Promise<readonly QaFinding[]> {
    const store = await this.store();
    const saved = store.segment(segmentId);
    const segment = target === undefined ? saved : { ...saved, target };
    if (!isChecked(segment)) return [];
    const { profile } = profileOf(store);
    const ports = await this.ports(store, profile, true);
    const findings = this.live.withLive(store, segment, (index) => runQaForSegment(segment, { ...ports.options, index }));
    return applyIgnores(findings, store.projectMeta.qaIgnores ?? []).open;
  }

  /** The open findings of a document or the project as a delivery report. */
  async report(format: 'html' | 'csv', documentId?: string): Promise<ExportedFile> {
    const store = await this.store();
    const result = await this.run(documentId !== undefined ? { documentId } : {});
    const name = store.projectMeta.name;
    const docName = documentId !== undefined ? store.document(documentId).name : undefined;
    const base = safeFileName(docName ? docName.replace(/\.[^.]+$/, '') : name, 'qa');
    if (format === 'csv') {
      return { fileName: `${base}.qa.csv`, mimeType: 'text/csv', base64: Buffer.from(csvWithText(store, result.findings), 'utf8').toString('base64') };
    }
    const texts = new Map<string, { source: string; target: string }>();
    for (const f of result.findings) if (!texts.has(f.segmentId)) texts.set(f.segmentId, { source: store.segment(f.segmentId).source, target: store.segment(f.segmentId).target });
    const html = qaReportHtml(result.findings, {
      title: `QA report: ${docName ?? name}`,
      generatedAt: new Date().toISOString(),
      projectName: name,
      profileName: result.profile.name,
      segmentCount: result.segments,
      segmentText: (id) => texts.get(id),
    });
    return { fileName: `${base}.qa.html`, mimeType: 'text/html', base64: Buffer.from(html, 'utf8').toString('base64') };
  }

  /** Terminology and spelling for this run; either degrades to nothing with a note rather than failing QA. */
  private async ports(store: ProjectStore, profile: QaProfile, suggestions: boolean): Promise<Ports> {
    const notes: Said[] = [];
    let glossary = null;
    try {
      const index = await this.glossary(store.dir);
      if (index) glossary = qaGlossary(index);
      else notes.push(say('qa.noGlossary'));
    } catch (err) {
      notes.push(say('qa.glossaryUnreadable', { reason: reason(err) }));
    }
    let spell;
    if (isCheckEnabled(profile, 'spelling.misspelled')) {
      try {
        const checker = await loadSpellChecker();
        spell = createSpellPort(checker, {
          projectWords: store.projectMeta.spellingWords ?? [],
          ...(glossary ? { glossaryWords: glossary.spellWords } : {}),
          suggestions,
        });
      } catch (err) {
        notes.push(say('qa.dictionaryUnavailable', { reason: reason(err) }));
      }
    }
    const options: QaOptions = {
      profile,
      ...(glossary ? { termMap: glossary.termMap } : {}),
      // The glossary engine is the costliest part of a run: skipped when the profile wants no terminology.
      ...(glossary && TERMINOLOGY.some((id) => isCheckEnabled(profile, id)) ? { termChecks: glossary.termChecks } : {}),
      ...(spell ? { spell } : {}),
    };
    return { options, notes };
  }
}

/** The shared CSV report with the segment's source and target added, so a spreadsheet reader needs nothing else. */
function csvWithText(store: ProjectStore, findings: readonly QaFinding[]): string {
  const header = qaReportCsv([]).replace(/\r\n$/, '');
  const rows = findings.map((f) => {
    // One finding at a time: its row is everything after the header, whatever quoted line breaks it holds.
    const row = qaReportCsv([f]).slice(header.length + 2).replace(/\r\n$/, '');
    const segment = store.segment(f.segmentId);
    return `${row},${csvCell(segment.source)},${csvCell(segment.target)}`;
  });
  return [`${header},source,target`, ...rows].join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  // As shared/qa/report.ts: a leading = + - @ would run as a spreadsheet formula.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function allSegments(store: ProjectStore): Segment[] {
  return store.listDocuments().flatMap((d) => store.segmentsOf(d.id));
}

function profileOf(store: ProjectStore): { profile: QaProfile; notes: Said[] } {
  const stored = store.projectMeta.qaProfile;
  if (stored === undefined) return { profile: DEFAULT_QA_PROFILE, notes: [] };
  const parsed = parseQaProfile(stored);
  if (parsed.ok) return { profile: parsed.profile, notes: [] };
  return { profile: DEFAULT_QA_PROFILE, notes: [say('qa.profileDamaged', { reason: parsed.errors[0] ?? '' })] };
}
