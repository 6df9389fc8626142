// `npm test`: everything a change must pass, in the order that fails fastest:
// typecheck, lint, unit and service tests (Vitest), then end-to-end tests in Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const reports = mkdtempSync(path.join(os.tmpdir(), 'tinjau-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };

function step(title, cmd, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`  ${title}: ${res.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return res.status === 0;
}

let ok = step('Typecheck (main process and shared)', bin('tsc'), ['-p', 'tsconfig.node.json', '--noEmit']);
ok = step('Typecheck (renderer)', bin('tsc'), ['-p', 'tsconfig.web.json', '--noEmit']) && ok;
ok = step('Typecheck (end-to-end tests)', bin('tsc'), ['-p', 'tsconfig.e2e.json', '--noEmit']) && ok;
ok = step('Lint (layering rules)', bin('eslint'), ['.']) && ok;

const vitestJson = path.join(reports, 'vitest.json');
ok = step('Unit and service tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]) && ok;
if (existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
} else totals.failed++;

if (!process.argv.includes('--no-e2e')) {
  const pwJson = path.join(reports, 'playwright.json');
  ok = step('End-to-end tests in Chromium', bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson }) && ok;
  if (existsSync(pwJson)) {
    const s = JSON.parse(readFileSync(pwJson, 'utf8')).stats;
    totals.passed += s.expected + s.flaky;
    totals.failed += s.unexpected;
    totals.skipped += s.skipped;
  } else totals.failed++;
}

if (!ok && totals.failed === 0) totals.failed = 1; // a failed typecheck or lint counts as a failure
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok ? 0 : 1);
