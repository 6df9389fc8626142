import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { ProjectHomePage, WorkbenchPage } from './pages/workbench-page';

test('a 1,200-segment document paints its first window first, then reads the rest; the whole count and the last segment are there', async ({ page, server }) => {
  test.setTimeout(90_000);
  const count = 1_200;
  const source = path.join(server.dataDir, 'panjang.txt');
  const draft = path.join(server.dataDir, 'panjang.en.txt');
  writeFileSync(source, Array.from({ length: count }, (_, i) => `Paragraf ${i + 1} tentang banjir di desa nomor ${i + 1}.`).join('\n\n'));
  writeFileSync(draft, Array.from({ length: count }, (_, i) => `Paragraph ${i + 1} about the flood in village number ${i + 1}.`).join('\n\n'));
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.segment(1)).toBeVisible();
  await bench.backToProject();
  await new ProjectHomePage(page).importDocument(source, draft);
  await expect(bench.segment(1)).toContainText('Paragraf 1 tentang');
  await bench.backToProject();

  // Opening it again, as a reviewer does the next morning: what the workbench asks for, in order.
  const calls: string[] = [];
  page.on('request', (r) => {
    const m = /\/api\/([^?]+)/.exec(r.url());
    if (m?.[1]) calls.push(`${decodeURIComponent(m[1])} ${r.postData() ?? ''}`);
  });
  page.on('requestfinished', (r) => {
    const m = /\/api\/([^?]+)/.exec(r.url());
    if (m?.[1]) calls.push(`done ${decodeURIComponent(m[1])}`);
  });
  await page.getByRole('button', { name: /^panjang\.txt/ }).click();
  await expect(bench.editor(1)).toBeVisible();
  await expect(page.getByText('0 / 1,200 confirmed (0%)')).toBeVisible();
  await bench.activate(count);
  await expect(bench.segment(count)).toContainText(`Paragraf ${count} tentang`);
  // The term hits of the rows on screen, asked for as they come into view; never the whole document's.
  await expect.poll(() => calls.filter((c) => c.startsWith('terms:segments')).length).toBeGreaterThan(0);
  expect(calls.filter((c) => c.startsWith('terms:document')), 'never every segment\'s hits in one answer').toEqual([]);
  const asked = calls.filter((c) => c.startsWith('terms:segments')).flatMap((c) => (JSON.parse(c.slice(c.indexOf('{'))) as { segmentIds: string[] }).segmentIds);
  expect(asked.length, 'a few screenfuls, not the document').toBeLessThan(200);
  expect(new Set(asked).size, 'no row asked for twice').toBe(asked.length);

  const pages = calls.filter((c) => c.startsWith('segments:page'));
  expect(pages[0], 'the first read is one window').toContain('"limit":200');
  expect(pages.length, 'then the rest in a few windows').toBeGreaterThan(1);
  expect(calls.filter((c) => c.startsWith('segments:list')), 'never the whole document in one answer').toEqual([]);
  expect(calls.filter((c) => c.startsWith('glossary:view')), 'the glossary read once').toHaveLength(1);
});
