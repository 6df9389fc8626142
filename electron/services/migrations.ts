import { CURRENT_SCHEMA_VERSION } from '../../shared/model/project';
import { SEGMENT_STATUSES } from '../../shared/model/segment';
import { say, type MessageText, type Said } from '../../shared/messages/text';
import { isBlobName } from './blobs';
import type { JournalEntry, ProjectSnapshot } from './journal';

/**
 * Why a snapshot cannot be upgraded: the English `message`, and the keyed `text` that `reason()`
 * carries into the damaged-project message the user sees (electron/services/backups.ts).
 */
export class UpgradeError extends Error {
  readonly text: MessageText;

  constructor(said: Said) {
    super(said.message);
    this.text = said.text;
    this.name = 'UpgradeError';
  }
}

/**
 * One step of the project format, from `from` to `to` (= from + 1).
 *
 * `migrate` receives the parsed snapshot of version `from` and returns version `to`; it must not
 * mutate its input (the caller keeps the original for the pre-migration backup). A step that
 * changes records carried by journal entries (segments, revisions, documents) also gives
 * `migrateEntry`, so changes journaled by the older Tinjau replay correctly after the upgrade.
 */
export interface Migration {
  readonly from: number;
  readonly to: number;
  readonly describe: string;
  migrate(data: Record<string, unknown>): Record<string, unknown>;
  migrateEntry?(entry: Record<string, unknown>): Record<string, unknown>;
}

type Loose = Record<string, unknown>;

const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Loose[] => (Array.isArray(v) ? v.filter(isObject) : []);

/**
 * Format 0 (Tinjau before the journal): no `schemaVersion` or `lastSeq`, `project.created`,
 * documents without `segmentation`, segments without `kind`, drafts as plain strings (their origin
 * was not recorded), the status `confirmed` (now `reviewed`) and revisions without `origin`.
 * See test/fixtures/projects/v0-artikel.tinjau/project.json.
 */
const v0ToV1: Migration = {
  from: 0,
  to: 1,
  describe: 'segment kinds, draft origins, revision origins and the edit journal',
  migrate(data) {
    const project = isObject(data.project) ? data.project : {};
    const { created, ...rest } = project;
    return {
      ...data,
      schemaVersion: 1,
      lastSeq: 0,
      project: { ...rest, createdAt: typeof rest.createdAt === 'string' ? rest.createdAt : String(created ?? '') },
      documents: list(data.documents).map((d) => ({ segmentation: 'paragraph', ...d })),
      segments: list(data.segments).map((s) => ({
        ...s,
        kind: typeof s.kind === 'string' ? s.kind : 'paragraph',
        draft: typeof s.draft === 'string' ? { text: s.draft, origin: 'import' } : (s.draft ?? null),
        status: s.status === 'confirmed' ? 'reviewed' : s.status,
      })),
      revisions: list(data.revisions).map((r) => ({
        ...r,
        origin: typeof r.origin === 'string' ? r.origin : 'typing',
        status: r.status === 'confirmed' ? 'reviewed' : r.status,
      })),
    };
  },
};

/**
 * Format 1 kept everything in project.json; format 2 keeps metadata and the document list there
 * and each document's segments, history and original file in blobs. This step moves each
 * document's records under it (`legacy`); the store writes them out as blobs right after the
 * upgrade (with the pre-migration backup taken first). Journal lines of format 1 replay as they are.
 */
const v1ToV2: Migration = {
  from: 1,
  to: 2,
  describe: 'per-document shards and the original files in content-addressed blobs',
  migrate(data) {
    const problem = segmentsProblem(data.segments);
    if (problem) throw new UpgradeError(problem);
    const documents = list(data.documents);
    const known = new Set(documents.map((d) => String(d.id)));
    const segments = new Map<string, Loose[]>(documents.map((d) => [String(d.id), []]));
    const documentOf = new Map<string, string>();
    for (const s of list(data.segments)) {
      const doc = String(s.documentId);
      if (!known.has(doc)) continue; // not listed by any document: never shown, not carried over
      segments.get(doc)?.push(s);
      documentOf.set(String(s.id), doc);
    }
    const revisions = new Map<string, Loose[]>(documents.map((d) => [String(d.id), []]));
    for (const r of list(data.revisions)) {
      const segmentId = String(r.segmentId);
      // A joined-away segment's history stays with the document its id names.
      const doc = documentOf.get(segmentId) ?? [...known].find((id) => segmentId.startsWith(`${id}-`));
      if (doc) revisions.get(doc)?.push(r);
    }
    return {
      schemaVersion: 2,
      lastSeq: data.lastSeq,
      project: data.project,
      documents: documents.map((d) => ({ ...d, legacy: { segments: segments.get(String(d.id)) ?? [], revisions: revisions.get(String(d.id)) ?? [] } })),
    };
  },
};

