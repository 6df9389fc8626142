import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHandlers } from '../services/api';
import { resolveDataDir } from '../services/paths';
import { reportUnhandledRejections } from '../services/process-guards';
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
  const workspace = await Workspace.create({ dataDir, owner: 'Tinjau web bridge' });
  const version = process.env.npm_package_version ?? '0.0.0';
  const handlers = createHandlers(workspace, { version, transport: 'web', dataDir });
  const port = process.env.TINJAU_PORT ? Number(process.env.TINJAU_PORT) : 0;
  const bridge = await startBridge({ handlers, staticDir: path.join(here, 'renderer'), port });
  process.stdout.write(`Tinjau is running at ${bridge.url}\n(data folder: ${dataDir}; press Ctrl+C to stop)\n`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await workspace.close();
    await bridge.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((err: unknown) => {
  process.stderr.write(`Tinjau could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
