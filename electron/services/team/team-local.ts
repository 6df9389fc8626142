/**
 * The local side of a sync: the project as team files (shared/team/layout.ts) with this copy's
 * glossary and TM records and those received from others, and what a synced commit changed
 * applied back to the project through the store's `commit()`. No git here.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TinjauDocument } from '../../../shared/model/project';
import type { Revision } from '../../../shared/model/revision';
import type { Segment } from '../../../shared/model/segment';
import type { TeamFiles } from '../../../shared/team/layout';
import { metaFromFile, pathKind, projectFiles, readShard } from '../../../shared/team/layout';
import { mergeTeamFile } from '../../../shared/team/merge';
import { writeFileAtomic } from '../files';
import type { ProjectStore } from '../project-store';
import type { TeamLink } from './team-files';
import { track } from './tracked';

/** Local glossary and TM record folders mirrored into the repository (glossary/, tm/). */
const RECORD_AREAS = [
  { area: 'glossary', dir: path.join('glossary', 'records') },
  { area: 'tm', dir: path.join('tm', 'records') },
] as const;
const MEMBER_PREFIX = 'team-';

/** The project's state as team files, plus this copy's glossary and TM records and those received from others. */
export function localFiles(store: ProjectStore, link: TeamLink): TeamFiles {
  const files = projectFiles(store);
  for (const { area, dir } of RECORD_AREAS) {
    const folder = path.join(store.dir, dir);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder)) {
      if (!name.endsWith('.jsonl')) continue;
      const content = readFileSync(path.join(folder, name), 'utf8');
      // Only whole lines: a writer may be appending right now.
      const whole = content.slice(0, content.lastIndexOf('\n') + 1);
      if (!whole) continue;
      const repoName = name.startsWith(MEMBER_PREFIX) ? name.slice(MEMBER_PREFIX.length) : `${link.memberId}.${name}`;
      files.set(`${area}/${repoName}`, whole);
    }
  }
  return files;
}

/**
 * Applies `incoming` (what the synced commit holds where it differs from `before`) to the
 * project, and returns how many changes were received. Anything edited locally while the sync ran
 * is merged with it (before as the base), so an edit made during a sync is neither lost nor
 * silently overwritten. Segments changed by others are tracked for `author`, this copy's reviewer.
 */
export function applyIncoming(store: ProjectStore, link: TeamLink, author: string, before: TeamFiles, incoming: TeamFiles, paths: readonly string[]): number {
  if (paths.length === 0) return 0;
  const now = localFiles(store, link);
  const changes = new Map<string, { from: string | undefined; to: string | undefined }>();
  for (const p of paths) {
    let to = incoming.get(p);
    const current = now.get(p);
    if (current !== before.get(p)) to = mergeTeamFile(p, before.get(p), current, to);
    if (to !== current) changes.set(p, { from: current, to });
  }
  let received = 0;
  const byDocument = new Map<string, Map<string, { from: string | undefined; to: string | undefined }>>();
  for (const [p, change] of changes) {
    const kind = pathKind(p);
    if (!kind) continue;
    if (kind.kind === 'project' && change.to) {
      store.commit({ op: 'put-meta', meta: metaFromFile(change.to, store.projectMeta) });
      received++;
    } else if (kind.kind === 'records' && change.to) {
      received += writeRecords(store, link, p, change.from, change.to);
    } else if (kind.documentId) {
      const list = byDocument.get(kind.documentId) ?? new Map();
      list.set(p, change);
      byDocument.set(kind.documentId, list);
    }
  }
  for (const [docId, docChanges] of byDocument) {
    const docChange = docChanges.get(`documents/${docId}/document.json`);
    const known = store.listDocuments().some((d) => d.id === docId);
    if (docChange && docChange.to === undefined) {
      if (known) store.commit({ op: 'remove-document', documentId: docId });
      received++;
      continue;
    }
    const segments: Segment[] = [];
    const removed: string[] = [];
    const revisions: Revision[] = [];
    for (const [p, change] of docChanges) {
      const kind = pathKind(p)?.kind;
      if (kind === 'segments') {
        const from = readShard<Segment>(change.from);
        const to = readShard<Segment>(change.to);
        for (const [id, s] of to) if (!from.has(id) || JSON.stringify(from.get(id)) !== JSON.stringify(s)) segments.push(s);
        for (const id of from.keys()) if (!to.has(id)) removed.push(id);
      } else if (kind === 'revisions') {
        const from = readShard<Revision>(change.from);
        for (const [id, r] of readShard<Revision>(change.to)) if (!from.has(id)) revisions.push(r);
      }
    }
    received += segments.length + removed.length + revisions.length;
    if (!known) {
      if (!docChange?.to) continue; // segments of a document this copy removed: kept on the remote
      const document = JSON.parse(docChange.to) as TinjauDocument;
      store.commit({ op: 'add-document', document, segments: segments.sort((a, b) => a.index - b.index), revisions });
      received++;
    } else if (segments.length || removed.length || revisions.length || docChange) {
      track(store, author, segments);
      store.commit({
        op: 'put-segments',
        segments,
        revisions,
        ...(removed.length ? { removed } : {}),
        ...(docChange?.to ? { document: withoutOriginal(JSON.parse(docChange.to) as TinjauDocument) } : {}),
      });
      if (docChange) received++;
    }
  }
  return received;
}

/** A glossary/TM record file from the repository, written where the local glossary or TM reads it. */
function writeRecords(store: ProjectStore, link: TeamLink, repoPath: string, from: string | undefined, to: string): number {
  const [area, name] = repoPath.split('/') as [string, string];
  if (name.startsWith(`${link.memberId}.`)) return 0; // this copy's own file: only its writer writes it
  const spec = RECORD_AREAS.find((a) => a.area === area);
  if (!spec) return 0;
  const folder = path.join(store.dir, spec.dir);
  mkdirSync(folder, { recursive: true });
  writeFileAtomic(path.join(folder, `${MEMBER_PREFIX}${name}`), to);
  const had = new Set((from ?? '').split('\n'));
  return to.split('\n').filter((l) => l && !had.has(l)).length;
}

/** An existing document's original file never changes after import; the store keeps it apart. */
function withoutOriginal(doc: TinjauDocument): TinjauDocument {
  const { original: _original, ...rest } = doc;
  return rest;
}
