import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { reason, say } from '../../shared/messages/text';
import { createHandlers } from '../services/api';
import { resolveDataDir } from '../services/paths';
import { reportUnhandledRejections } from '../services/process-guards';
import { describeStorageFailure } from '../services/storage-failures';
import { importWorkerFile } from '../services/import/run-in-worker';
import { Workspace } from '../services/workspace';
import { startBridge } from './server';

/**
 * `npm run web`: Tinjau in a normal browser, served on 127.0.0.1 with a per-run token.
 * The built renderer is found next to this bundle (dist/renderer).
 */
async function main(): Promise<void> {
  reportUnhandledRejections();
  const here = path.dirname(fileURLToPath(import.meta.url));
  const dataDir = resolveDataDir();
  const workspace = await Workspace.create({ dataDir, owner: 'Tinjau web bridge', ...workerOption(importWorkerFile(here)), ...compactionThreshold() });
  const version = process.env.npm_package_version ?? '0.0.0';
  const handlers = createHandlers(workspace, { version, transport: 'web', dataDir });
  const port = process.env.TINJAU_PORT ? Number(process.env.TINJAU_PORT) : 0;
  const bridge = await startBridge({ handlers, staticDir: path.join(here, 'renderer'), port });
  process.stdout.write(`Tinjau is running at ${bridge.url}\n(data folder: ${dataDir}; press Ctrl+C to stop)\n`);
  let stopping = false;
  const stop = async () => {
    // A second Ctrl+C while the last save hangs on a dead disk ends at once: it never waits for ever.
    if (stopping) process.exit(1);
    stopping = true;
    const saved = await closeWorkspace(workspace);
    await bridge.close().catch(() => undefined);
    process.exit(saved ? 0 : 1);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

/**
 * Writes every open project on the way out. When that fails (a folder made read-only, a full
 * disk) it says so on stderr and gives false, so the process exits non-zero instead of serving on.
 */
async function closeWorkspace(workspace: Workspace): Promise<boolean> {
  try {
    await workspace.close();
    return true;
  } catch (error) {
    const said = describeStorageFailure(error, say('storage.action.closing'));
    process.stderr.write(`Tinjau could not finish saving on exit: ${said?.message ?? reason(error)}\n`);
    return false;
  }
}

/** `TINJAU_IMPORT_MEMORY_MB` lowers (or raises) the memory one import may take. */
function importMemory(): { maxMemoryMb?: number } {
  const mb = Number(process.env.TINJAU_IMPORT_MEMORY_MB);
  return Number.isInteger(mb) && mb >= 64 ? { maxMemoryMb: mb } : {};
}

/** `TINJAU_COMPACT_JOURNAL_BYTES`: how much journal makes a compaction due (default 4 MiB). */
function compactionThreshold(): { compactJournalBytes?: number } {
  const bytes = Number(process.env.TINJAU_COMPACT_JOURNAL_BYTES);
  return Number.isInteger(bytes) && bytes >= 1 ? { compactJournalBytes: bytes } : {};
}

main().catch((err: unknown) => {
  process.stderr.write(`Tinjau could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});

/** Imports in a worker thread where the built worker is beside the bridge; run from source (no build), in-process. */
function workerOption(file: string): { importWorker?: { path: string; maxMemoryMb?: number } } {
  return existsSync(file) ? { importWorker: { path: file, ...importMemory() } } : {};
}
