// A glossary shared in a folder: two real processes editing it at once, and the folder watcher.
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { appendFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { GlossaryStore } from '../../electron/services/glossary/glossary-store';
import { GlossaryServices } from '../../electron/services/glossary/handlers';
import { Workspace } from '../../electron/services/workspace';
import type { RevisionRecord } from '../../shared/glossary/merge';
import { foldRecords } from '../../shared/glossary/merge';
import type { GlossaryEntry } from '../../shared/glossary/model';
import { createEntry, updateEntry } from '../../shared/glossary/revision';
import type { EditLog } from '../support/glossary-child';
import { glossaryDigest, SHARED_ENTRIES, sharedId } from '../support/glossary-child';
import { REPO_DIR } from '../support/paths';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
const CHILD = path.join(REPO_DIR, 'test/support/glossary-child.ts');
const EDITS = 1000;
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
});

/** A child process with a line reader: `until(pred)` resolves with the first line that matches. */
function startChild(dir: string, name: string, seed: number, count = EDITS) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, name, String(count), String(seed)], { cwd: REPO_DIR, stdio: ['pipe', 'pipe', 'pipe'] });
  children.push(child);
  const lines: string[] = [];
  let buffer = '';
  let stderr = '';
  const waiters: Array<() => void> = [];
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    lines.push(...parts);
    for (const w of waiters.splice(0)) w();
  });
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.on('exit', () => {
    for (const w of waiters.splice(0)) w();
  });
  const until = async (wanted: (line: string) => boolean, from = 0): Promise<string> => {
    for (;;) {
      const found = lines.slice(from).find(wanted);
      if (found !== undefined) return found;
      if (child.exitCode !== null) throw new Error(`child ${name} exited (${child.exitCode}): ${stderr}`);
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  const send = (line: string) => child.stdin?.write(line + '\n');
  const edits = () => lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as EditLog);
  return { child, lines, until, send, edits };
}

const byId = (a: GlossaryEntry, b: GlossaryEntry) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every revision reachable from `version` by edits, merges (supersededBy) and resolutions. */
function reachable(history: readonly RevisionRecord[], version: string): Set<string> {
  const out = new Set([version]);
  const add = (v: string) => {
    if (out.has(v)) return false;
    out.add(v);
    return true;
  };
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of history) {
      if (out.has(r.entry.version)) {
        if (r.entry.supersededBy && add(r.entry.supersededBy)) grew = true;
      } else if (r.parent !== null && out.has(r.parent) && add(r.entry.version)) grew = true;
    }
  }
  return out;
}

