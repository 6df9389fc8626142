import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, firstStart, sampleFolder, startServer, stopServer, test } from './fixtures';
import { WorkbenchPage } from './pages/workbench-page';

test('a project whose file was damaged is restored from its backup, and the reviewer is told so', async ({ page, dataDir }) => {
  await firstStart(page, dataDir);
  writeFileSync(path.join(sampleFolder(dataDir), 'project.json'), '{"schemaVersion": 1, "proj');

  const { server, child } = await startServer(dataDir);
  try {
    await page.goto(server.url);
    const banner = page.getByRole('alert').filter({ hasText: 'Tinjau repaired' });
    await expect(banner).toContainText('Tinjau repaired Contoh - Banjir Kota Sukamaju when it opened it:');
    await expect(banner).toContainText(/project\.json was damaged \(it is not valid JSON.*\); restored from the backup of/);
    await expect(banner).toContainText(/The damaged file is kept as project\.damaged-/);
    // The project itself is there to work on.
    await page.getByRole('button', { name: /^banjir-sukamaju\.txt/ }).click();
    await expect(new WorkbenchPage(page).segment(1)).toContainText('Sukamaju');
    // Said once: reopening the project does not say it again.
    await page.reload();
    await expect(page.getByRole('button', { name: /^banjir-sukamaju\.txt/ })).toBeVisible();
    await expect(page.getByText('Tinjau repaired')).toHaveCount(0);
  } finally {
    await stopServer(child);
  }
});

test('when the last project is open in another Tinjau, the start says why and shows the home screen', async ({ page, dataDir }) => {
  await firstStart(page, dataDir);
  // Another live process on this machine holds the project.
  const lock = { pid: process.pid, host: os.hostname(), owner: 'Tinjau window', since: '2026-11-22T08:00:00.000Z' };
  writeFileSync(path.join(sampleFolder(dataDir), 'lock'), JSON.stringify(lock));

  const { server, child } = await startServer(dataDir);
  try {
    await page.goto(server.url);
    await expect(page.getByRole('alert')).toContainText(
      `Could not reopen Contoh - Banjir Kota Sukamaju: This project is open in another Tinjau (Tinjau window, process ${process.pid}`,
    );
    await expect(page.getByRole('button', { name: /New project|Create/ }).first()).toBeVisible();
  } finally {
    await stopServer(child);
  }
});
