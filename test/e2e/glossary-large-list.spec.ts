import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import { CORPUS_DIR } from '../support/paths';
import { expect, test } from './fixtures';
import { GlossaryManagerPage } from './pages/glossary-page';

/**
 * The glossary manager at a real team's size: the corpus glossary plus 3,000 generated entries
 * with notes of every length (rows of different heights), in the project glossary, and the
 * corpus glossary again in a shared one (the same terms, so the same entry ids, in two glossaries).
 */
function bigGlossaryCsv(dir: string): string {
  const corpus = readFileSync(`${CORPUS_DIR}/glossary.id-en.csv`, 'utf8').trimEnd().split('\n');
  const words = ['banjir', 'jalan', 'sungai', 'pasar', 'sekolah', 'rumah', 'kantor', 'desa', 'kota', 'pulau'];
  const lines = [...corpus];
  for (let i = 0; i < 3_000; i++) {
    const note = i % 3 === 0 ? 'short' : `Usage note ${i}: ${'a long explanation of how the term is used in regional reporting, '.repeat(1 + (i % 4))}`;
    lines.push(`${words[i % words.length]} istilah${i},term ${i},preferred,noun,"${note}"`);
  }
  const file = path.join(dir, 'besar.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** The text of the entry rows inside the table's visible area. */
function shownTexts(table: Locator): Promise<string[]> {
  return table.evaluate((wrap) => {
    const view = wrap.getBoundingClientRect();
    return [...wrap.querySelectorAll('.glossary-row:not(.glossary-head)')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.bottom > view.top + 30 && r.top < view.bottom;
      })
      .map((el) => el.textContent ?? '');
  });
}

/** The entry rows on screen (not the header), with their boxes, checked pairwise for overlap. */
async function expectNoOverlap(rows: Locator, what: string): Promise<number> {
  const boxes = await rows.evaluateAll((els) => els.map((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, text: (el.textContent ?? '').slice(0, 40) };
  }));
  const sorted = [...boxes].sort((a, b) => a.top - b.top);
  for (let i = 1; i < sorted.length; i++) {
    const [above, below] = [sorted[i - 1]!, sorted[i]!];
    expect(below.top, `${what}: "${below.text}" starts inside "${above.text}"`).toBeGreaterThanOrEqual(above.bottom - 1);
  }
  return boxes.length;
}

test('a glossary of 3,000+ entries: after a search and after scrolling, the rows on screen are the filtered ones and never overlap', async ({ page, server }) => {
  test.setTimeout(120_000);
  const csv = bigGlossaryCsv(server.dataDir);
  const manager = await GlossaryManagerPage.open(page, server.url);
  await manager.attachShared(path.join(server.dataDir, 'Tim.tinjau-glossary'));
  await manager.importFile(csv, { into: /Banjir/, summary: /Imported: 3,?037 new entries/, timeout: 30_000 });
  await manager.importFile(`${CORPUS_DIR}/glossary.id-en.csv`, { into: /Tim/, summary: /Imported: 37 new entries/, timeout: 30_000 });
  // 3,037 + 37 imported, and the sample project's own 9 entries.
  await expect(page.getByText('3,083 entries', { exact: true })).toBeVisible();

  const table = page.getByRole('table', { name: 'Glossary' });
  const rows = table.locator('.glossary-row:not(.glossary-head)');
  const scroller = table;
  // Scroll deep into the whole list first, as a reviewer browsing it would.
  await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  await expect.poll(async () => (await shownTexts(table)).some((x) => x.includes('istilah'))).toBe(true);
  await page.screenshot({ path: test.info().outputPath('glossary-scrolled.png') });
  await expectNoOverlap(rows, 'the whole list, scrolled half-way');

  // Type a search while scrolled: the list shrinks to two entries (the project's sanksi and the shared one).
  const search = page.getByLabel(/^Search/);
  await search.pressSequentially('sanksi', { delay: 30 });
  await expect(page.getByText('2 entries', { exact: true })).toBeVisible();
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Project glossary' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Shared: Tim' })).toHaveCount(1);
  await expectNoOverlap(rows, 'after the search');
  // Selecting the project's sanksi selects that one only, not the shared entry of the same id.
  await rows.filter({ hasText: 'Project glossary' }).getByRole('checkbox').check();
  await expect(rows.filter({ hasText: 'Shared: Tim' }).getByRole('checkbox')).not.toBeChecked();
  await page.screenshot({ path: test.info().outputPath('glossary-search-two.png') });

  // Widen the search again to a few hundred rows, scroll through them, and narrow it once more.
  await search.fill('istilah1');
  await expect(page.getByText('1,111 entries', { exact: true })).toBeVisible();
  for (const fraction of [0.25, 0.6, 1]) {
    await scroller.evaluate((el, f) => (el.scrollTop = el.scrollHeight * f), fraction);
    await expect.poll(async () => { const shown = await shownTexts(table); return shown.length > 0 && shown.every((x) => x.includes('istilah1')); }).toBe(true);
    const shown = await expectNoOverlap(rows, `istilah1, scrolled to ${fraction * 100}%`);
    expect(shown).toBeLessThan(60);
  }
  await search.fill('istilah1999');
  await expect(page.getByText('1 entry', { exact: true })).toBeVisible();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('term 1999');
  await expect(rows.first()).toBeInViewport();
  await search.fill('istilah12');
  await expect(page.getByText('111 entries', { exact: true })).toBeVisible();
  await expectNoOverlap(rows, 'istilah12 after istilah1999');
  await page.screenshot({ path: test.info().outputPath('glossary-search-widened.png') });
});
