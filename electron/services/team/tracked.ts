/**
 * Tracked changes (`team/tracked.json`, local, never synced): what this copy's reviewer last saw
 * of each segment another member changed, so the workbench can show the change until the
 * reviewer confirms the segment.
 */
import type { TrackedChange } from '../../../shared/api/team-types';
import type { Segment } from '../../../shared/model/segment';
import { writeFileAtomic } from '../files';
import type { ProjectStore } from '../project-store';
import { readJson, teamFile, TRACKED_FILE } from './team-files';

interface TrackedEntry {
  readonly documentId: string;
  readonly before: string;
  readonly author: string;
  readonly at: string;
}

function readTracked(store: ProjectStore): Record<string, TrackedEntry> | null {
  return readJson<Record<string, TrackedEntry>>(teamFile(store.dir, TRACKED_FILE));
}

/** Called before a sync applies `incoming` segments: keeps what the reviewer saw of those another member changed. */
export function track(store: ProjectStore, author: string, incoming: readonly Segment[]): void {
  const tracked = readTracked(store) ?? {};
  let changed = false;
  for (const s of incoming) {
    const by = s.updatedBy;
    if (!by || by === author) continue;
    let current: Segment;
    try {
      current = store.segment(s.id);
    } catch {
      continue;
    }
    if (current.target === s.target) continue;
    const earlier = tracked[s.id];
    tracked[s.id] = { documentId: s.documentId, before: earlier ? earlier.before : current.target, author: by, at: s.updatedAt ?? new Date().toISOString() };
    changed = true;
  }
  if (changed) writeFileAtomic(teamFile(store.dir, TRACKED_FILE), JSON.stringify(tracked));
}

/** Segments of a document others changed since this copy's reviewer last confirmed them, oldest text first. */
export function trackedChanges(store: ProjectStore, author: string, documentId: string): TrackedChange[] {
  const tracked = readTracked(store) ?? {};
  const out: TrackedChange[] = [];
  for (const [segmentId, entry] of Object.entries(tracked)) {
    if (entry.documentId !== documentId) continue;
    let current: Segment;
    try {
      current = store.segment(segmentId);
    } catch {
      continue;
    }
    if (current.target === entry.before) continue;
    out.push({ segmentId, before: entry.before, after: current.target, author: current.updatedBy && current.updatedBy !== author ? current.updatedBy : entry.author, at: entry.at });
  }
  return out;
}

/** The reviewer confirmed these segments: their tracked changes are acknowledged. */
export function acknowledge(store: ProjectStore, segmentIds: readonly string[]): void {
  const tracked = readTracked(store);
  if (!tracked || !segmentIds.some((id) => id in tracked)) return;
  for (const id of segmentIds) delete tracked[id];
  writeFileAtomic(teamFile(store.dir, TRACKED_FILE), JSON.stringify(tracked));
}
