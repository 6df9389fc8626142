/**
 * The import worker thread (built to dist/import-worker.cjs): reads, segments and aligns the
 * files of one import off the main thread, so the window and the web bridge keep answering, and
 * under the worker's own memory limit. It gets one `BuildImportInput`, posts `progress` after
 * each stage and ends with `done` (the built document) or `failed` (the error, as the user's
 * message by key). It never touches a project: storing is the main thread's.
 */
import { randomUUID } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import { TinjauError } from '../../../shared/api/errors';
import { buildImport, type BuildImportInput } from './build-import';
import type { WorkerReply } from './import-worker-protocol';

const port = parentPort;
if (!port) throw new Error('import-worker runs only as a worker thread');

port.once('message', (input: BuildImportInput) => {
  const post = (reply: WorkerReply) => port.postMessage(reply);
  buildImport(input, (done) => post({ type: 'progress', done }), randomUUID).then(
    (built) => post({ type: 'done', built }),
    (err: unknown) =>
      post({
        type: 'failed',
        error:
          err instanceof TinjauError && err.text
            ? { code: err.code, message: err.message, text: err.text, ...(err.details ? { details: err.details } : {}) }
            : { code: 'internal', message: err instanceof Error ? err.message : String(err) },
      }),
  );
});