describe('a shared glossary folder', () => {
  it('two processes making 1,000 interleaved edits each end up with the same glossary, nothing lost', async () => {
    const dir = path.join(tempDir(), 'Team.tinjau-glossary');
    const seedStore = GlossaryStore.create(dir, 'Team', { watch: false });
    const at = new Date().toISOString();
    seedStore.append(
      Array.from({ length: SHARED_ENTRIES }, (_, k) => ({
        entry: createEntry({ id: sharedId(k), sourceTerms: [`bersama ${k}`], targets: [{ text: `shared ${k}`, status: 'preferred' }], caseSensitive: false }, at),
        parent: null,
      })),
    );
    seedStore.close();

    const a = startChild(dir, 'A', 7);
    const b = startChild(dir, 'B', 11);
    await Promise.all([a.until((l) => l === 'ready'), b.until((l) => l === 'ready')]);
    a.send('go');
    b.send('go');
    await Promise.all([a.until((l) => l === 'done'), b.until((l) => l === 'done')]);
    // Round one reads the other's records and writes any merge; round two reads those merges.
    for (let round = 1; round <= 2; round++) {
      const from = [a.lines.length, b.lines.length];
      a.send('sync');
      b.send('sync');
      await Promise.all([a.until((l) => l === 'synced', from[0]), b.until((l) => l === 'synced', from[1])]);
    }
    const from = [a.lines.length, b.lines.length];
    a.send('report');
    b.send('report');
    const [reportA, reportB] = await Promise.all([a.until((l) => l.startsWith('report '), from[0]), b.until((l) => l.startsWith('report '), from[1])]);
    a.send('quit');
    b.send('quit');

    const reader = GlossaryStore.open(dir, { watch: false });
    expect(reader.warnings).toEqual([]);
    // Both processes and a fresh reader see the same entries and the same conflicts.
    expect(reportA).toBe(`report ${glossaryDigest(reader)}`);
    expect(reportB).toBe(reportA);
    expect(readdirSync(path.join(dir, 'records')).filter((f) => f.endsWith('.jsonl'))).toHaveLength(3);
    // The store's incremental fold gives what folding every record at once gives.
    const everything = foldRecords([...reader.entries].flatMap((e) => reader.history(e.id)));
    expect([...reader.entries].sort(byId)).toEqual([...everything.entries].sort(byId));
    expect(reader.conflicts.map((c) => c.id).sort()).toEqual(everything.conflicts.map((c) => c.id).sort());
    expect(everything.created).toEqual([]);

    const logs = [...a.edits(), ...b.edits()];
    expect(a.edits()).toHaveLength(EDITS);
    expect(b.edits()).toHaveLength(EDITS);
    // Every edit was written, and every entry only one process edited is exactly as it left it.
    for (const e of logs) expect(reader.revision(e.id, e.version), `${e.op} ${e.id}`).toBeDefined();
    const lastOwn = new Map<string, EditLog>();
    for (const e of logs) if (!e.op.startsWith('collide')) lastOwn.set(e.id, e);
    for (const [id, e] of lastOwn) {
      const entry = reader.entry(id) as GlossaryEntry;
      expect([id, entry.version, entry.deleted === true]).toEqual([id, e.version, e.op === 'delete']);
    }

    // Every collision on a shared entry is either in the entry (merged or edited over knowingly)
    // or listed in its conflict: each process's last revision leads to the entry or to a listed one.
    const outcome = { foldMerged: 0, conflict: 0, merged: 0 };
    for (let k = 0; k < SHARED_ENTRIES; k++) {
      const id = sharedId(k);
      const history = reader.history(id);
      const conflict = reader.conflict(id);
      const shown = [reader.entry(id)?.version as string, ...(conflict?.others.map((o) => o.version) ?? [])];
      if (conflict) outcome.conflict++;
      if (history.some((r) => r.entry.supersededBy && r.entry.deleted && !history.some((x) => x.parent === r.entry.version))) outcome.foldMerged++;
      for (const log of [a.edits(), b.edits()]) {
        const last = log.filter((e) => e.id === id).at(-1);
        if (!last) continue;
        const leadsTo = reachable(history, last.version);
        expect(shown.some((v) => leadsTo.has(v)), `${id}: ${last.version} is neither in the entry nor in its conflict`).toBe(true);
      }
      // Odd shared entries: A changed the note, B the domain; without a conflict both changes are in.
      if (k % 2 === 1 && !conflict) {
        outcome.merged++;
        const entry = reader.entry(id) as GlossaryEntry;
        expect(entry.note).toBe(a.edits().filter((e) => e.id === id).at(-1)?.value);
        expect(entry.domain).toBe(b.edits().filter((e) => e.id === id).at(-1)?.value);
      }
    }
    // The collisions were real: some merged on their own, some wait for a reviewer.
    expect(outcome.merged).toBeGreaterThan(0);
    expect(outcome.conflict).toBeGreaterThan(0);
    console.log(
      `shared glossary: ${reader.entryCount} entries; of ${SHARED_ENTRIES} shared entries ${outcome.conflict} end in conflict, ` +
        `${outcome.merged} of the ${SHARED_ENTRIES / 2} where the two changed different fields end merged with both changes, ` +
        `${outcome.foldMerged} were merged by the fold (edits that crossed unseen)`,
    );
    reader.close();
  }, 90_000);

  for (const events of [true, false]) {
    it(`shows a colleague's edit from another process in a project within seconds (${events ? 'file events' : 'polling alone'})`, async () => {
      const ws = await Workspace.create({ dataDir: tempDir(), owner: 'test' });
      const services = new GlossaryServices(ws, { events });
      try {
        const project = (await ws.createProject('Uji')).path;
        const team = path.join(tempDir(), 'Team.tinjau-glossary');
        await services.of(project).attach({ project, path: team, create: true });
        const store = services.stores.shared(team) as GlossaryStore;
        const before = store.stamp;

        const colleague = startChild(team, 'B', 3, 1);
        await colleague.until((l) => l === 'ready');
        colleague.send('go');
        const added = JSON.parse(await colleague.until((l) => l.startsWith('{'))) as EditLog;
        // No call refreshes the store here: only the watcher can bring the edit in.
        const deadline = Date.now() + 10_000;
        while (store.stamp === before && Date.now() < deadline) await sleep(50);
        expect(store.entry(added.id)?.version).toBe(added.version);
        const index = await services.of(project).index();
        expect(index.byId.has(added.id)).toBe(true);
        colleague.send('quit');
      } finally {
        services.close();
        await ws.close();
      }
    });
  }

  it('reads a half-written record only once its writer finishes the line', async () => {
    const dir = path.join(tempDir(), 'Team.tinjau-glossary');
    const store = GlossaryStore.create(dir, 'Team', { pollMs: 200 });
    const at = new Date().toISOString();
    const first = createEntry({ sourceTerms: ['sanksi'], targets: [{ text: 'sanction', status: 'preferred' }], caseSensitive: false }, at);
    store.append([{ entry: first, parent: null }]);
    const before = store.stamp;

    // A colleague's app writes its own record file; half a line first, as a slow network write would.
    const colleague = path.join(dir, 'records', 'w-colleague.jsonl');
    const edit = updateEntry(first, { note: 'UN usage' }, new Date().toISOString(), 'Budi');
    const line = JSON.stringify({ entry: edit, parent: first.version });
    appendFileSync(colleague, line.slice(0, 40));
    store.refresh();
    expect(store.entry(first.id)?.note).toBeUndefined();
    appendFileSync(colleague, line.slice(40) + '\n');

    const deadline = Date.now() + 10_000;
    while (store.stamp === before && Date.now() < deadline) await sleep(50);
    expect(store.entry(first.id)).toMatchObject({ note: 'UN usage', author: 'Budi' });
    store.close();
  });
});
