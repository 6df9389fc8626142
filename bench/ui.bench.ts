/**
 * The workbench at book length, measured in Chromium through the loopback bridge: a
 * 20,000-segment project (corpus paragraphs repeated), then
 *   - first paint of the editor after opening the document (target ≤ 1.5 s),
 *   - keystroke to paint in the active editor, p95 (target ≤ 16 ms),
 *   - long tasks while scrolling from top to bottom (target: none over 50 ms),
 *   - renderer JS heap (target ≤ 300 MB).
 * Prints figures; never asserts. Run: npx tsx bench/ui.bench.ts [segments]
 */
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { Workspace } from '../electron/services/workspace';
import { CORPUS_DIR, REPO_DIR } from '../test/support/paths';

const COUNT = Number(process.argv[2] ?? 20_000);
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tinjau-ui-bench-'));

function corpusParagraphs(folder: string, suffix: string): string[] {
  return readdirSync(path.join(CORPUS_DIR, folder))
    .filter((f) => f.endsWith(suffix))
    .flatMap((f) => readFileSync(path.join(CORPUS_DIR, folder, f), 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean));
}

const source = corpusParagraphs('id', '.txt');
const drafts = corpusParagraphs('en-drafts', '.txt');
const src: string[] = [];
const dr: string[] = [];
for (let i = 0; i < COUNT; i++) {
  src.push(`${source[i % source.length]} (${i + 1})`);
  dr.push(`${drafts[i % drafts.length]} (${i + 1})`);
}

execFileSync(process.execPath, [path.join(REPO_DIR, 'scripts/build.mjs')], { stdio: 'inherit' });
const ws = await Workspace.create({ dataDir, owner: 'bench' });
const project = await ws.createProject('Buku');
await ws.importDocument({
  project: project.path,
  source: { name: 'buku.txt', base64: Buffer.from(src.join('\n\n')).toString('base64') },
  draft: { name: 'buku.en.txt', base64: Buffer.from(dr.join('\n\n')).toString('base64') },
  draftOrigin: 'mt',
});
await ws.close();

const child = spawn(process.execPath, [path.join(REPO_DIR, 'dist/web.mjs')], { env: { ...process.env, TINJAU_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise<string>((resolve) => {
  let out = '';
  child.stdout?.on('data', (c: Buffer) => {
    out += c.toString();
    const m = /running at (\S+)/.exec(out);
    if (m?.[1]) resolve(m[1]);
  });
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--enable-precise-memory-info'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  await page.getByRole('button', { name: /^buku\.txt/ }).waitFor();
  const t0 = Date.now();
  await page.getByRole('button', { name: /^buku\.txt/ }).click();
  await page.getByRole('textbox', { name: 'English translation of segment 1' }).waitFor();
  const firstPaint = Date.now() - t0;

  // Keystroke to paint: keydown → the frame after the next paint.
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[] };
    w.__lat = [];
    document.addEventListener(
      'keydown',
      () => {
        const start = performance.now();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.__lat.push(performance.now() - start);
          channel.port2.postMessage(null);
        });
      },
      true,
    );
  });
  await page.getByRole('textbox', { name: 'English translation of segment 1' }).focus();
  await page.keyboard.press('End');
  for (let i = 0; i < 120; i++) await page.keyboard.type('a', { delay: 15 });
  await page.waitForTimeout(300);
  const latencies = (await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat)).sort((a, b) => a - b);
  const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;

  // Long tasks while scrolling from top to bottom.
  const scroll = await page.evaluate(async () => {
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
    observer.observe({ entryTypes: ['longtask'] });
    const scroller = document.querySelector('.segment-scroller') as HTMLElement;
    const started = performance.now();
    let frames = 0;
    const gaps: number[] = [];
    let last = performance.now();
    while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 2) {
      scroller.scrollTop += 1200; // about 12 rows a frame: a fast, steady scroll
      frames++;
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const now = performance.now();
      gaps.push(now - last);
      last = now;
    }
    gaps.sort((a, b) => a - b);
    const frameP99 = gaps[Math.floor(gaps.length * 0.99)] ?? 0;
    const frameMax = gaps[gaps.length - 1] ?? 0;
    await new Promise((r) => setTimeout(r, 200));
    observer.disconnect();
    return { tasks, frames, frameP99, frameMax, ms: performance.now() - started };
  });
  const client = await page.context().newCDPSession(page);
  await client.send('HeapProfiler.collectGarbage');
  const heap = (await client.send('Runtime.getHeapUsage')) as { usedSize: number };

  console.log(`UI at ${COUNT.toLocaleString('en')} segments (Chromium ${browser.version()})`);
  console.log(`  first paint of the editor after opening: ${firstPaint} ms (target ≤ 1500)`);
  console.log(`  keystroke to paint: p50 ${p(0.5).toFixed(1)} ms, p95 ${p(0.95).toFixed(1)} ms, max ${p(1).toFixed(1)} ms over ${latencies.length} keys (target p95 ≤ 16)`);
  console.log(`  scroll top to bottom: ${scroll.frames} frames in ${scroll.ms.toFixed(0)} ms; long tasks: ${scroll.tasks.length}, longest ${Math.max(0, ...scroll.tasks).toFixed(0)} ms (target: none over 50); frame interval p99 ${scroll.frameP99.toFixed(1)} ms, max ${scroll.frameMax.toFixed(1)} ms`);
  console.log(`  renderer JS heap after GC: ${(heap.usedSize / 1024 / 1024).toFixed(0)} MB (target ≤ 300)`);
} finally {
  await browser.close();
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
  rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
}