/**
 * Format 2 kept each document's segments in one blob, which a one-segment edit had to read
 * whole; format 3 keeps them in chunks (a blob per few thousand segments) and a blob of each
 * chunk's ids. The snapshot keeps naming the format-2 blob (`shard.segments`) and the store,
 * right after the upgrade (with the pre-migration backup taken first), reads it and writes the
 * chunks. Journal lines of format 2 name such blobs too and replay as they are.
 */
const v2ToV3: Migration = {
  from: 2,
  to: 3,
  describe: 'segments in chunks with an index of their ids',
  migrate(data) {
    return { ...data, schemaVersion: 3 };
  },
};

/** Every step, oldest first; the next format adds its step at the end. */
export const MIGRATIONS: readonly Migration[] = [v0ToV1, v1ToV2, v2ToV3];

/** A snapshot's format version; files written before versions existed are version 0. */
export function schemaVersionOf(data: unknown): number {
  if (!isObject(data)) return Number.NaN;
  const v = data.schemaVersion;
  if (v === undefined) return 0;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : Number.NaN;
}

export interface Upgrade {
  readonly data: ProjectSnapshot;
  readonly from: number;
  /** The steps that ran, e.g. ["0 → 1: segment kinds, ..."]; empty when already current. */
  readonly steps: readonly string[];
  /** Turns a journal entry written in format `from` into the current format. */
  readonly upgradeEntry: (entry: JournalEntry) => JournalEntry;
}

/**
 * Brings a parsed snapshot to the current format, step by step.
 *
 * Throws (with the reason) when the data is not a project or a step is missing; the caller
 * decides whether that means a damaged file.
 */
export function upgradeProject(raw: unknown, migrations: readonly Migration[] = MIGRATIONS, target = CURRENT_SCHEMA_VERSION): Upgrade {
  const from = schemaVersionOf(raw);
  if (!isObject(raw) || Number.isNaN(from)) throw new UpgradeError(say('migration.notProject'));
  if (from > target) throw new UpgradeError(say('migration.newerFormat', { from: String(from), target: String(target) }));
  let data: Loose = raw;
  const used: Migration[] = [];
  for (let version = from; version < target; ) {
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new UpgradeError(say('migration.noStep', { version: String(version) }));
    data = step.migrate(data);
    used.push(step);
    version = step.to;
  }
  const problem = projectDataProblem(data, target);
  if (problem) throw new UpgradeError(problem);
  return {
    data: data as unknown as ProjectSnapshot,
    from,
    steps: used.map((m) => `${m.from} → ${m.to}: ${m.describe}`),
    upgradeEntry: (entry) =>
      used.reduce<Loose>((e, m) => (m.migrateEntry ? m.migrateEntry(e) : e), entry as unknown as Loose) as unknown as JournalEntry,
  };
}

/** Why `data` is not a current-format project, or null when it is one. Checks shape, not every field. */
export function projectDataProblem(data: unknown, version = CURRENT_SCHEMA_VERSION): Said | null {
  if (!isObject(data)) return say('migration.notObject');
  if (data.schemaVersion !== version) return say('migration.wrongVersion', { version: String(data.schemaVersion) });
  if (typeof data.lastSeq !== 'number' || !Number.isInteger(data.lastSeq) || data.lastSeq < 0) return say('migration.noLastSeq');
  if (!isObject(data.project) || typeof data.project.id !== 'string') return say('migration.noMetadata');
  if (!Array.isArray(data.documents) || !data.documents.every(isObject)) return say('migration.notRecords', { key: 'documents' });
  for (const doc of data.documents as Loose[]) {
    if (typeof doc.id !== 'string') return say('migration.notRecords', { key: 'documents' });
    if (isObject(doc.legacy)) {
      const { segments, revisions } = doc.legacy;
      if (!Array.isArray(revisions) || !revisions.every(isObject)) return say('migration.notRecords', { key: 'revisions' });
      const problem = segmentsProblem(segments);
      if (problem) return problem;
    } else if (!isObject(doc.shard) || !shardNamesSegments(doc.shard) || !isBlobName(doc.shard.history) || !isObject(doc.shard.progress)) {
      return say('migration.notRecords', { key: 'documents' });
    }
  }
  return null;
}

/** A shard names its segments: one blob (format 2), or chunks and their id index (format 3). */
function shardNamesSegments(shard: Loose): boolean {
  if (shard.chunks === undefined) return isBlobName(shard.segments);
  return Array.isArray(shard.chunks) && shard.chunks.every(isBlobName) && isBlobName(shard.ids);
}

/** Why a list is not a document's segments (a shard's or a migrated document's), or null. */
export function segmentsProblem(segments: unknown): Said | null {
  if (!Array.isArray(segments) || !segments.every(isObject)) return say('migration.notRecords', { key: 'segments' });
  const bad = (segments as Loose[]).find((s) => typeof s.id !== 'string' || typeof s.documentId !== 'string' || typeof s.index !== 'number' || !SEGMENT_STATUSES.includes(s.status as never));
  if (bad) return say('migration.incompleteSegment', { id: String(bad.id) });
  return null;
}
