// `npm start`: builds Tinjau and opens it in Electron. Electron's binary is fetched on the
// first start where it is missing (install scripts are off, see .npmrc); where it cannot be
// fetched, say so in one line and point to the browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildNode, buildRenderer } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const dir = path.dirname(require.resolve('electron/package.json', { paths: [root] }));
    const rel = existsSync(path.join(dir, 'path.txt')) ? readFileSync(path.join(dir, 'path.txt'), 'utf8').trim() : null;
    const bin = rel ? path.join(dir, 'dist', rel) : null;
    return { dir, bin: bin && existsSync(bin) ? bin : null };
  } catch {
    return { dir: null, bin: null };
  }
}

await buildNode();
await buildRenderer();

let { dir, bin } = electronBinary();
if (!bin && dir) {
  console.log('Fetching the Electron runtime (first start only)...');
  const fetch = spawnSync(process.execPath, [path.join(dir, 'install.js')], { cwd: dir, stdio: 'pipe', timeout: 180_000 });
  if (fetch.status === 0) ({ bin } = electronBinary());
}
if (!bin) {
  console.error('Electron\'s binary is not installed on this machine and could not be downloaded; run `npm run web` to use Tinjau in your browser instead.');
  process.exit(1);
}
const child = spawn(bin, [root], { stdio: 'inherit', env: { ...process.env, ELECTRON_RUN_AS_NODE: undefined } });
child.on('exit', (code) => process.exit(code ?? 0));
