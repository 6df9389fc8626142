import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { SCHEMAS_DIR } from '../support/paths';
import { expect, test } from './fixtures';
import { WorkbenchPage } from './pages/workbench-page';

function hasXmllint(): boolean {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

test('a reviewed document leaves as XLIFF 1.2 that validates against the official schema', async ({ page, server }, testInfo) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await bench.activate(4);
  await page.keyboard.press('End');
  await page.keyboard.type(' (checked)');
  await bench.waitSaved();
  await page.keyboard.press('Control+Enter');
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel(/XLIFF 1\.2/).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
  const file = testInfo.outputPath('out.xlf');
  writeFileSync(file, readFileSync((await download.path()) ?? ''));
  const xliff = readFileSync(file, 'utf8');
  expect(xliff).toContain('(checked)');
  expect(xliff).toMatch(/state="signed-off"/);
  test.skip(!hasXmllint(), 'xmllint is not installed (Debian package libxml2-utils)');
  execFileSync('xmllint', ['--noout', '--nonet', '--schema', path.join(SCHEMAS_DIR, 'xliff-core-1.2-strict.xsd'), file], { stdio: 'pipe' });
});

test('an outside reviewer edits the Word table; their changes come back as revisions in their name', async ({ page, server }, testInfo) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.segment(1)).toBeVisible();
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel(/Word table for an outside reviewer/).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
  // The reviewer fixes "the the" in Word.
  const zip = await JSZip.loadAsync(readFileSync((await download.path()) ?? ''));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  expect(xml).toContain('the the');
  zip.file('word/document.xml', xml.replace('the the damaged', 'the damaged'));
  const edited = testInfo.outputPath('reviewed.docx');
  writeFileSync(edited, await zip.generateAsync({ type: 'nodebuffer' }));

  await bench.backToProject();
  await page.getByRole('button', { name: 'Import outside review…' }).click();
  const review = page.getByRole('dialog', { name: 'Import a review done in Word' });
  await review.getByLabel('Reviewed .docx').setInputFiles(edited);
  await review.getByLabel('Reviewer name').fill('Dewi Lestari');
  await review.getByRole('button', { name: 'Check changes' }).click();
  await expect(review.getByRole('status')).toContainText('1 segments changed');
  await review.getByRole('button', { name: 'Apply 1 change' }).click();
  await expect(page.getByText('1 change from the outside review was applied.')).toBeVisible();
  await page.getByRole('button', { name: /^banjir-sukamaju\.txt/ }).click();
  await bench.activate(4);
  await page.getByRole('tab', { name: 'History' }).click();
  await expect(page.getByRole('tabpanel').getByRole('listitem').first()).toContainText('Dewi Lestari');
  await expect(page.getByRole('tabpanel').getByRole('listitem').first()).toContainText('outside review');
});
