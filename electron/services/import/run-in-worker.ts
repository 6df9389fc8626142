import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { TinjauError } from '../../../shared/api/errors';
import { say } from '../../../shared/messages/text';
import type { BuildImportInput, BuiltImport } from './build-import';
import type { WorkerReply } from './import-worker-protocol';
import type { JobHandle } from '../jobs';

/** Where the import worker is and how much memory it may take. */
export interface ImportWorkerOptions {
  /** The built worker file (dist/import-worker.cjs; outside app.asar in a packaged app). */
  readonly path: string;
  /** The worker's JavaScript heap limit in MB; a file that needs more is refused with a message. */
  readonly maxMemoryMb?: number;
}

/**
 * Enough for a 100 MB text file with a draft, sentence by sentence (measured at about 1 GB of
 * heap for 99 MB), with room to spare, and still far below what takes a machine down.
 */
export const DEFAULT_IMPORT_MEMORY_MB = 2048;

/** How often a running import looks for a Cancel (the worker is busy, it cannot be asked). */
const CANCEL_POLL_MS = 50;

/**
 * Builds an import in a worker thread. The main thread stays free for other calls while it runs;
 * Cancel (the job's) terminates the worker at once; a file that needs more memory than the
 * worker may take ends in `import.outOfMemory`; the worker's own failures arrive as the same
 * messages an import in the main process gives.
 */
export function buildInWorker(options: ImportWorkerOptions, input: BuildImportInput, job?: JobHandle): Promise<BuiltImport> {
  const limit = options.maxMemoryMb ?? DEFAULT_IMPORT_MEMORY_MB;
  return new Promise<BuiltImport>((resolve, reject) => {
    const worker = new Worker(options.path, {
      resourceLimits: { maxOldGenerationSizeMb: limit, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, Math.round(limit / 32))) },
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearInterval(watch);
      fn();
      void worker.terminate();
    };
    const watch = setInterval(() => {
      if (job?.cancelled) settle(() => reject(new TinjauError('conflict', say('import.cancelled'))));
    }, CANCEL_POLL_MS);
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'progress') job?.report(reply.done);
      else if (reply.type === 'done') settle(() => resolve(reply.built));
      else {
        const { code, message, text, details } = reply.error;
        settle(() => reject(text ? new TinjauError(code, { message, text }, details) : new Error(message)));
      }
    });
    worker.on('error', (err: Error & { code?: string }) => {
      settle(() =>
        reject(
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new TinjauError('too-large', say('import.outOfMemory', { name: input.source.name, limit }))
            : new TinjauError('internal', say('import.workerFailed', { name: input.source.name, detail: err.message })),
        ),
      );
    });
    worker.on('exit', (code) => {
      settle(() => reject(new TinjauError('internal', say('import.workerFailed', { name: input.source.name, detail: `exit code ${code}` }))));
    });
    // The file's bytes are moved to the worker, not copied: the main thread has no use for them.
    const transfer = [input.source.bytes.buffer, ...(input.draft ? [input.draft.bytes.buffer] : [])].filter((b, i, all): b is ArrayBuffer => b instanceof ArrayBuffer && all.indexOf(b) === i);
    worker.postMessage(input, transfer);
  });
}

/** The file of the worker that `scripts/build.mjs` writes into `distDir`, outside app.asar when packed. */
export function importWorkerFile(distDir: string): string {
  // A worker thread cannot start from inside an ASAR archive: electron-builder unpacks this one file.
  return path.join(distDir, 'import-worker.cjs').replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}
