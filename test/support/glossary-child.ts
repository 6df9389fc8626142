/**
 * A colleague editing a shared glossary from another process, for test/service/glossary-shared.test.ts.
 *
 * Run: node --import tsx test/support/glossary-child.ts DIR NAME COUNT SEED
 * Prints "ready", waits for "go" on stdin, then makes COUNT edits and prints one JSON line per
 * edit (`EditLog`), then "done". Afterwards "sync" reads everything the other process wrote (and
 * records any automatic merge) and prints "synced"; "report" prints "report <digest>"; "quit"
 * closes the store. Edits go through the same functions as the API (entry-edits.ts).
 *
 * Every tenth edit is a deliberate collision on one of the shared entries the parent created:
 * it is made on the revision this process last saw of that entry (the parent's, the first time),
 * so when the other process changed the entry meanwhile it becomes a sibling revision. NAME "A" always edits the note;
 * "B" edits the note of even entries (a real conflict) and the domain of odd ones (merges).
 */
import { createInterface } from 'node:readline';
import { setImmediate as yieldToIo } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import type { GlossaryEntry } from '../../shared/glossary/model';
import { deleteEntry, hashText } from '../../shared/glossary/revision';
import type { EditableFields } from '../../electron/services/glossary/entry-edits';
import { deleteRecords, saveRecords } from '../../electron/services/glossary/entry-edits';
import { GlossaryStore } from '../../electron/services/glossary/glossary-store';

export const SHARED_ENTRIES = 30;
export const sharedId = (k: number) => `shared-${k}`;

export interface EditLog {
  readonly n: number;
  readonly op: 'add' | 'change' | 'delete' | 'collide' | 'collide-delete';
  readonly id: string;
  /** The revision this edit wrote. */
  readonly version: string;
  /** For collisions: the (possibly stale) revision the edit was made on, and what it set. */
  readonly base?: string;
  readonly field?: 'note' | 'domain';
  readonly value?: string;
}

/** What a process sees: every entry's revision and every conflict, hashed. */
export function glossaryDigest(store: GlossaryStore): string {
  const entries = [...store.entries].map((e) => `${e.id}@${e.version}${e.deleted ? 'x' : ''}`).sort();
  const conflicts = store.conflicts.map((c) => `${c.id}:${c.winner.version}>${c.others.map((o) => o.version).sort().join(',')}`).sort();
  return hashText(entries.join('\n') + '\n--\n' + conflicts.join('\n'));
}

function fieldsOf(e: GlossaryEntry): EditableFields {
  return { sourceTerms: e.sourceTerms, targets: e.targets, pos: e.pos, note: e.note, domain: e.domain, caseSensitive: e.caseSensitive, morphology: e.morphology };
}

async function main(): Promise<void> {
  const [dir, name, countArg, seedArg] = process.argv.slice(2);
  if (!dir || !name || !countArg || !seedArg) throw new Error('usage: glossary-child.ts DIR NAME COUNT SEED');
  let seed = Number(seedArg);
  const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const store = GlossaryStore.open(dir, { pollMs: 300 });
  const author = `reviewer ${name}`;
  const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
  const next = async () => ((await lines.next()).value as string | undefined)?.trim();
  const say = (line: string) => process.stdout.write(line + '\n');

  say('ready');
  if ((await next()) !== 'go') return;
  const own: string[] = [];
  const lastSeen = new Map<string, string>();
  for (let n = 0; n < Number(countArg); n++) {
    // The app reads new records before each save, but on a network drive a colleague's record can
    // take a while to show: here only every third edit reads first, so some edits cross unseen.
    if (n % 3 === 0) store.refresh();
    const now = new Date().toISOString();
    let log: EditLog;
    if (n % 10 === 5) {
      const k = Math.floor(n / 10) % SHARED_ENTRIES;
      const id = sharedId(k);
      const current = store.entry(id) as GlossaryEntry;
      // The first edit of each shared entry is made on the revision the parent created, so the
      // second process to reach it collides whatever the timing; later ones on what it last saw.
      const seed = store.history(id).find((r) => r.parent === null)?.entry.version ?? '';
      const base = store.revision(id, lastSeen.get(id) ?? seed) ?? current;
      if (name === 'A' && k % 2 === 0 && n % 100 === 15 && !base.deleted) {
        // A delete against B's edits of the same entry: an edit beats a delete, which is listed.
        const entry = deleteEntry(base, now, author);
        store.append([{ entry, parent: base.version }]);
        log = { n, op: 'collide-delete', id, version: entry.version, base: base.version };
      } else {
        const field = name === 'A' || k % 2 === 0 ? 'note' : 'domain';
        const value = `${name} ${field} ${n}`;
        const { records, entry } = saveRecords(store, { id, baseVersion: base.version, fields: { ...fieldsOf(base), [field]: value } }, author, now);
        store.append(records);
        log = { n, op: 'collide', id, version: entry?.version ?? base.version, base: base.version, field, value };
      }
      lastSeen.set(id, (store.entry(id) as GlossaryEntry).version);
    } else {
      const live = own.filter((id) => store.entry(id)?.deleted !== true);
      const r = rand();
      if (live.length < 5 || r < 0.5) {
        const fields: EditableFields = { sourceTerms: [`${name} istilah ${n}`], targets: [{ text: `${name} term ${n}`, status: 'preferred' }], caseSensitive: false };
        const { records, entry } = saveRecords(store, { fields }, author, now);
        store.append(records);
        own.push((entry as GlossaryEntry).id);
        log = { n, op: 'add', id: (entry as GlossaryEntry).id, version: (entry as GlossaryEntry).version };
      } else {
        const id = live[Math.floor(rand() * live.length)] as string;
        const current = store.entry(id) as GlossaryEntry;
        if (r < 0.85) {
          const fields = { ...fieldsOf(current), targets: [{ text: `${name} change ${n}`, status: 'preferred' as const }] };
          const { records, entry } = saveRecords(store, { id, baseVersion: current.version, fields }, author, now);
          store.append(records);
          log = { n, op: 'change', id, version: (entry as GlossaryEntry).version };
        } else {
          const records = deleteRecords(store, id, author, now);
          store.append(records);
          log = { n, op: 'delete', id, version: records[0]?.entry.version as string };
        }
      }
    }
    say(JSON.stringify(log));
    // Let the watcher and the poll timer run now and then, as an app's event loop would.
    if (n % 4 === 0) await yieldToIo();
  }
  say('done');
  for (let cmd = await next(); cmd !== undefined && cmd !== 'quit'; cmd = await next()) {
    store.refresh();
    if (cmd === 'sync') say('synced');
    if (cmd === 'report') say(`report ${glossaryDigest(store)}`);
  }
  store.close();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  });
}
