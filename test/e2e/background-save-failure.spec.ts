import path from 'node:path';
import { expect, firstStart, sampleFolder, startServer, stopServer, test } from './fixtures';
import { WorkbenchPage } from './pages/workbench-page';

test('a background compaction the disk refuses shows at once, in the interface language, and typing is not called saved', async ({ page, dataDir }) => {
  await firstStart(page, dataDir);
  const project = sampleFolder(dataDir);
  // The project's blobs folder read-only (the journal is not): every edit is acknowledged, and the
  // compaction it makes due (every journal byte, here) fails in the background, after the answer.
  const { server, child } = await startServer(dataDir, [path.join(project, 'blobs')], { TINJAU_COMPACT_JOURNAL_BYTES: '1' });
  try {
    await page.goto(server.url);
    await page.getByRole('button', { name: /^banjir-sukamaju\.txt/ }).click();
    const workbench = new WorkbenchPage(page);
    await expect(workbench.segment(1)).toContainText('Sukamaju');
    const status = page.getByRole('status').filter({ hasText: /saved|retrying/i });
    await expect(status).toHaveText('All changes saved');
    await expect(page.getByRole('alert')).toHaveCount(0);

    await workbench.activate(1);
    await page.keyboard.press('End');
    await page.keyboard.type(' Tambahan.');
    const banner = page.getByRole('alert');
    await expect(banner).toContainText('Tinjau could not write the project’s files in the background: the disk or folder is read-only', { timeout: 20_000 });
    await expect(banner).toContainText(path.join(project, 'blobs'));
    await expect(banner).toContainText('Your changes so far are kept in the project’s journal and are safe');
    await expect(status).toHaveText('Not saved yet — retrying');

    // In Indonesian the same failure is said in Indonesian.
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await expect(page.getByRole('alert')).toContainText('Tinjau tidak dapat menulis berkas proyek di latar belakang: disk atau foldernya hanya-baca');
  } finally {
    await stopServer(child);
  }
});
