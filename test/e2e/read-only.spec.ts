import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, firstStart, sampleFolder, startServer, stopServer, test } from './fixtures';
import { WorkbenchPage } from './pages/workbench-page';

function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => {
      const st = statSync(path.join(dir, name));
      return st.isDirectory() ? name : `${name} ${st.size} ${st.mtimeMs}`;
    });
}

test('a project on a read-only disk opens for reading: the workbench says read-only and takes no typing', async ({ page, dataDir }) => {
  await firstStart(page, dataDir);
  const project = sampleFolder(dataDir);
  const before = listing(project);

  const { server, child } = await startServer(dataDir, [project]);
  try {
    await page.goto(server.url);
    await page.getByRole('button', { name: /^banjir-sukamaju\.txt/ }).click();
    const workbench = new WorkbenchPage(page);
    await expect(workbench.segment(1)).toContainText('Sukamaju');
    await expect(page.getByRole('status').filter({ hasText: 'Read-only' })).toContainText('You can read, search, run QA and export');

    await workbench.activate(1);
    const was = await workbench.editor(1).innerText();
    await expect(workbench.editor(1)).toHaveAttribute('aria-readonly', 'true');
    await page.keyboard.type(' tambahan');
    await expect(workbench.editor(1)).toHaveText(was);
    // No confirm button to press, and Ctrl+Enter changes nothing on disk.
    await expect(workbench.segment(1).getByRole('button', { name: /Confirm/ })).toHaveCount(0);
    await page.keyboard.press('Control+Enter');
    await expect(page.getByRole('alert')).toContainText('open read-only');
    await expect(page.getByRole('status').filter({ hasText: /saved/i })).toHaveText('All changes saved');
  } finally {
    await stopServer(child);
  }
  expect(listing(project)).toEqual(before);
});
