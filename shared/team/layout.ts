/**
 * How a project is laid out in a team repository, made for merging:
 *
 *   tinjau-team.json                       marks the repository as a Tinjau project (format, project id)
 *   project.json                           the project's settings (sorted keys, one field a line)
 *   documents/<doc>/document.json          a document's metadata
 *   documents/<doc>/segments/<xx>.jsonl    segment states, one a line, sorted by id (256 shards by id)
 *   documents/<doc>/revisions/<xx>.jsonl   revisions (history), one a line, sorted by id
 *   glossary/<member>.jsonl, tm/<member>.jsonl   each member's glossary / TM records, append-only
 *
 * Ids are stable, keys sorted, so the same state always gives the same bytes and two people's
 * changes to different segments touch different lines (usually different files).
 */
import type { ProjectMeta, TinjauDocument } from '../model/project';
import type { Revision } from '../model/revision';
import type { Segment } from '../model/segment';

export const TEAM_MARKER = 'tinjau-team.json';
export const TEAM_FORMAT = 1;
export const PROJECT_FILE = 'project.json';

/** Repository path → file content. */
export type TeamFiles = Map<string, string>;

export interface TeamMarker {
  readonly format: number;
  readonly projectId: string;
  readonly name: string;
}

/** What the layout reads from a project (the store's public view). */
export interface ProjectView {
  readonly projectMeta: ProjectMeta;
  listDocuments(): readonly TinjauDocument[];
  segmentsOf(documentId: string): readonly Segment[];
  revisionsOf(segmentId: string): readonly Revision[];
  /** The original bilingual file, when the store keeps it apart from the document. */
  originalOf?(documentId: string): string | undefined;
}

/** Meta fields that are paths on one machine: never shared. */
const LOCAL_META_KEYS = ['glossaries', 'tms'] as const;

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/** One line: keys sorted at every level. */
export function stableLine(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

/** A whole JSON file: keys sorted, indented, one field a line, ending in a newline. */
export function stableFile(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2) + '\n';
}

/** The shard (00..ff) a record id lives in: FNV-1a of the id. */
export function shardOf(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return ((h >>> 0) & 0xff).toString(16).padStart(2, '0');
}

export const documentFile = (docId: string): string => `documents/${docId}/document.json`;
export const segmentShard = (docId: string, segmentId: string): string => `documents/${docId}/segments/${shardOf(segmentId)}.jsonl`;
export const revisionShard = (docId: string, segmentId: string): string => `documents/${docId}/revisions/${shardOf(segmentId)}.jsonl`;

export type TeamPathKind = 'marker' | 'project' | 'document' | 'segments' | 'revisions' | 'records';

export function pathKind(p: string): { kind: TeamPathKind; documentId?: string } | null {
  if (p === TEAM_MARKER) return { kind: 'marker' };
  if (p === PROJECT_FILE) return { kind: 'project' };
  const doc = /^documents\/([^/]+)\/(document\.json|segments\/[0-9a-f]{2}\.jsonl|revisions\/[0-9a-f]{2}\.jsonl)$/.exec(p);
  if (doc) {
    const rest = doc[2] as string;
    return { kind: rest === 'document.json' ? 'document' : rest.startsWith('segments') ? 'segments' : 'revisions', documentId: doc[1] as string };
  }
  if (/^(glossary|tm)\/[^/]+\.jsonl$/.test(p)) return { kind: 'records' };
  return null;
}

function sharedMeta(meta: ProjectMeta): Record<string, unknown> {
  const out: Record<string, unknown> = { ...meta };
  for (const key of LOCAL_META_KEYS) delete out[key];
  return out;
}

/** The shared settings from project.json, with this machine's own paths kept. */
export function metaFromFile(content: string, local: ProjectMeta): ProjectMeta {
  const shared = JSON.parse(content) as ProjectMeta;
  const kept: Record<string, unknown> = {};
  for (const key of LOCAL_META_KEYS) if (local[key] !== undefined) kept[key] = local[key];
  return { ...shared, ...kept } as ProjectMeta;
}

export function markerFor(meta: ProjectMeta): TeamMarker {
  return { format: TEAM_FORMAT, projectId: meta.id, name: meta.name };
}

/** Every file of the project's state (records files excluded: the caller adds them). */
export function projectFiles(view: ProjectView): TeamFiles {
  const files: TeamFiles = new Map();
  files.set(TEAM_MARKER, stableFile(markerFor(view.projectMeta)));
  files.set(PROJECT_FILE, stableFile(sharedMeta(view.projectMeta)));
  for (const doc of view.listDocuments()) {
    // The store's own bookkeeping (where its shards are) is not part of the shared state.
    const { shard: _shard, ...record } = doc as TinjauDocument & { shard?: unknown };
    const original = record.original ?? view.originalOf?.(doc.id);
    files.set(documentFile(doc.id), stableFile({ ...record, ...(original !== undefined ? { original } : {}) }));
    const segments = new Map<string, string[]>();
    const revisions = new Map<string, string[]>();
    for (const segment of view.segmentsOf(doc.id)) {
      const shard = shardOf(segment.id);
      pushTo(segments, shard, `${segment.id}\t${stableLine(segment)}`);
      for (const revision of view.revisionsOf(segment.id)) pushTo(revisions, shard, `${revision.id}\t${stableLine(revision)}`);
    }
    for (const [shard, lines] of segments) files.set(`documents/${doc.id}/segments/${shard}.jsonl`, joinSorted(lines));
    for (const [shard, lines] of revisions) files.set(`documents/${doc.id}/revisions/${shard}.jsonl`, joinSorted(lines));
  }
  return files;
}

function pushTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Lines arrive as "id\tjson" so they sort by id; the file holds the JSON only. */
function joinSorted(keyed: string[]): string {
  keyed.sort((a, b) => {
    const ka = a.slice(0, a.indexOf('\t'));
    const kb = b.slice(0, b.indexOf('\t'));
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  return keyed.map((l) => l.slice(l.indexOf('\t') + 1)).join('\n') + '\n';
}

/** A shard's records by id (segments and revisions both have `id`). */
export function readShard<T extends { id: string }>(content: string | undefined): Map<string, T> {
  const out = new Map<string, T>();
  if (!content) return out;
  for (const line of content.split('\n')) {
    if (!line) continue;
    const record = JSON.parse(line) as T;
    out.set(record.id, record);
  }
  return out;
}

export function writeShard(records: Iterable<{ id: string }>): string | undefined {
  const lines = [...records].map((r) => `${r.id}\t${stableLine(r)}`);
  return lines.length ? joinSorted(lines) : undefined;
}
