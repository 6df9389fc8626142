#!/usr/bin/env node
// The `tinjau` command. Runs the built CLI, building the Node side first when it is missing or
// older than the sources (a fresh clone after `npm install`).
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.mjs');

function newest(dir) {
  let t = 0;
  if (!existsSync(dir)) return t;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const stale = !existsSync(cli) || Math.max(newest(path.join(root, 'electron')), newest(path.join(root, 'shared'))) > statSync(cli).mtimeMs;
if (stale && existsSync(path.join(root, 'scripts', 'build.mjs'))) {
  const { buildNode } = await import(pathToFileURL(path.join(root, 'scripts', 'build.mjs')).href);
  await buildNode();
}
await import(pathToFileURL(cli).href);
